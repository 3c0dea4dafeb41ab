"""Per-line features from the spectrum: counts, formula scores, ranks, and failing tracebacks.

Everything here is relative to the program it comes from (shares of its tests, rank percentiles
among its lines, gaps normalized by its score range), so a line of a 30-test toy and a line of a
3,000-test project are described on the same scale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tflm.collect.outcomes import TestOutcome
from tflm.collect.spectrum import Counts
from tflm.formulas import FORMULAS, ratio
from tflm.types import LineId

Array = npt.NDArray[np.float64]

BOUNDED_FORMULAS: tuple[str, ...] = ("tarantula", "ochiai", "barinel", "jaccard", "kulczynski2")
"""Formulas with values in [0, 1]: their score is a feature as is."""
RANKED_FORMULAS: tuple[str, ...] = ("dstar", "op2")
"""Formulas whose values grow with the number of tests (DStar reaches +inf): only their rank
percentile and gap are features."""

SPECTRUM_NAMES: tuple[str, ...] = (
    ("ef_share", "ep_share", "all_failing", "no_passing")
    + tuple(n for f in BOUNDED_FORMULAS for n in (f, f"{f}_pct", f"{f}_gap"))
    + tuple(n for f in RANKED_FORMULAS for n in (f"{f}_pct", f"{f}_gap"))
)
TRACEBACK_NAMES: tuple[str, ...] = ("tb_share", "tb_innermost", "tb_depth_inv", "tb_nonassert")

TEST_SIDE_EXCEPTIONS = frozenset({"AssertionError", "Failed", "Timeout", "TestTimeout", "Crash"})
"""Exception type names that say a check failed or the run was cut short, not that the program
raised: ``assert`` (and pytest's rewritten asserts), ``pytest.fail`` / ``pytest.raises`` without a
raise (``Failed``), and tflm's own time limit and crash markers."""


def rank_percentile(scores: Array) -> Array:
    """Mid-rank of each score among ``scores``, divided by their number, shape (n,).

    Ties share the average of their ranks; the single best score gets 1.0, the single worst 1/n,
    a program whose lines all tie gets (n + 1) / (2n) everywhere."""
    n = len(scores)
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    below = np.cumsum(counts) - counts
    mid = below + (counts + 1) / 2.0
    return np.asarray(mid[inverse.ravel()] / n, dtype=np.float64)


def gap_to_best(scores: Array) -> Array:
    """``(best - score) / (best - worst)`` over the program, in [0, 1]; 0 when all scores tie.

    ``scores`` must be finite."""
    if len(scores) == 0:
        return np.zeros(0, dtype=np.float64)
    best = float(scores.max())
    spread = best - float(scores.min())
    if spread <= 0.0:
        return np.zeros(len(scores), dtype=np.float64)
    return np.clip((best - scores) / spread, 0.0, 1.0)


def dstar_bounded(counts: Counts) -> Array:
    """DStar divided by F and squashed: ``u / (1 + u)`` with ``u = ef**2 / ((ep + nf) F)``.

    Monotone in DStar within a program, scale-free (multiplying every count by k leaves ``u``
    unchanged) and 1 where DStar is +inf (ef = F > 0, ep = 0)."""
    ef, ep, nf = counts.ef, counts.ep, counts.nf
    failed = ef + nf
    den = (ep + nf) * failed
    u = ratio(np.where(den == 0, 0.0, ef * ef), den)
    return np.where((den == 0) & (ef > 0), 1.0, u / (1.0 + u))


def spectrum_scores(counts: Counts) -> dict[str, Array]:
    """Raw scores of every formula used here, shape (n_lines,) each (DStar may hold +inf)."""
    args = (counts.ef, counts.ep, counts.nf, counts.np_)
    return {name: FORMULAS[name](*args) for name in (*BOUNDED_FORMULAS, *RANKED_FORMULAS)}


def spectrum_features(counts: Counts, scores: Mapping[str, Array]) -> Array:
    """Columns of :data:`SPECTRUM_NAMES`, shape (n_lines, len(SPECTRUM_NAMES))."""
    ef, ep = counts.ef, counts.ep
    failed = ef + counts.nf
    passed = ep + counts.np_
    cols: list[Array] = [
        ratio(ef, failed),
        ratio(ep, passed),
        ((ef == failed) & (failed > 0)).astype(np.float64),
        (ep == 0).astype(np.float64),
    ]
    for name in BOUNDED_FORMULAS:
        s = scores[name]
        cols += [s, rank_percentile(s), gap_to_best(s)]
    cols += [rank_percentile(scores["dstar"]), gap_to_best(dstar_bounded(counts))]
    cols += [rank_percentile(scores["op2"]), gap_to_best(scores["op2"])]
    return np.column_stack(cols) if cols[0].size else np.zeros((0, len(SPECTRUM_NAMES)))


def raises_in_program(outcome: TestOutcome) -> bool:
    """True when a failing test ended with an exception of the program, not a failed check."""
    return (
        outcome.failing
        and not outcome.timed_out
        and not outcome.crashed
        and outcome.exc_type is not None
        and outcome.exc_type not in TEST_SIDE_EXCEPTIONS
    )


@dataclass(frozen=True)
class FailingTrace:
    """The source frames of one failing test, outermost first, and whether the program raised."""

    frames: tuple[LineId, ...]
    raises: bool


def failing_traces(outcomes: Sequence[TestOutcome]) -> list[FailingTrace]:
    """One :class:`FailingTrace` per failing outcome, in the given order."""
    return [FailingTrace(tuple(o.traceback), raises_in_program(o)) for o in outcomes if o.failing]


def traceback_features(index: Mapping[LineId, int], traces: Sequence[FailingTrace]) -> Array:
    """Columns of :data:`TRACEBACK_NAMES`, shape (len(index), 4).

    ``index`` maps each executed line to its row. A frame's depth is its distance from the
    innermost source frame (0 = the raising line); a line on the stack twice keeps its smallest
    depth and counts once per test."""
    n = len(index)
    hits = np.zeros(n, dtype=np.float64)
    innermost = np.zeros(n, dtype=np.float64)
    depth = np.full(n, np.inf)
    raising = np.zeros(n, dtype=np.float64)
    for trace in traces:
        seen: dict[int, int] = {}
        last = len(trace.frames) - 1
        for position, frame in enumerate(trace.frames):
            row = index.get(frame)
            if row is not None:
                seen[row] = min(seen.get(row, last), last - position)
        for row, d in seen.items():
            hits[row] += 1.0
            depth[row] = min(depth[row], d)
            if d == 0:
                innermost[row] = 1.0
            if trace.raises:
                raising[row] = 1.0
    share = hits / len(traces) if traces else hits
    inverse_depth = np.zeros(n, dtype=np.float64)
    on_stack = np.isfinite(depth)
    inverse_depth[on_stack] = 1.0 / (1.0 + depth[on_stack])
    return np.column_stack([share, innermost, inverse_depth, raising]) if n else np.zeros((0, 4))
