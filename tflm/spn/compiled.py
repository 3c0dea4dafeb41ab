"""A sum-product network over categorical variables as flat numpy arrays, evaluated in log space.

Nodes are numbered in topological order (every child before its parent). Leaves are univariate
categorical distributions over the codes ``0 .. K - 1`` of one variable; a code of ``-1`` means
"not observed" and marginalizes the variable (the leaf gives log 1 = 0). Product nodes add their
children's log values, sum nodes take the logsumexp of their children's log values plus the log
weights. One :class:`CompiledSPN` may hold several networks (a forest): ``roots`` names the
output nodes, and :meth:`CompiledSPN.log_likelihood` returns one column per root.

Evaluation is vectorized over rows and over nodes: leaves are one gather, and internal nodes are
evaluated level by level (all products of one height with one ``np.add.reduceat``, all sums of
one height with a segmented logsumexp), so the Python overhead grows with the depth of the
network, not with its number of nodes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

LEAF = 0
PRODUCT = 1
SUM = 2
PAIR = 3  # evaluation only: a sum of exactly two children

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_ARRAY_KEYS = ("kind", "leaf_var", "leaf_offset", "leaf_card", "leaf_logp", "child_ptr", "child_idx",
               "log_weight", "roots")
_CHUNK_CELLS = 1 << 22  # rows x nodes evaluated at once: 32 MB of float64 per chunk
_DEDUPLICATE_ROWS = 2048  # programs with at least this many rows are deduplicated first


@dataclass(frozen=True)
class _Level:
    kind: int
    nodes: IntArray
    children: IntArray
    starts: IntArray
    counts: IntArray
    log_weight: FloatArray


@dataclass(frozen=True)
class _Plan:
    """How to evaluate: leaves read directly, leaf children of products folded into one sparse
    matrix product (one-hot codes x log-probability columns), then internal levels by height."""

    code_offset: IntArray  # (n_vars,) first one-hot column of each variable
    code_card: IntArray  # (n_vars,) categories of each variable (0: unused)
    direct_leaves: IntArray
    folded: IntArray  # product nodes with at least one leaf child
    fold_matrix: FloatArray  # (sum of cards, len(folded))
    fold_transposed: FloatArray  # (len(folded), sum of cards), C order
    fold_finite: bool  # no log 0 in fold_matrix: a dense product is safe
    unfolded: IntArray  # product nodes without a leaf child
    levels: list[_Level]


@dataclass(frozen=True, eq=False)
class CompiledSPN:
    """A forest of sum-product networks over categorical variables (see the module docstring).

    ``kind`` (n_nodes,): LEAF, PRODUCT or SUM. For leaves, ``leaf_var`` is the variable (column
    of the data), ``leaf_card`` its number of categories K, and ``leaf_logp[leaf_offset :
    leaf_offset + K + 1]`` the K log-probabilities followed by 0.0 (the value of a missing code);
    internal nodes hold -1 there. The children of node ``i`` are ``child_idx[child_ptr[i] :
    child_ptr[i + 1]]``, with ``log_weight`` aligned to them (0.0 under products). ``roots``
    (n_roots,) are the output nodes.
    """

    kind: npt.NDArray[np.int8]
    leaf_var: IntArray
    leaf_offset: IntArray
    leaf_card: IntArray
    leaf_logp: FloatArray
    child_ptr: IntArray
    child_idx: IntArray
    log_weight: FloatArray
    roots: IntArray
    _plan: _Plan | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._check()
        object.__setattr__(self, "_plan", self._make_plan())

    @property
    def n_nodes(self) -> int:
        return int(self.kind.shape[0])

    @property
    def n_vars(self) -> int:
        """One more than the largest variable index read (the data needs that many columns)."""
        leaves = self.leaf_var[self.kind == LEAF]
        return int(leaves.max()) + 1 if leaves.size else 0

    def variables(self, root: int = 0) -> list[int]:
        """The variables (scope) below ``roots[root]``, sorted."""
        seen = np.zeros(self.n_nodes, dtype=bool)
        stack = [int(self.roots[root])]
        found: set[int] = set()
        while stack:
            node = stack.pop()
            if seen[node]:
                continue
            seen[node] = True
            if self.kind[node] == LEAF:
                found.add(int(self.leaf_var[node]))
            else:
                stack.extend(int(c) for c in self.child_idx[self.child_ptr[node] : self.child_ptr[node + 1]])
        return sorted(found)

    def _check(self) -> None:
        n = self.kind.shape[0]
        if not (self.leaf_var.shape == self.leaf_offset.shape == self.leaf_card.shape == (n,)):
            raise ValueError("leaf_var, leaf_offset and leaf_card must have one entry per node")
        if self.child_ptr.shape != (n + 1,) or self.child_idx.shape != self.log_weight.shape:
            raise ValueError("child_ptr must have n_nodes + 1 entries and log_weight one per child")
        if self.roots.size == 0 or self.roots.min() < 0 or self.roots.max() >= n:
            raise ValueError("roots must name existing nodes")
        counts = np.diff(self.child_ptr)
        internal = self.kind != LEAF
        if np.any(counts[internal] < 1) or np.any(counts[~internal] != 0):
            raise ValueError("internal nodes need children and leaves must have none")
        owner = np.repeat(np.arange(n), counts)
        if np.any(self.child_idx >= owner):
            raise ValueError("nodes must be in topological order: every child before its parent")
        leaves = np.flatnonzero(~internal)
        if leaves.size and (self.leaf_offset[leaves].min() < 0
                            or (self.leaf_offset[leaves] + self.leaf_card[leaves]).max() >= self.leaf_logp.size):
            raise ValueError("leaf tables run past leaf_logp")

    def _make_plan(self) -> _Plan:
        n = self.n_nodes
        counts = np.diff(self.child_ptr)
        owner = np.repeat(np.arange(n), counts)
        is_leaf = self.kind == LEAF
        n_vars = self.n_vars
        card = np.zeros(n_vars, dtype=np.int64)
        for node in np.flatnonzero(is_leaf):
            var, k = int(self.leaf_var[node]), int(self.leaf_card[node])
            if card[var] not in (0, k):
                raise ValueError(f"variable {var} has leaves with {card[var]} and {k} categories")
            card[var] = k
        offset = np.concatenate([[0], np.cumsum(card)[:-1]]).astype(np.int64)
        # A leaf is read directly unless every parent is a product (then it is folded there).
        leaf_edge = is_leaf[self.child_idx]
        to_product = self.kind[owner] == PRODUCT
        direct = np.zeros(n, dtype=bool)
        direct[self.child_idx[leaf_edge & ~to_product]] = True
        direct[self.roots[is_leaf[self.roots]]] = True
        folded = np.unique(owner[leaf_edge & to_product])
        column = np.full(n, -1, dtype=np.int64)
        column[folded] = np.arange(folded.size)
        fold = np.zeros((int(card.sum()), folded.size), dtype=np.float64)
        for edge in np.flatnonzero(leaf_edge & to_product):
            leaf, parent = int(self.child_idx[edge]), int(owner[edge])
            var, k, start = int(self.leaf_var[leaf]), int(self.leaf_card[leaf]), int(self.leaf_offset[leaf])
            fold[offset[var] : offset[var] + k, column[parent]] += self.leaf_logp[start : start + k]
        height = np.zeros(n, dtype=np.int64)
        for node in np.flatnonzero(~is_leaf):
            height[node] = height[self.child_idx[self.child_ptr[node] : self.child_ptr[node + 1]]].max() + 1
        levels = []
        for h in range(1, int(height.max(initial=0)) + 1):
            for kind in (PRODUCT, SUM):
                groups: dict[int, tuple[list[int], list[np.ndarray]]] = {}
                for node in np.flatnonzero((height == h) & (self.kind == kind)):
                    span = np.arange(self.child_ptr[node], self.child_ptr[node + 1])
                    if kind == PRODUCT:
                        span = span[~is_leaf[self.child_idx[span]]]
                    if span.size:
                        # Sums of two children get a level of their own (one logaddexp).
                        key = PAIR if kind == SUM and span.size == 2 else kind
                        groups.setdefault(key, ([], []))
                        groups[key][0].append(int(node))
                        groups[key][1].append(span)
                for key, (nodes, edges) in sorted(groups.items()):
                    edge_array = np.concatenate(edges)
                    size_array = np.array([e.size for e in edges], dtype=np.int64)
                    starts = np.concatenate([[0], np.cumsum(size_array)[:-1]]).astype(np.int64)
                    levels.append(_Level(key, np.array(nodes, dtype=np.int64), self.child_idx[edge_array], starts,
                                         size_array, self.log_weight[edge_array]))
        products = np.flatnonzero(self.kind == PRODUCT)
        return _Plan(code_offset=offset, code_card=card, direct_leaves=np.flatnonzero(direct), folded=folded,
                     fold_matrix=fold, fold_transposed=np.ascontiguousarray(fold.T),
                     fold_finite=bool(np.isfinite(fold).all()),
                     unfolded=np.setdiff1d(products, folded), levels=levels)

    def log_likelihood(self, codes: npt.ArrayLike) -> FloatArray:
        """Log-likelihood of every row under every root, shape (n_rows, n_roots).

        ``codes`` has shape (n_rows, n_columns) with n_columns >= :attr:`n_vars`: integer codes in
        ``0 .. K - 1`` of each leaf's variable, or -1 to marginalize it."""
        data = np.asarray(codes)
        if data.ndim != 2 or data.shape[1] < self.n_vars:
            raise ValueError(f"codes must have shape (n_rows, >= {self.n_vars}); got {data.shape}")
        data = data[:, : self.n_vars].astype(np.int64)
        plan = self._plan
        assert plan is not None
        used = plan.code_card > 0
        if np.any(data[:, used] >= plan.code_card[used]) or np.any(data < -1):
            raise ValueError("a code lies outside its variable's categories (valid: 0 .. K - 1, or -1 for missing)")
        if data.shape[0] >= _DEDUPLICATE_ROWS:
            # Lines of a large program repeat each other's codes: evaluate each distinct row once.
            contiguous = np.ascontiguousarray(data)
            keys = contiguous.view(np.dtype((np.void, contiguous.dtype.itemsize * contiguous.shape[1]))).ravel()
            _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
            if first.size < 0.9 * data.shape[0]:
                return self._evaluate_rows(data[first], plan)[inverse.reshape(-1)]
        return self._evaluate_rows(data, plan)

    def _evaluate_rows(self, data: IntArray, plan: _Plan) -> FloatArray:
        out = np.empty((data.shape[0], self.roots.size), dtype=np.float64)
        step = max(1, _CHUNK_CELLS // max(1, self.n_nodes))
        for start in range(0, data.shape[0], step):
            stop = min(start + step, data.shape[0])
            out[start:stop] = self._evaluate(data[start:stop], plan)[self.roots].T
        return out

    def _evaluate(self, codes: IntArray, plan: _Plan) -> FloatArray:
        """Values of every node, node-major: shape (n_nodes, n_rows), so that gathering a
        level's children copies whole rows."""
        n_rows = codes.shape[0]
        values = np.empty((self.n_nodes, n_rows), dtype=np.float64)
        leaves = plan.direct_leaves
        if leaves.size:
            observed = codes[:, self.leaf_var[leaves]].T
            index = np.where(observed < 0, self.leaf_card[leaves][:, None], observed) + self.leaf_offset[leaves][:, None]
            values[leaves] = self.leaf_logp[index]
        if plan.folded.size:
            used = np.flatnonzero(plan.code_card > 0)
            sub = codes[:, used]
            seen = sub >= 0
            columns = (sub + plan.code_offset[used])[seen]
            rows = np.repeat(np.arange(n_rows), seen.sum(axis=1))
            if plan.fold_finite:  # one dense product (BLAS), written node-major without a transpose
                onehot = np.zeros((plan.fold_matrix.shape[0], n_rows))
                onehot[columns, rows] = 1.0
                values[plan.folded] = plan.fold_transposed @ onehot
            else:  # log 0 in a table: 0 * -inf must not appear, so only observed codes are read
                onehot_sparse = sp.csr_array((np.ones(columns.size), (rows, columns)),
                                             shape=(n_rows, plan.fold_matrix.shape[0]))
                values[plan.folded] = (onehot_sparse @ plan.fold_matrix).T
        values[plan.unfolded] = 0.0
        for level in plan.levels:
            gathered = values[level.children]
            if level.kind == PRODUCT:
                values[level.nodes] += np.add.reduceat(gathered, level.starts, axis=0)
            elif level.kind == PAIR:
                gathered += level.log_weight[:, None]
                values[level.nodes] = np.logaddexp(gathered[0::2], gathered[1::2])
            else:
                gathered += level.log_weight[:, None]
                values[level.nodes] = segment_logsumexp(gathered, level.starts, level.counts)
        return values

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """Plain arrays for ``np.savez`` under ``prefix`` (read back with :meth:`from_arrays`)."""
        return {prefix + key: np.asarray(getattr(self, key)) for key in _ARRAY_KEYS}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str) -> CompiledSPN:
        missing = [prefix + key for key in _ARRAY_KEYS if prefix + key not in arrays]
        if missing:
            raise KeyError(f"missing arrays: {', '.join(missing)}")
        return cls(
            kind=np.asarray(arrays[prefix + "kind"], dtype=np.int8),
            leaf_var=np.asarray(arrays[prefix + "leaf_var"], dtype=np.int64),
            leaf_offset=np.asarray(arrays[prefix + "leaf_offset"], dtype=np.int64),
            leaf_card=np.asarray(arrays[prefix + "leaf_card"], dtype=np.int64),
            leaf_logp=np.asarray(arrays[prefix + "leaf_logp"], dtype=np.float64),
            child_ptr=np.asarray(arrays[prefix + "child_ptr"], dtype=np.int64),
            child_idx=np.asarray(arrays[prefix + "child_idx"], dtype=np.int64),
            log_weight=np.asarray(arrays[prefix + "log_weight"], dtype=np.float64),
            roots=np.asarray(arrays[prefix + "roots"], dtype=np.int64),
        )


