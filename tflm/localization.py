"""One localization: run the suite, score every executed line with a method, rank.

This is the library entry point behind ``tflm localize``; reports render a :class:`Localization`.
"""

from __future__ import annotations

from collections.abc import Callable
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
    method: str
    project: Path
    granularity: str
    ranking: list[RankedItem]
    spectrum: Spectrum
    crashed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


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
    if granularity not in GRANULARITIES:
        raise UsageError(f"The granularity must be one of {', '.join(GRANULARITIES)}. Got '{granularity}' instead.")
    run: RunResult = collect(options, progress=progress)
    spectrum = run.spectrum
    require_failures(spectrum)
    scores = score_lines(spectrum, method)
    return Localization(
        method=method,
        project=spectrum.project,
        granularity=granularity,
        ranking=rank(spectrum.lines, scores, spectrum.sources, granularity),
        spectrum=spectrum,
        crashed=run.crashed,
        warnings=run.warnings,
        seconds=run.seconds,
    )
