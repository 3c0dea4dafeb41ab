"""Scores of a fault localizer on cases with known bug lines.

Every function here is pure and works on plain mappings and numpy arrays, so the definitions can
be read and checked by hand. The ranking metrics follow the conventions of the fault-localization
literature, with two choices made explicit:

* Ties are resolved by the *average* position of the tied group (neither best nor worst case).
* A bug line that the method does not rank at all (for instance a line no test executed) is found
  after every ranked line: its rank is ``n + 1`` for ``n`` ranked lines.

For omission bugs (a missing statement) every listed line next to the gap is a target; the same
functions apply.

Invalid input raises a plain :class:`ValueError`: these are contract checks on values produced by
tflm itself (a NaN score is a bug in the method that produced it), not errors a user can cause.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from tflm.types import LineId

FloatArray = npt.NDArray[np.float64]

TOP_KS: tuple[int, ...] = (1, 3, 5, 10)
"""The k of the top-k counts kept in a :class:`MethodSummary`."""


# --- ranking ---------------------------------------------------------------------------------


def _sorted_scores(scores: Mapping[LineId, float]) -> FloatArray:
    """All scores as floats, ascending. Raises ValueError on NaN."""
    values = np.fromiter((float(s) for s in scores.values()), dtype=np.float64, count=len(scores))
    if np.isnan(values).any():
        bad = next(line for line, s in scores.items() if math.isnan(float(s)))
        raise ValueError(
            f"Scores must be numbers (+inf and -inf allowed), not NaN. Got NaN for line {bad}; "
            "the method that produced this score is broken."
        )
    return np.sort(values)


def _target_set(targets: Collection[LineId]) -> frozenset[LineId]:
    found = frozenset(targets)
    if not found:
        raise ValueError("A case needs at least one bug line to be scored. Got no target lines.")
    return found


def _tied_position(ascending: FloatArray, score: float) -> float:
    """1-based average position of the tied group holding ``score`` in descending order."""
    below_or_equal = int(np.searchsorted(ascending, score, side="right"))
    below = int(np.searchsorted(ascending, score, side="left"))
    higher = len(ascending) - below_or_equal
    tied = below_or_equal - below
    return higher + (tied + 1) / 2


def tied_rank(scores: Mapping[LineId, float], targets: Collection[LineId]) -> float:
    """Rank of the best-ranked target line, ties counted as the average position of their group.

    Lines are sorted by score, highest first, positions are 1-based. A line whose score is shared
    by a group of ``t`` lines, with ``h`` lines scoring strictly higher, has rank
    ``h + (t + 1) / 2``: a tied group of 4 occupying positions 3..6 gives 4.5. ``+inf`` ranks
    first and ``-inf`` last (equal infinities tie); NaN is rejected with ValueError.

    Targets absent from ``scores`` are not ranked by the method. They are found after every ranked
    line, so when no target is ranked the result is ``n + 1`` with ``n = len(scores)``. The
    result is always >= 1. ``targets`` must not be empty (ValueError); duplicates count once.
    """
    wanted = _target_set(targets)
    ascending = _sorted_scores(scores)
    ranked = [float(scores[t]) for t in wanted if t in scores]
    if not ranked:
        return float(len(scores) + 1)
    return _tied_position(ascending, max(ranked))


def exam(rank: float, n_ranked: int) -> float:
    """EXAM score: the share of the ranked lines examined before reaching the bug, in [0, 1].

    ``rank / n_ranked``, capped at 1.0: a bug that is not ranked at all (rank ``n + 1``) means the
    whole program was examined without finding it. With no ranked lines the result is 1.0.
    """
    if not rank >= 1:
        raise ValueError(f"A rank is 1-based and must be >= 1. Got {rank} instead.")
    if n_ranked < 0:
        raise ValueError(f"The number of ranked lines must be >= 0. Got {n_ranked} instead.")
    if n_ranked == 0:
        return 1.0
    return min(rank / n_ranked, 1.0)


def top_k(ranks: Iterable[float], k: int) -> int:
    """Number of cases whose rank is at most ``k`` (a tied rank of 4.5 counts for k = 5, not 4)."""
    if k < 1:
        raise ValueError(f"k must be an integer >= 1. Got {k} instead.")
    return sum(1 for r in ranks if r <= k)


def average_precision(scores: Mapping[LineId, float], targets: Collection[LineId]) -> float:
    """Average precision of the ranking over all target lines, in [0, 1].

    Sort the ranked target lines by their own tied rank (as in :func:`tied_rank`):
    ``r_1 <= r_2 <= ... <= r_m``. Then ``AP = (1 / |targets|) * sum_i i / r_i``. Targets absent
    from ``scores`` contribute 0 but still count in ``|targets|``. Within a tied group the terms
    ``i / r_i`` may individually exceed 1 but their mean does not, so AP stays in [0, 1]; it is
    1.0 exactly when the targets occupy the top positions (tied with no other line).
    """
    wanted = _target_set(targets)
    ascending = _sorted_scores(scores)
    ranks = sorted(_tied_position(ascending, float(scores[t])) for t in wanted if t in scores)
    return sum(i / r for i, r in enumerate(ranks, start=1)) / len(wanted)


# --- calibration -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReliabilityBin:
    """One non-empty bin of a reliability diagram.

    ``lower``/``upper`` are the bin edges on the probability axis; ``count`` is the number of
    lines whose predicted probability falls in the bin, ``mean_predicted`` their mean predicted
    probability and ``observed_rate`` the fraction of them that are bug lines.
    """

    lower: float
    upper: float
    count: int
    mean_predicted: float
    observed_rate: float


def _check_probabilities(
    probs: npt.ArrayLike, labels: npt.ArrayLike
) -> tuple[FloatArray, FloatArray]:
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    if p.ndim != 1 or y.shape != p.shape:
        raise ValueError(
            "Probabilities and labels must be 1-D arrays of the same length. "
            f"Got shapes {p.shape} and {y.shape} instead."
        )
    if p.size == 0:
        raise ValueError("Calibration needs at least one line. Got empty arrays.")
    if not np.all((p >= 0.0) & (p <= 1.0)):
        raise ValueError(
            "Probabilities must lie in [0, 1]. "
            f"Got values from {np.nanmin(p)} to {np.nanmax(p)} (NaN counts as invalid)."
        )
    if not np.all((y == 0.0) | (y == 1.0)):
        raise ValueError("Labels must be 0 (not a bug line) or 1 (bug line). Got other values.")
    return p, y


def _bin_index(p: FloatArray, n_bins: int) -> npt.NDArray[np.intp]:
    if n_bins < 1:
        raise ValueError(f"The number of bins must be >= 1. Got {n_bins} instead.")
    return np.minimum(np.floor(p * n_bins), n_bins - 1).astype(np.intp)


def brier_score(probs: npt.ArrayLike, labels: npt.ArrayLike) -> float:
    """Brier score: mean over lines of ``(p - y) ** 2``, with ``y`` = 1 for bug lines, else 0.

    0 is perfect; lower is better. ``probs`` and ``labels`` have shape (n_lines,).
    """
    p, y = _check_probabilities(probs, labels)
    return float(np.mean((p - y) ** 2))


def reliability_table(
    probs: npt.ArrayLike, labels: npt.ArrayLike, n_bins: int = 10
) -> list[ReliabilityBin]:
    """The non-empty bins of a reliability diagram, lowest bin first.

    Bins have equal width on [0, 1]: line ``j`` with probability ``p_j`` falls in bin
    ``b = min(floor(p_j * n_bins), n_bins - 1)`` with edges ``[b / n_bins, (b + 1) / n_bins)``
    (the last bin also holds ``p = 1``). Empty bins are left out.
    """
    p, y = _check_probabilities(probs, labels)
    index = _bin_index(p, n_bins)
    table = []
    for b in np.unique(index):
        inside = index == b
        table.append(
            ReliabilityBin(
                lower=float(b) / n_bins,
                upper=float(b + 1) / n_bins,
                count=int(inside.sum()),
                mean_predicted=float(p[inside].mean()),
                observed_rate=float(y[inside].mean()),
            )
        )
    return table


def expected_calibration_error(
    probs: npt.ArrayLike, labels: npt.ArrayLike, n_bins: int = 10
) -> float:
    """Expected calibration error over equal-width bins, in [0, 1].

    ``ECE = sum_b (count_b / n) * |mean_predicted_b - observed_rate_b|`` over the bins of
    :func:`reliability_table`, ``n`` being the number of lines. 0 is perfect.
    """
    p, _ = _check_probabilities(probs, labels)
    table = reliability_table(probs, labels, n_bins)
    return sum(b.count * abs(b.mean_predicted - b.observed_rate) for b in table) / p.size


# --- one case, many cases --------------------------------------------------------------------


@dataclass
class CaseResult:
    """The scores of one method on one case.

    ``rank`` is :func:`tied_rank`, ``n_ranked`` the number of lines the method ranked, ``exam``
    and ``average_precision`` as defined above. ``brier`` and ``ece`` are computed over the
    ranked lines of this case (bug lines labelled 1) and are None for methods whose scores are
    not probabilities. ``seconds`` maps a phase name (e.g. ``"tests"``, ``"rank"``) to wall-clock
    seconds.
    """

    case: str
    method: str
    rank: float
    n_ranked: int
    exam: float
    average_precision: float
    brier: float | None = None
    ece: float | None = None
    seconds: dict[str, float] = field(default_factory=dict)


def line_labels(
    scores: Mapping[LineId, float], targets: Collection[LineId]
) -> tuple[FloatArray, FloatArray]:
    """The scores of the ranked lines and their labels (1.0 for a target line, else 0.0).

    Both arrays have shape (len(scores),), in the iteration order of ``scores``. Targets the
    method did not rank have no probability and are left out. Concatenate these over cases to
    build the ``pooled`` argument of :func:`summarize`.
    """
    wanted = frozenset(targets)
    p = np.fromiter((float(s) for s in scores.values()), dtype=np.float64, count=len(scores))
    y = np.fromiter(
        (1.0 if line in wanted else 0.0 for line in scores), dtype=np.float64, count=len(scores)
    )
    return p, y


def score_case(
    case: str,
    method: str,
    scores: Mapping[LineId, float],
    targets: Collection[LineId],
    *,
    probabilistic: bool,
    seconds: Mapping[str, float] | None = None,
) -> CaseResult:
    """Score one method's ranking of one case. ``probabilistic`` adds per-case Brier and ECE."""
    rank = tied_rank(scores, targets)
    brier = ece = None
    if probabilistic and scores:
        p, y = line_labels(scores, targets)
        brier = brier_score(p, y)
        ece = expected_calibration_error(p, y)
    return CaseResult(
        case=case,
        method=method,
        rank=rank,
        n_ranked=len(scores),
        exam=exam(rank, len(scores)),
        average_precision=average_precision(scores, targets),
        brier=brier,
        ece=ece,
        seconds=dict(seconds or {}),
    )


