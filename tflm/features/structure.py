"""Scopes, the static call graph between them, and scope and program features.

A scope is a function or method, or the module-level code of one file (class bodies included),
named as :mod:`tflm.collect.sources` names it: ``(file, qualname)``.

The call graph is best effort and static: an edge ``caller -> callee`` for every call by simple
name (``f(...)``: a function nested in the caller, then one of the same file, then a class's
``__init__``, then top-level functions and classes of other files) and by ``self.m(...)``,
``cls.m(...)`` or ``super().m(...)`` (the caller's class first, then methods of that name in the
same file, then in the project). Names with more than :data:`MAX_CANDIDATES` project-wide
candidates are left unresolved rather than linked to all of them. Only files with executed lines
are in the graph: a scope of a file that never ran cannot be in a failing traceback nor be
entered by a failing test.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import networkx as nx
import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from tflm.collect.sources import MODULE_SCOPE, SourceFile
from tflm.features.dynamic import FailingTrace, gap_to_best, rank_percentile
from tflm.features.static import FileStatic
from tflm.types import LineId, RelPath

Array = npt.NDArray[np.float64]
Scope = tuple[RelPath, str]

MAX_CANDIDATES = 5

SCOPE_NAMES: tuple[str, ...] = (
    "is_module",
    "executed_log",
    "size_log",
    "executed_share",
    "fail_enter_share",
    "pass_enter_share",
    "in_tb",
    "tb_innermost",
    "best_ochiai",
    "best_ochiai_pct",
    "best_ochiai_gap",
    "best_ties_log",
    "best_tie_share",
    "called_from_tb",
    "pagerank_fail",
)
PROGRAM_NAMES: tuple[str, ...] = (
    "n_tests_log",
    "fail_share",
    "executed_lines_log",
    "n_failing_log",
    "ochiai_std",
    "ochiai_top_tie_share",
    "nonassert_share",
    "nonassert_any",
    "tb_any_share",
    "n_scopes_log",
)


def scope_key(line: LineId, sources: Mapping[RelPath, SourceFile]) -> Scope:
    source = sources.get(line.file)
    return (line.file, source.scope_of.get(line.line, MODULE_SCOPE) if source else MODULE_SCOPE)


def assign_scopes(
    lines: Sequence[LineId], sources: Mapping[RelPath, SourceFile]
) -> tuple[list[Scope], npt.NDArray[np.int64]]:
    """The scopes of ``lines`` in first-appearance order, and each line's scope index, shape (n,)."""
    order: dict[Scope, int] = {}
    line_scope = np.empty(len(lines), dtype=np.int64)
    for i, line in enumerate(lines):
        line_scope[i] = order.setdefault(scope_key(line, sources), len(order))
    return list(order), line_scope


def call_graph(statics: Mapping[RelPath, FileStatic]) -> nx.DiGraph:
    """Directed graph over every scope of the given files, edges from caller to callee."""
    funcs = {f: set(s.functions) for f, s in statics.items()}
    top_defs: dict[str, list[Scope]] = {}
    methods: dict[str, list[Scope]] = {}
    for file, static in statics.items():
        classes = set(static.classes)
        for qual in static.functions:
            owner, _, name = qual.rpartition(".")
            if not owner:
                top_defs.setdefault(name, []).append((file, qual))
            elif owner in classes:
                methods.setdefault(name, []).append((file, qual))
        for cls in static.classes:
            if "." not in cls and f"{cls}.__init__" in funcs[file]:
                top_defs.setdefault(cls, []).append((file, f"{cls}.__init__"))

    def first(*groups: Iterable[Scope]) -> list[Scope]:
        for group in groups:
            found = list(group)
            if found:
                return found if len(found) <= MAX_CANDIDATES else []
        return []

    graph = nx.DiGraph()
    for file in sorted(statics):
        static = statics[file]
        graph.add_node((file, MODULE_SCOPE))
        graph.add_nodes_from((file, qual) for qual in static.functions)
        for scope, how, name, cls in static.calls:
            if how == "name":
                nested = f"{scope}.{name}"
                targets = first(
                    [(file, nested)] if scope != MODULE_SCOPE and nested in funcs[file] else [],
                    [(f, q) for f, q in top_defs.get(name, []) if f == file],
                    top_defs.get(name, []),
                )
            else:
                own = (file, f"{cls}.{name}")
                candidates = methods.get(name, [])
                if how == "super":
                    candidates = [c for c in candidates if c != own]
                targets = first(
                    [own] if how == "self" and cls and own[1] in funcs[file] else [],
                    [c for c in candidates if c[0] == file],
                    candidates,
                )
            graph.add_edges_from(((file, scope), target) for target in targets)
    return graph


def reached_from(graph: nx.DiGraph, starts: Iterable[Scope]) -> set[Scope]:
    """Scopes reachable from ``starts`` along at least one call edge."""
    first_step = {succ for s in starts if s in graph for succ in graph.successors(s)}
    if not first_step:
        return set()
    return {node for layer in nx.bfs_layers(graph, first_step) for node in layer}


