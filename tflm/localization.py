"""One localization: run the suite, score every executed line with a method, rank.

This is the library entry point behind ``tflm localize``; reports render a :class:`Localization`.
:func:`localize_spectrum` ranks a spectrum that already exists (recorded coverage data and JUnit
XML, the ``pytest --tflm`` plugin's own run, or a run saved with :func:`save_run`).

The ``tflm`` method asks a learned model (the default model shipped with tflm, or a model file)
for ``P(line is the bug | all evidence of the program)``, conditioned on "the program holds at
least one bug" and on the lines a user has already checked (``not_bug``), so feedback re-ranks
without running a test. Its function-level ranking scores a function by the probability that it
holds a bug, not by its best line.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from tflm.collect.runner import RunOptions, RunResult, collect
from tflm.collect.sources import MODULE_SCOPE
from tflm.collect.spectrum import Spectrum
from tflm.errors import NothingToLocalize, TflmError, UsageError
from tflm.formulas import get_formula
from tflm.ranking import GRANULARITIES, RankedItem, rank
from tflm.types import LineId

if TYPE_CHECKING:
    from tflm.model import TFLM
    from tflm.spn import Posterior

DEFAULT_METHOD = "tflm"
RUN_KIND = "tflm.run"


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
    posterior: Posterior | None = None
    not_bug: list[LineId] = field(default_factory=list)

    def scores(self) -> npt.NDArray[np.float64]:
        """Statement-level scores, aligned with ``spectrum.lines``."""
        if self.line_scores is None:
            self.line_scores = score_lines(self.spectrum, self.method)
        return self.line_scores


def check_method(method: str) -> str:
    name = method.strip().lower()
    if name == "tflm":
        return name
    get_formula(name)
    return name


def resolve_model(model: Any = None) -> TFLM:
    """A fitted model from a :class:`~tflm.model.TFLM`, a model file path, or None (the
    default model shipped with tflm). Raises :class:`~tflm.errors.ModelError`."""
    from tflm.model import TFLM, load_default_model, load_model

    if isinstance(model, TFLM):
        return model
    if model is None:
        return load_default_model()
    return load_model(model)


def model_name(model: Any) -> str:
    if model is None:
        return "default model"
    if isinstance(model, (str, os.PathLike)):
        return os.fspath(model)
    return "given model"


def not_bug_mask(spectrum: Spectrum, not_bug: Sequence[LineId]) -> npt.NDArray[np.bool_]:
    """Rows of ``spectrum.lines`` a user has checked. A line inside a multi-line statement stands
    for the statement; a line that is not an executed statement line is a :class:`UsageError`."""
    index = {line: i for i, line in enumerate(spectrum.lines)}
    mask = np.zeros(len(spectrum.lines), dtype=bool)
    for line in not_bug:
        file = line.file.replace("\\", "/")
        source = spectrum.sources.get(file)
        statement = source.statement_of.get(line.line, line.line) if source else line.line
        row = index.get(LineId(file, statement))
        if row is None:
            raise UsageError(f"--not-bug {file}:{line.line}: no test executed a statement on that line, so it is not "
                             "ranked.", hint="Give FILE:LINE as the ranking shows them (FILE relative to the project).")
        mask[row] = True
    return mask


def tflm_posterior(spectrum: Spectrum, model: TFLM, not_bug: Sequence[LineId] = ()) -> Posterior:
    """The model's posteriors for the lines and scopes of ``spectrum`` (rows of
    ``build_features(spectrum)``: the spectrum's line order)."""
    from tflm.features import build_features

    table = build_features(spectrum)
    mask = not_bug_mask(spectrum, not_bug)
    if mask.all():
        raise UsageError(f"All {mask.size} executed lines are marked --not-bug: no line is left that could be the bug.",
                         hint="Drop a --not-bug, or check that the failing tests run the faulty code.")
    try:
        return model.posterior(table, not_bug=mask)
    except ValueError as exc:
        raise UsageError(f"The model cannot rank this program: {exc}.") from exc


def score_lines(spectrum: Spectrum, method: str, model: Any = None,
                not_bug: Sequence[LineId] = ()) -> npt.NDArray[np.float64]:
    """One score per row of ``spectrum.lines`` (higher is more suspicious); for ``tflm``, the
    probability of being the bug under ``model`` (see :func:`resolve_model`)."""
    if method == "tflm":
        return tflm_posterior(spectrum, resolve_model(model), not_bug).line
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
    model: Any = None,
    model_label: str | None = None,
    not_bug: Sequence[LineId] = (),
    save_run_to: Path | None = None,
) -> Localization:
    """Run the suite once and rank. With ``save_run_to``, the run is saved there first (see
    :func:`save_run`) so that feedback can re-rank it later without running a test."""
    method = check_method(method)
    check_granularity(granularity)
    if method == "tflm":
        fitted = resolve_model(model)  # a broken model file fails before any test runs
    elif not_bug:
        raise UsageError("--not-bug needs --method tflm: a formula scores each line alone, so checking one line "
                         "tells it nothing about the others.")
    run: RunResult = collect(options, progress=progress)
    if save_run_to is not None:
        save_run(run.spectrum, save_run_to)
    return localize_spectrum(run.spectrum, method=method, granularity=granularity, crashed=run.crashed,
                             warnings=run.warnings, seconds=run.seconds,
                             model=fitted if method == "tflm" else None,
                             model_label=model_label or model_name(model), not_bug=not_bug)