@dataclass
class MethodSummary:
    """The scores of one method over all its cases.

    ``topK`` counts the cases with rank <= K and ``topK_pct`` is that count as a percentage of
    ``n_cases``. ``mean_exam``, ``mean_rank``, ``median_rank`` and ``map`` (mean average
    precision) are taken over cases. ``brier``, ``ece`` and ``reliability`` (10 equal-width bins)
    pool every ranked line of every case; they are None when the method has no probabilities.
    ``mean_seconds`` is the mean wall-clock time per phase over the cases that report it.
    """

    method: str
    n_cases: int
    top1: int
    top3: int
    top5: int
    top10: int
    top1_pct: float
    top3_pct: float
    top5_pct: float
    top10_pct: float
    mean_exam: float
    mean_rank: float
    median_rank: float
    map: float
    brier: float | None = None
    ece: float | None = None
    reliability: list[ReliabilityBin] | None = None
    mean_seconds: dict[str, float] = field(default_factory=dict)


def _mean_seconds(results: Sequence[CaseResult]) -> dict[str, float]:
    phases: dict[str, list[float]] = {}
    for r in results:
        for phase, s in r.seconds.items():
            phases.setdefault(phase, []).append(s)
    return {phase: sum(v) / len(v) for phase, v in phases.items()}


