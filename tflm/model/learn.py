"""LearnRSPN (Nath and Domingos, 2015) for Program > Scope > Line, with spflow for the class SPNs.

For a class (programs, or the scopes of one program cluster) and its instances:

1. **Split independent variable groups**: if the class's own attributes are independent of the
   aggregates of its parts (means of the parts' codes per instance; maximal correlation below the
   threshold, see :func:`tflm.model.spflow_learn.dependence_matrix`), or the instances are too
   few to cluster, stop: the class node is a product of the attribute SPN (spflow LearnSPN) and
   the exchangeable template of the part class (recurse into the parts of these instances).
2. **Cluster instances**: otherwise split the instances in two with k-means on their attributes
   and part aggregates, and recurse on each cluster, up to a depth limit; the class node is a
   mixture over the clusters weighted by their sizes.

For scopes, the first split uses the aggregate of the lines' bug indicators (does the scope hold a
bug line?), so that one side holds the scopes with bugs and the line class below it learns to tell
the bug line from its neighbours. For lines (no parts) the class SPN is one spflow LearnSPN per
value of the bug indicator B, under a root mixture weighted by the bug rate of the cluster: a
joint LearnSPN would split the rare B off as independent (see the spflow note).

Importing this module imports torch and spflow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from sklearn.cluster import KMeans

from tflm.model.spflow_learn import dependence_matrix, learn_compiled
from tflm.spn.compiled import CompiledSPN, merge
from tflm.spn.relational import COUNT, IID, RelationalSPN

IntArray = npt.NDArray[np.int64]
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Settings:
    relational: bool = True
    program_depth: int = 0
    scope_depth: int = 0
    min_programs: int = 200
    min_scopes: int = 200
    spn_min_instances: int = 300
    max_rows: int = 10000
    threshold: float = 0.3
    alpha: float = 0.5
    tie_negative: bool = True
    count_template: bool = True
    max_bugs: int = 3
    seed: int = 0


@dataclass
class Codes:
    """Discretized training data (see :class:`tflm.model.data.Stacked` for the index arrays)."""

    line: IntArray
    y: npt.NDArray[np.bool_]
    line_scope: IntArray
    scope: IntArray
    scope_program: IntArray
    program: IntArray
    line_cards: IntArray
    scope_cards: IntArray
    program_cards: IntArray


@dataclass
class _Plan:
    program_clusters: list[IntArray] = field(default_factory=list)
    scope_clusters: list[tuple[int, IntArray]] = field(default_factory=list)  # (program cluster, scopes)


def learn_rspn(codes: Codes, settings: Settings, progress: Progress | None = None) -> tuple[RelationalSPN, dict[str, Any]]:
    """The relational SPN learned from ``codes``, and a summary of its structure."""
    torch.set_num_threads(1)
    report = progress or (lambda _stage, _done, _total: None)
    plan = _structure(codes, settings)
    n_programs, n_scopes = codes.program.shape[0], codes.scope.shape[0]
    scope_of_line = codes.line_scope
    lines_by_scope_cluster = []
    for _, scopes in plan.scope_clusters:
        inside = np.zeros(n_scopes, dtype=bool)
        inside[scopes] = True
        lines_by_scope_cluster.append(np.flatnonzero(inside[scope_of_line]))
    negatives = (len(plan.program_clusters) if settings.tie_negative
                 else sum(int(np.any(~codes.y[lines])) for lines in lines_by_scope_cluster))
    total = ((len(plan.program_clusters) + len(plan.scope_clusters)) if settings.relational else 0) + negatives + sum(
        int(np.any(codes.y[lines])) for lines in lines_by_scope_cluster)
    done = 0
    rng = np.random.default_rng(settings.seed)

    def spn(rows: IntArray, data: IntArray, cards: IntArray, stage: str) -> CompiledSPN:
        nonlocal done
        if rows.size > settings.max_rows:
            rows = np.sort(rng.choice(rows, settings.max_rows, replace=False))
        learned = learn_compiled(data[rows], [int(k) for k in cards], min_instances=settings.spn_min_instances,
                                 threshold=settings.threshold, alpha=settings.alpha, sample_rows=4000,
                                 seed=settings.seed + done)
        done += 1
        report(stage, done, total)
        return learned

    program_spns: list[CompiledSPN] = []
    scope_spns: list[CompiledSPN] = []
    line_spns: list[CompiledSPN] = []
    C, Q = len(plan.program_clusters), len(plan.scope_clusters)
    program_root = np.full(C, -1, dtype=np.int64)
    scope_root = np.full(Q, -1, dtype=np.int64)
    line_root = np.full((Q, 2), -1, dtype=np.int64)
    line_log_prior = np.full((Q, 2), -np.inf)
    line_template = np.full(Q, IID, dtype=np.int64)
    line_log_count = np.full((Q, settings.max_bugs + 1), -np.inf)
    if settings.relational:
        for c, programs in enumerate(plan.program_clusters):
            program_root[c] = len(program_spns)
            program_spns.append(spn(programs, codes.program, codes.program_cards, "program SPNs"))
        for q, (_, scopes) in enumerate(plan.scope_clusters):
            scope_root[q] = len(scope_spns)
            scope_spns.append(spn(scopes, codes.scope, codes.scope_cards, "scope SPNs"))
    shared_negative: dict[int, int] = {}  # program cluster -> root of its shared B = 0 line SPN
    for q, lines in enumerate(lines_by_scope_cluster):
        c = plan.scope_clusters[q][0]
        for b in (0, 1):
            rows = lines[codes.y[lines] == bool(b)]
            if rows.size == 0:
                continue
            line_log_prior[q, b] = np.log(rows.size / lines.size)
            if b == 1 and settings.relational and settings.count_template:
                # Every scope of this cluster holds a bug line: "k of its lines", k = 1..max_bugs.
                per_scope = np.bincount(codes.line_scope[rows])
                k = np.minimum(per_scope[per_scope > 0], settings.max_bugs)
                line_template[q] = COUNT
                with np.errstate(divide="ignore"):
                    line_log_count[q] = np.log(np.bincount(k, minlength=settings.max_bugs + 1) / k.size)
            if b == 0 and settings.tie_negative:
                if c not in shared_negative:
                    in_c = np.concatenate([ls for (cc, _), ls in zip(plan.scope_clusters, lines_by_scope_cluster)
                                           if cc == c])
                    shared_negative[c] = len(line_spns)
                    line_spns.append(spn(in_c[~codes.y[in_c]], codes.line, codes.line_cards, "line SPNs"))
                line_root[q, 0] = shared_negative[c]
                continue
            line_root[q, b] = len(line_spns)
            line_spns.append(spn(rows, codes.line, codes.line_cards, "line SPNs"))
    program_sizes = np.array([p.size for p in plan.program_clusters], dtype=np.float64)
    scope_cluster = np.array([c for c, _ in plan.scope_clusters], dtype=np.int64)
    scope_sizes = np.array([s.size for _, s in plan.scope_clusters], dtype=np.float64)
    per_program = np.bincount(scope_cluster, weights=scope_sizes, minlength=C)
    model = RelationalSPN(
        program_log_weight=np.log(program_sizes / n_programs),
        program_root=program_root,
        scope_cluster=scope_cluster,
        scope_log_weight=np.log(scope_sizes / per_program[scope_cluster]),
        scope_root=scope_root,
        line_template=line_template,
        line_log_prior=line_log_prior,
        line_log_count=line_log_count,
        line_root=line_root,
        line_spns=merge(line_spns),
        scope_spns=merge(scope_spns) if scope_spns else None,
        program_spns=merge(program_spns) if program_spns else None,
    )
    summary = {
        "program_clusters": C,
        "scope_clusters": Q,
        "scope_clusters_per_program_cluster": np.bincount(scope_cluster, minlength=C).tolist(),
        "line_bug_rate_per_scope_cluster": [float(np.exp(v)) for v in line_log_prior[:, 1]],
        "nodes": {"line": model.line_spns.n_nodes,
                  "scope": model.scope_spns.n_nodes if model.scope_spns else 0,
                  "program": model.program_spns.n_nodes if model.program_spns else 0},
    }
    return model, summary


def _structure(codes: Codes, settings: Settings) -> _Plan:
    n_programs = codes.program.shape[0]
    plan = _Plan()
    if not settings.relational:
        plan.program_clusters = [np.arange(n_programs)]
        plan.scope_clusters = [(0, np.arange(codes.scope.shape[0]))]
        return plan
    scope_means = _means(codes.scope, codes.scope_program, n_programs)
    plan.program_clusters = _split(np.arange(n_programs), codes.program, scope_means, settings.program_depth,
                                   settings.min_programs, settings)
    line_means = _means(codes.line, codes.line_scope, codes.scope.shape[0])
    holds_bug = np.bincount(codes.line_scope[codes.y], minlength=codes.scope.shape[0]) > 0
    program_cluster = np.empty(n_programs, dtype=np.int64)
    for c, programs in enumerate(plan.program_clusters):
        program_cluster[programs] = c
    for c in range(len(plan.program_clusters)):
        scopes = np.flatnonzero(program_cluster[codes.scope_program] == c)
        for side in (holds_bug[scopes], ~holds_bug[scopes]):
            if not side.any():
                continue
            for part in _split(scopes[side], codes.scope, line_means, settings.scope_depth, settings.min_scopes,
                               settings):
                plan.scope_clusters.append((c, part))
    return plan


def _means(codes: IntArray, owner: IntArray, n_owners: int) -> npt.NDArray[np.float64]:
    """Mean code of each column over the parts of each owner, (n_owners, d)."""
    counts = np.bincount(owner, minlength=n_owners).astype(np.float64)
    sums = np.stack([np.bincount(owner, weights=codes[:, j].astype(np.float64), minlength=n_owners)
                     for j in range(codes.shape[1])], axis=1)
    return sums / np.maximum(counts, 1.0)[:, None]


def _split(instances: IntArray, attributes: IntArray, aggregates: npt.NDArray[np.float64], depth: int,
           min_size: int, settings: Settings) -> list[IntArray]:
    """LearnRSPN's choice for one class node: the instances as one cluster, or two clusters each
    split again (up to ``depth`` more levels)."""
    if depth <= 0 or instances.size < 2 * min_size:
        return [instances]
    own = attributes[instances]
    parts = aggregates[instances]
    if not _dependent(own, parts, settings.threshold):
        return [instances]
    features = np.hstack([own.astype(np.float64), parts])
    scale = features.std(axis=0)
    features = (features - features.mean(axis=0)) / np.where(scale > 0, scale, 1.0)
    labels = KMeans(n_clusters=2, n_init=3, random_state=settings.seed).fit_predict(features)
    sides = [instances[labels == k] for k in (0, 1)]
    if min(s.size for s in sides) < min_size:
        return [instances]
    return [part for side in sides for part in _split(side, attributes, aggregates, depth - 1, min_size, settings)]


def _dependent(own: IntArray, parts: npt.NDArray[np.float64], threshold: float, sample: int = 4000) -> bool:
    """Whether some attribute depends on some part aggregate (aggregates cut at their quintiles)."""
    if own.shape[0] > sample:
        pick = np.random.default_rng(0).choice(own.shape[0], sample, replace=False)
        own, parts = own[pick], parts[pick]
    binned = np.stack([np.searchsorted(np.unique(np.quantile(col, [0.2, 0.4, 0.6, 0.8])), col, side="left")
                       for col in parts.T], axis=1)
    matrix = dependence_matrix(np.hstack([own, binned]).astype(np.int64))
    d = own.shape[1]
    return bool(matrix[:d, d:].max(initial=0.0) >= threshold)