def localize_spectrum(
    spectrum: Spectrum,
    *,
    method: str = DEFAULT_METHOD,
    granularity: str = "statement",
    crashed: Sequence[str] = (),
    warnings: Sequence[str] = (),
    seconds: float = 0.0,
    model: Any = None,
    model_label: str | None = None,
    not_bug: Sequence[LineId] = (),
) -> Localization:
    """Rank the lines of a spectrum that already exists; no test runs.

    Raises :class:`NothingToLocalize` when the spectrum has no failing test."""
    method = check_method(method)
    check_granularity(granularity)
    require_failures(spectrum)
    posterior = None
    if method == "tflm":
        posterior = tflm_posterior(spectrum, resolve_model(model), not_bug)
        scores = posterior.line
    elif not_bug:
        raise UsageError("--not-bug needs --method tflm: a formula scores each line alone, so checking one line "
                         "tells it nothing about the others.")
    else:
        scores = score_lines(spectrum, method)
    if posterior is not None and granularity == "function":
        ranking = _rank_scopes(spectrum, posterior)
    else:
        ranking = rank(spectrum.lines, scores, spectrum.sources, granularity)
    return Localization(
        method=method,
        project=spectrum.project,
        granularity=granularity,
        ranking=ranking,
        spectrum=spectrum,
        crashed=list(crashed),
        warnings=list(warnings),
        seconds=seconds,
        line_scores=scores,
        model=(model_label or model_name(model)) if method == "tflm" else None,
        posterior=posterior,
        not_bug=list(not_bug),
    )


def _rank_scopes(spectrum: Spectrum, posterior: Posterior) -> list[RankedItem]:
    """Functions (and module-level code) by the probability that they hold a bug; a function's
    line is its ``def`` line (module-level code: its best line). Ties: file, then line."""
    from tflm.features.structure import assign_scopes

    scopes, line_scope = assign_scopes(list(spectrum.lines), spectrum.sources)
    best: dict[int, tuple[float, int]] = {}
    for row, s in enumerate(line_scope):
        score, line = float(posterior.line[row]), spectrum.lines[row].line
        if int(s) not in best or score > best[int(s)][0]:
            best[int(s)] = (score, line)
    items = []
    for s, (file, qualname) in enumerate(scopes):
        source = spectrum.sources.get(file)
        start = source.scope_start.get(qualname) if source and qualname != MODULE_SCOPE else None
        items.append((float(posterior.scope[s]), file, start if start is not None else best[s][1], qualname))
    items.sort(key=lambda item: (-item[0], item[1], item[2]))
    return [RankedItem(i + 1, file, line, score, scope) for i, (score, file, line, scope) in enumerate(items)]


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def save_run(spectrum: Spectrum, path: Path) -> None:
    """Save a run (spectrum, outcomes, tracebacks) in the corpus store format (``.npz``, no
    pickle), with a hash of every source file so that a later :func:`load_run` can tell when
    the code has changed since."""
    from tflm.corpus.store import save_spectrum

    files = sorted({line.file for line in spectrum.lines})
    meta = {"kind": RUN_KIND, "project": str(spectrum.project),
            "sources": {f: _digest(spectrum.project / f) for f in files}}
    try:
        save_spectrum(Path(path), spectrum, meta)
    except OSError as exc:
        raise UsageError(f"Cannot save the run to '{path}': {exc.strerror or exc}.") from exc


def load_run(path: Path, project: Path) -> tuple[Spectrum, list[str]]:
    """A run saved by :func:`save_run`, with ``project``'s current sources parsed, and warnings
    naming the source files that changed since it was saved."""
    from tflm.corpus.store import load_spectrum

    if not Path(path).is_file():
        raise UsageError(f"--load-run: '{path}' does not exist.", hint="Save a run first with --save-run PATH.")
    try:
        spectrum, meta = load_spectrum(Path(path), project=project)
    except TflmError as exc:
        raise UsageError(f"--load-run: {exc.message}", hint=exc.hint) from None
    warnings = []
    for file, digest in sorted((meta.get("sources") or {}).items()):
        if _digest(project / file) != digest:
            warnings.append(f"{file} changed since the run was saved ({path}); its lines may not match the ranking.")
    return spectrum, warnings