def summarize(
    results: Iterable[CaseResult],
    pooled: Mapping[str, tuple[npt.ArrayLike, npt.ArrayLike]] | None = None,
) -> list[MethodSummary]:
    """One :class:`MethodSummary` per method, in order of the method's first result.

    ``pooled`` maps a method to the probabilities and 0/1 labels of every ranked line of every
    case (see :func:`line_labels`), each of shape (total lines,); Brier, ECE and the reliability
    table are computed from them. A method missing from ``pooled``, or with no lines, gets None.
    Two results for the same (method, case) are an error: they would be counted twice.
    """
    by_method: dict[str, list[CaseResult]] = {}
    seen: set[tuple[str, str]] = set()
    for r in results:
        if (r.method, r.case) in seen:
            raise ValueError(f"Method {r.method!r} has two results for case {r.case!r}; keep one.")
        seen.add((r.method, r.case))
        by_method.setdefault(r.method, []).append(r)

    summaries = []
    for method, group in by_method.items():
        n = len(group)
        ranks = [r.rank for r in group]
        tops = {k: top_k(ranks, k) for k in TOP_KS}
        brier = ece = None
        table = None
        if pooled is not None and method in pooled:
            p, y = pooled[method]
            if np.asarray(p).size:
                brier = brier_score(p, y)
                ece = expected_calibration_error(p, y)
                table = reliability_table(p, y)
        summaries.append(
            MethodSummary(
                method=method,
                n_cases=n,
                top1=tops[1],
                top3=tops[3],
                top5=tops[5],
                top10=tops[10],
                top1_pct=100.0 * tops[1] / n,
                top3_pct=100.0 * tops[3] / n,
                top5_pct=100.0 * tops[5] / n,
                top10_pct=100.0 * tops[10] / n,
                mean_exam=float(np.mean([r.exam for r in group])),
                mean_rank=float(np.mean(ranks)),
                median_rank=float(np.median(ranks)),
                map=float(np.mean([r.average_precision for r in group])),
                brier=brier,
                ece=ece,
                reliability=table,
                mean_seconds=_mean_seconds(group),
            )
        )
    return summaries