def segment_logsumexp(values: FloatArray, starts: IntArray, counts: IntArray) -> FloatArray:
    """logsumexp over consecutive row segments of ``values`` (sum(counts), n_columns): one row
    per segment. A segment of -inf values gives -inf. ``values`` is overwritten."""
    top = np.maximum.reduceat(values, starts, axis=0)
    shift = np.where(np.isfinite(top), top, 0.0)
    values -= np.repeat(shift, counts, axis=0)
    np.exp(values, out=values)
    total = np.add.reduceat(values, starts, axis=0)
    with np.errstate(divide="ignore"):
        return shift + np.log(total)


def merge(spns: Sequence[CompiledSPN]) -> CompiledSPN:
    """One forest holding every root of ``spns``, in order (variables are shared, not renamed)."""
    if not spns:
        raise ValueError("merge needs at least one network")
    node_base = np.cumsum([0] + [s.n_nodes for s in spns])
    logp_base = np.cumsum([0] + [s.leaf_logp.size for s in spns])
    edge_base = np.cumsum([0] + [s.child_idx.size for s in spns])
    leaf_offset = []
    for i, s in enumerate(spns):
        leaf_offset.append(np.where(s.kind == LEAF, s.leaf_offset + logp_base[i], -1))
    return CompiledSPN(
        kind=np.concatenate([s.kind for s in spns]).astype(np.int8),
        leaf_var=np.concatenate([s.leaf_var for s in spns]),
        leaf_offset=np.concatenate(leaf_offset),
        leaf_card=np.concatenate([s.leaf_card for s in spns]),
        leaf_logp=np.concatenate([s.leaf_logp for s in spns]),
        child_ptr=np.concatenate([[0]] + [s.child_ptr[1:] + edge_base[i] for i, s in enumerate(spns)]),
        child_idx=np.concatenate([s.child_idx + node_base[i] for i, s in enumerate(spns)]),
        log_weight=np.concatenate([s.log_weight for s in spns]),
        roots=np.concatenate([s.roots + node_base[i] for i, s in enumerate(spns)]),
    )


