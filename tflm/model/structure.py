"""LearnRSPN's structure search (Nath and Domingos, 2015) over Program > Scope > Line.

For a class (programs, or the scopes of one program cluster) and its instances:

1. **Split independent variable groups**: if the class's own attributes are independent of the
   aggregates of its parts (means of the parts' codes per instance; maximal correlation below the
   threshold, see :func:`tflm.model.spflow_learn.dependence_matrix`), or the instances are too
   few to cluster, stop: the class node is a product of the attribute SPN and the exchangeable
   template of the part class, learned on the parts of these instances.
2. **Cluster instances**: otherwise split the instances in two with k-means on their attributes
   and part aggregates, and recurse on each cluster, up to a depth limit; the class node is a
   mixture over the clusters weighted by their sizes.

For scopes, the first split uses the aggregate of the lines' bug indicators (does the scope hold a
bug line?), so that one side holds the scopes with bugs and the line class below it learns to tell
the bug line from its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from sklearn.cluster import KMeans

from tflm.model.spflow_learn import dependence_matrix

if TYPE_CHECKING:
    from tflm.model.learn import Codes, Settings

IntArray = npt.NDArray[np.int64]


@dataclass
class Plan:
    """Program clusters (arrays of program indices) and scope clusters (program cluster,
    array of scope indices, whether every scope of it holds a bug line)."""

    program_clusters: list[IntArray] = field(default_factory=list)
    scope_clusters: list[tuple[int, IntArray, bool]] = field(default_factory=list)


def find_structure(codes: Codes, settings: Settings) -> Plan:
    """The clusters LearnRSPN chooses for the program class and each scope class."""
    n_programs = codes.program.shape[0]
    plan = Plan()
    if not settings.relational:
        plan.program_clusters = [np.arange(n_programs)]
        plan.scope_clusters = [(0, np.arange(codes.scope.shape[0]), False)]
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
        for buggy, side in ((True, holds_bug[scopes]), (False, ~holds_bug[scopes])):
            if not side.any():
                continue
            for part in _split(scopes[side], codes.scope, line_means, settings.scope_depth, settings.min_scopes,
                               settings):
                plan.scope_clusters.append((c, part, buggy))
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