def failing_pagerank(graph: nx.DiGraph, nodes: Iterable[Scope]) -> dict[Scope, float]:
    """PageRank in the call graph induced by ``nodes``, divided by its maximum (in (0, 1])."""
    chosen = sorted(set(nodes))
    if not chosen:
        return {}
    sub = nx.DiGraph()
    sub.add_nodes_from(chosen)  # a canonical node order: the result cannot depend on file order
    sub.add_edges_from(sorted(graph.subgraph(chosen).edges()))
    try:
        rank: dict[Scope, float] = nx.pagerank(sub)
    except nx.PowerIterationFailedConvergence:
        rank = {node: 1.0 for node in chosen}
    top = max(rank.values())
    return {node: value / top for node, value in rank.items()}


def scope_features(
    scopes: Sequence[Scope],
    line_scope: npt.NDArray[np.int64],
    matrix: sp.csr_array,
    failing: npt.NDArray[np.bool_],
    ochiai: Array,
    traces: Sequence[FailingTrace],
    sources: Mapping[RelPath, SourceFile],
    statics: Mapping[RelPath, FileStatic],
    graph: nx.DiGraph,
) -> Array:
    """Columns of :data:`SCOPE_NAMES`, shape (len(scopes), len(SCOPE_NAMES)).

    ``matrix`` is the spectrum's (n_lines, n_tests) coverage, ``failing`` its (n_tests,) mask,
    ``ochiai`` the (n_lines,) Ochiai scores."""
    n_scopes, n_lines = len(scopes), len(line_scope)
    if n_scopes == 0:
        return np.zeros((0, len(SCOPE_NAMES)))
    executed = np.bincount(line_scope, minlength=n_scopes).astype(np.float64)
    size = np.array(
        [statics[f].scope_size.get(q, 0) if f in statics else 0 for f, q in scopes], dtype=np.float64
    )
    size = np.maximum(size, executed)

    member = sp.csr_array(
        (np.ones(n_lines), (line_scope, np.arange(n_lines))), shape=(n_scopes, n_lines)
    )
    entered = sp.csr_array(member @ matrix.astype(np.float64))
    entered.data = (entered.data > 0).astype(np.float64)
    n_fail, n_pass = float(failing.sum()), float((~failing).sum())
    enter_fail = np.asarray(entered @ failing.astype(np.float64)).ravel()
    enter_pass = np.asarray(entered @ (~failing).astype(np.float64)).ravel()

    index = {scope: i for i, scope in enumerate(scopes)}
    in_tb = np.zeros(n_scopes)
    innermost = np.zeros(n_scopes)
    tb_scopes: set[Scope] = set()
    for trace in traces:
        for position, frame in enumerate(trace.frames):
            key = scope_key(frame, sources)
            tb_scopes.add(key)
            i = index.get(key)
            if i is not None:
                in_tb[i] = 1.0
                if position == len(trace.frames) - 1:
                    innermost[i] = 1.0

    best = np.full(n_scopes, -np.inf)
    np.maximum.at(best, line_scope, ochiai)
    ties = np.bincount(line_scope, weights=(ochiai == best[line_scope]).astype(np.float64), minlength=n_scopes)

    reached = reached_from(graph, tb_scopes)
    pagerank = failing_pagerank(graph, (s for s, c in zip(scopes, enter_fail) if c > 0))
    return np.column_stack(
        [
            np.array([q == MODULE_SCOPE for _, q in scopes], dtype=np.float64),
            np.log1p(executed),
            np.log1p(size),
            executed / size,
            enter_fail / n_fail if n_fail else np.zeros(n_scopes),
            enter_pass / n_pass if n_pass else np.zeros(n_scopes),
            in_tb,
            innermost,
            best,
            rank_percentile(best),
            gap_to_best(best),
            np.log1p(ties),
            ties / executed,
            np.array([s in reached for s in scopes], dtype=np.float64),
            np.array([pagerank.get(s, 0.0) for s in scopes], dtype=np.float64),
        ]
    )


def program_features(
    n_tests: int, n_failing: int, ochiai: Array, traces: Sequence[FailingTrace], n_scopes: int
) -> Array:
    """Values of :data:`PROGRAM_NAMES`, shape (len(PROGRAM_NAMES),)."""
    n_lines = len(ochiai)
    ordered = np.sort(ochiai)  # sums in a fixed order: the same value whatever the row order
    top_ties = float(np.count_nonzero(ordered == ordered[-1])) / n_lines if n_lines else 0.0
    n_traces = len(traces)
    n_raising = sum(t.raises for t in traces)
    return np.array(
        [
            np.log1p(n_tests),
            n_failing / n_tests if n_tests else 0.0,
            np.log1p(n_lines),
            np.log1p(n_failing),
            float(ordered.std()) if n_lines else 0.0,
            top_ties,
            n_raising / n_traces if n_traces else 0.0,
            float(n_raising > 0),
            sum(bool(t.frames) for t in traces) / n_traces if n_traces else 0.0,
            np.log1p(n_scopes),
        ],
        dtype=np.float64,
    )
