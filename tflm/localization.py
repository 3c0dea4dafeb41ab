"""One localization: run the suite, score every executed line with a method, rank.

This is the library entry point behind ``tflm localize``; reports render a :class:`Localization`.
:func:`localize_spectrum` ranks a spectrum that already exists (recorded coverage data and JUnit
XML, or the ``pytest --tflm`` plugin's own run).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tflm.collect.runner import RunOptions, RunResult, collect
from tflm.collect.spectrum import Spectrum
from tflm.errors import NothingToLocalize, UsageError
from tflm.formulas import get_formula
from tflm.ranking import GRANULARITIES, RankedItem, rank

DEFAULT_METHOD = "ochiai"


@dataclass
class Localization:
    """A ranking and what it was computed from.

    ``line_scores`` holds one score per row of ``spectrum.lines`` (statement level, whatever the
    ranking's granularity); ``model`` names the learned model used, if any.
    """

    method: str
    project: Path
    granularity: str
    ranking: list[RankedItem]
    spectrum: Spectrum
    crashed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    line_scores: npt.NDArray[np.float64] | None = None
    model: str | None = None

    def scores(self) -> npt.NDArray[np.float64]:
        """Statement-level scores, aligned with ``spectrum.lines``."""
        if self.line_scores is None:
            self.line_scores = score_lines(self.spectrum, self.method)
        return self.line_scores


def check_method(method: str) -> str:
    name = method.strip().lower()
    if name == "tflm":
        raise UsageError(
            "The 'tflm' method needs a trained model, and none is available yet.",
            hint="Use a spectrum formula such as --method ochiai or --method dstar.",
        )
    get_formula(name)
    return name


def score_lines(spectrum: Spectrum, method: str) -> npt.NDArray[np.float64]:
    """One score per row of ``spectrum.lines`` (higher is more suspicious)."""
    counts = spectrum.counts()
    return get_formula(method)(counts.ef, counts.ep, counts.nf, counts.np_)


def check_granularity(granularity: str) -> str:
    if granularity not in GRANULARITIES:
        raise UsageError(f"The granularity must be one of {', '.join(GRANULARITIES)}. Got '{granularity}' instead.")
    return granularity


def select(ranking: Sequence[RankedItem], top: int | None = None, min_score: float | None = None) -> list[RankedItem]:
    """The items a report shows: score at least ``min_score``, then the first ``top`` of those."""
    if top is not None and top < 1:
        raise UsageError(f"The 'top' option must be a whole number >= 1. Got {top} instead.")
    kept = [item for item in ranking if min_score is None or item.score >= min_score]
    return kept if top is None else kept[:top]


def require_failures(spectrum: Spectrum) -> None:
    if spectrum.n_failing == 0:
        summary = spectrum.summary()
        ran = summary["passed"] + summary["failed"] + summary["errors"]
        detail = f" ({summary['skipped']} skipped)" if summary["skipped"] else ""
        raise NothingToLocalize(f"{ran} tests ran and all passed{detail}: nothing to localize.")


def localize(
    options: RunOptions,
    *,
    method: str = DEFAULT_METHOD,
    granularity: str = "statement",
    progress: Callable[[str], None] | None = None,
) -> Localization:
    method = check_method(method)
    check_granularity(granularity)
    run: RunResult = collect(options, progress=progress)
    return localize_spectrum(run.spectrum, method=method, granularity=granularity, crashed=run.crashed,
                             warnings=run.warnings, seconds=run.seconds)


def localize_spectrum(
    spectrum: Spectrum,
    *,
    method: str = DEFAULT_METHOD,
    granularity: str = "statement",
    crashed: Sequence[str] = (),
    warnings: Sequence[str] = (),
    seconds: float = 0.0,
) -> Localization:
    """Rank the lines of a spectrum that already exists; no test runs.

    Raises :class:`NothingToLocalize` when the spectrum has no failing test."""
    method = check_method(method)
    check_granularity(granularity)
    require_failures(spectrum)
    scores = score_lines(spectrum, method)
    return Localization(
        method=method,
        project=spectrum.project,
        granularity=granularity,
        ranking=rank(spectrum.lines, scores, spectrum.sources, granularity),
        spectrum=spectrum,
        crashed=list(crashed),
        warnings=list(warnings),
        seconds=seconds,
        line_scores=scores,
    )