class SPNBuilder:
    """Builds a :class:`CompiledSPN` node by node (children first): the compiler from spflow and
    the tests use it."""

    def __init__(self) -> None:
        self._kind: list[int] = []
        self._var: list[int] = []
        self._offset: list[int] = []
        self._card: list[int] = []
        self._logp: list[float] = []
        self._ptr: list[int] = [0]
        self._children: list[int] = []
        self._weights: list[float] = []

    def leaf(self, var: int, log_probs: Sequence[float] | FloatArray) -> int:
        """A categorical leaf over ``var`` with the given log-probabilities of codes 0 .. K - 1."""
        table = [float(v) for v in np.asarray(log_probs, dtype=np.float64).ravel()]
        self._kind.append(LEAF)
        self._var.append(int(var))
        self._offset.append(len(self._logp))
        self._card.append(len(table))
        self._logp.extend(table + [0.0])
        self._ptr.append(self._ptr[-1])
        return len(self._kind) - 1

    def product(self, children: Sequence[int]) -> int:
        return self._internal(PRODUCT, children, [0.0] * len(children))

    def sum(self, children: Sequence[int], log_weights: Sequence[float] | FloatArray) -> int:
        weights = [float(w) for w in np.asarray(log_weights, dtype=np.float64).ravel()]
        if len(weights) != len(children):
            raise ValueError("a sum node needs one weight per child")
        return self._internal(SUM, children, weights)

    def _internal(self, kind: int, children: Sequence[int], weights: list[float]) -> int:
        if not children:
            raise ValueError("an internal node needs children")
        if len(children) == 1 and kind == PRODUCT:
            return int(children[0])
        self._kind.append(kind)
        self._var.append(-1)
        self._offset.append(-1)
        self._card.append(-1)
        self._children.extend(int(c) for c in children)
        self._weights.extend(weights)
        self._ptr.append(len(self._children))
        return len(self._kind) - 1

    def build(self, roots: Sequence[int]) -> CompiledSPN:
        return CompiledSPN(
            kind=np.array(self._kind, dtype=np.int8),
            leaf_var=np.array(self._var, dtype=np.int64),
            leaf_offset=np.array(self._offset, dtype=np.int64),
            leaf_card=np.array(self._card, dtype=np.int64),
            leaf_logp=np.array(self._logp, dtype=np.float64),
            child_ptr=np.array(self._ptr, dtype=np.int64),
            child_idx=np.array(self._children, dtype=np.int64),
            log_weight=np.array(self._weights, dtype=np.float64),
            roots=np.array(roots, dtype=np.int64),
        )
