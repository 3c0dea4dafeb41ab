"""Class-level SPNs learned by spflow 1.1.0's LearnSPN over discretized features (training only).

What spflow is given, and why (measured facts in the shared spflow note):

- **Leaves**: categorical over the codes of one discretized feature, one leaf class per number of
  categories K (``learn_spn`` recreates leaves from their class, so K must live in the class),
  estimated with add-``alpha`` smoothing so that a category unseen in a cluster keeps a small
  probability instead of giving -inf to a new program.
- **Variable splits**: pairwise dependence on a seeded sample of at most ``sample_rows`` rows: the
  maximal correlation that spflow's RDC estimates with random projections, computed exactly for
  categorical codes, with a G-test so that small samples do not invent dependencies (spflow's
  RDC draws unseeded projections and fails on a constant column).
- **Instance clusters**: k-means (scikit-learn, seeded) with two clusters on the standardized codes
  of the variables being split. spflow hands its clustering function every column, so the
  variables of the current scope are recovered from the preceding partitioning call, which gets
  exactly those columns.

Importing this module imports torch and spflow; nothing at localization time does.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt
import torch
from scipy.stats import chi2
from sklearn.cluster import KMeans
from spflow.learn.learn_spn import learn_spn
from spflow.meta.data.scope import Scope
from spflow.modules.leaves.categorical import Categorical

from tflm.spn.compiled import CompiledSPN, SPNBuilder
from tflm.spn.convert import compile_spflow


@lru_cache(maxsize=None)
def categorical_class(k: int, alpha: float) -> type[Categorical]:
    """A spflow Categorical leaf class with K = ``k`` fixed and add-``alpha`` estimation."""

    class FixedCategorical(Categorical):
        def __init__(self, scope: Any, out_channels: int = 1, num_repetitions: int = 1, **_: Any) -> None:
            super().__init__(scope=scope, out_channels=out_channels, num_repetitions=num_repetitions, K=k)

        def _compute_parameter_estimates(self, data: torch.Tensor, weights: torch.Tensor,
                                         bias_correction: bool) -> dict[str, torch.Tensor]:
            counts = torch.empty_like(self.probs)
            for category in range(k):
                counts[..., category] = torch.sum(weights * (data == category).to(weights.dtype), dim=0)
            total = counts.sum(dim=-1, keepdim=True)
            return {"probs": (counts + alpha) / (total + alpha * k)}

    FixedCategorical.__name__ = FixedCategorical.__qualname__ = f"Categorical{k}"
    return FixedCategorical


def dependence_matrix(codes: npt.NDArray[np.int64], *, alpha: float = 1e-3) -> npt.NDArray[np.float64]:
    """Pairwise dependence of the columns of ``codes`` (n_rows, d), shape (d, d), ones on the diagonal.

    For two categorical variables this is their maximal (Hirschfeld-Gebelein-Renyi) correlation,
    the quantity the RDC estimates with random projections, computed exactly: the second singular
    value of the normalized contingency table. A pair whose G-test of independence has a p-value
    above ``alpha`` gets 0, so that small samples do not invent dependencies."""
    n, d = codes.shape
    out = np.eye(d)
    if n < 2:
        return out
    columns = [np.unique(codes[:, j], return_inverse=True)[1].astype(np.int64) for j in range(d)]
    sizes = [int(c.max()) + 1 for c in columns]
    for i, j in combinations(range(d), 2):
        if sizes[i] < 2 or sizes[j] < 2:
            continue
        table = np.bincount(columns[i] * sizes[j] + columns[j], minlength=sizes[i] * sizes[j])
        table = table.reshape(sizes[i], sizes[j]).astype(np.float64)
        rows, cols = table.sum(axis=1), table.sum(axis=0)
        expected = np.outer(rows, cols) / n
        seen = table > 0
        g = 2.0 * float(np.sum(table[seen] * np.log(table[seen] / expected[seen])))
        if chi2.sf(g, (sizes[i] - 1) * (sizes[j] - 1)) > alpha:
            continue
        normalized = table / n / np.sqrt(np.outer(rows / n, cols / n))
        values = np.linalg.svd(normalized, compute_uv=False)
        out[i, j] = out[j, i] = float(min(1.0, values[1])) if values.size > 1 else 0.0
    return out


class SplitFunctions:
    """The partitioning and clustering callables handed to ``learn_spn`` (seeded, deterministic)."""

    def __init__(self, *, threshold: float, sample_rows: int, seed: int) -> None:
        self.threshold = threshold
        self.sample_rows = sample_rows
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self._last_scope_data: np.ndarray | None = None

    def partition(self, data: torch.Tensor) -> torch.Tensor:
        values = data.detach().cpu().numpy()
        self._last_scope_data = values
        if values.shape[0] > self.sample_rows:
            values = values[self.rng.choice(values.shape[0], self.sample_rows, replace=False)]
        dependence = dependence_matrix(values.astype(np.int64))
        graph = nx.from_numpy_array((dependence >= self.threshold).astype(np.int8))
        ids = np.zeros(values.shape[1], dtype=np.int64)
        for i, component in enumerate(nx.connected_components(graph)):
            ids[list(component)] = i + 1
        return torch.as_tensor(ids)

    def cluster(self, data: torch.Tensor) -> torch.Tensor:
        values = data.detach().cpu().numpy()
        columns = self._scope_columns(values)
        x = values[:, columns] if columns else values
        scale = x.std(axis=0)
        x = (x - x.mean(axis=0)) / np.where(scale > 0, scale, 1.0)
        labels = KMeans(n_clusters=2, n_init=2, random_state=self.seed).fit_predict(x)
        if np.unique(labels).size < 2:  # identical rows: any split terminates the recursion
            labels = (np.arange(values.shape[0]) >= values.shape[0] // 2).astype(np.int64)
        return torch.as_tensor(labels)

    def _scope_columns(self, values: np.ndarray) -> list[int]:
        scoped = self._last_scope_data
        if scoped is None or scoped.shape[0] != values.shape[0]:
            return []
        by_content: dict[bytes, list[int]] = {}
        for j in range(values.shape[1]):
            by_content.setdefault(np.ascontiguousarray(values[:, j]).tobytes(), []).append(j)
        columns = []
        for j in range(scoped.shape[1]):
            candidates = by_content.get(np.ascontiguousarray(scoped[:, j]).tobytes())
            if not candidates:
                return []
            columns.append(candidates.pop(0))
        return columns


def learn_module(codes: npt.NDArray[np.int64], cards: Sequence[int], *, min_instances: int, threshold: float,
                 alpha: float, sample_rows: int, seed: int) -> Any:
    """spflow's LearnSPN over ``codes`` (n_rows, d), column j taking values 0 .. cards[j] - 1.
    Returns the spflow module (float64 parameters)."""
    if codes.ndim != 2 or codes.shape[0] == 0 or codes.shape[1] == 0:
        raise ValueError(f"LearnSPN needs at least one row and one column; got shape {codes.shape}")
    previous = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        by_k: dict[int, list[int]] = {}
        for j, k in enumerate(cards):
            by_k.setdefault(max(int(k), 1), []).append(j)
        leaves: list[Any] = [categorical_class(k, alpha)(scope=Scope(cols)) for k, cols in sorted(by_k.items())]
        split = SplitFunctions(threshold=threshold, sample_rows=sample_rows, seed=seed)
        data = torch.as_tensor(codes.astype(np.float64))
        return learn_spn(data, leaves if len(leaves) > 1 else leaves[0], min_instances_slice=max(2, min_instances),
                         clustering_method=split.cluster, partitioning_method=split.partition)
    finally:
        torch.set_default_dtype(previous)


def learn_compiled(codes: npt.NDArray[np.int64], cards: Sequence[int], *, variables: Sequence[int] | None = None,
                   min_instances: int, threshold: float, alpha: float, sample_rows: int, seed: int) -> CompiledSPN:
    """LearnSPN over ``codes`` compiled to numpy; with ``variables``, leaf j reads data column
    ``variables[j]`` instead of j."""
    module = learn_module(codes, cards, min_instances=min_instances, threshold=threshold, alpha=alpha,
                          sample_rows=sample_rows, seed=seed)
    compiled = compile_spflow(module)
    if variables is None:
        return compiled
    mapping = np.asarray(variables, dtype=np.int64)
    leaf = compiled.kind == 0
    leaf_var = compiled.leaf_var.copy()
    leaf_var[leaf] = mapping[compiled.leaf_var[leaf]]
    return CompiledSPN(kind=compiled.kind, leaf_var=leaf_var, leaf_offset=compiled.leaf_offset,
                       leaf_card=compiled.leaf_card, leaf_logp=compiled.leaf_logp, child_ptr=compiled.child_ptr,
                       child_idx=compiled.child_idx, log_weight=compiled.log_weight, roots=compiled.roots)
