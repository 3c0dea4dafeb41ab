"""Evaluate localization methods on a case set: one spectrum collection per case serves every
method; per-case results are checkpointed so a rerun with the same report directory resumes.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tflm.collect.runner import RunOptions, collect
from tflm.errors import TflmError
from tflm.evaluation.cases import Case, case_name, find_cases, load_case
from tflm.evaluation.metrics import CaseResult, MethodSummary, line_labels, score_case, summarize
from tflm.formulas import FORMULAS
from tflm.localization import check_method, require_failures, resolve_model, score_lines
from tflm.types import LineId

CHECKPOINTS = "cases"
FORMULA_METHODS: tuple[str, ...] = tuple(FORMULAS)
PROBABILISTIC_METHODS = frozenset({"tflm"})  # scored for calibration as well


def default_methods(model: Any = None) -> tuple[str, ...]:
    """Every spectrum formula, and ``tflm`` first when a model is given or tflm ships one."""
    from tflm.model import default_model_available

    if model is not None or default_model_available():
        return ("tflm",) + FORMULA_METHODS
    return FORMULA_METHODS


DEFAULT_METHODS: tuple[str, ...] = FORMULA_METHODS
"""The formulas; :func:`default_methods` adds ``tflm`` when a model is available."""


@dataclass
class CaseOutcome:
    """What evaluating one case gave: results per method, or why it is broken."""

    case: str
    results: list[CaseResult] = field(default_factory=list)
    broken: str | None = None
    probabilities: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)


@dataclass
class Evaluation:
    summaries: list[MethodSummary]
    results: list[CaseResult]
    broken: list[tuple[str, str]]
    resumed: int = 0


def targets_for(case: Case, statement_of: Callable[[str, int], int | None]) -> list[LineId]:
    """Bug lines mapped to the statement lines the spectrum ranks (continuation lines of a
    multi-line statement count as its first line)."""
    targets = []
    for line in case.bug_lines:
        statement = statement_of(line.file, line.line)
        targets.append(LineId(line.file, statement if statement is not None else line.line))
    return targets


def evaluate_case(case: Case, methods: Sequence[str], *, python: str | None, timeout: float,
                  model: Any = None) -> CaseOutcome:
    """Run ``case`` once and score every method on it (``model``: the fitted model for ``tflm``)."""
    outcome = CaseOutcome(case=case.name)
    try:
        started = time.perf_counter()
        run = collect(RunOptions(project=case.project, python=case.python or python, timeout=timeout,
                                 pytest_args=case.test_args))
        spectrum = run.spectrum
        require_failures(spectrum)
        tests_seconds = time.perf_counter() - started

        def statement_of(file: str, line: int) -> int | None:
            source = spectrum.sources.get(file)
            return source.statement_of.get(line) if source else None

        targets = targets_for(case, statement_of)
        for method in methods:
            started = time.perf_counter()
            scores = score_lines(spectrum, method, model=model)
            by_line = {line: float(s) for line, s in zip(spectrum.lines, scores)}
            seconds = {"tests": tests_seconds, "features": 0.0, "inference": time.perf_counter() - started}
            probabilistic = method in PROBABILISTIC_METHODS
            outcome.results.append(score_case(case.name, method, by_line, targets, probabilistic=probabilistic,
                                              seconds=seconds))
            if probabilistic:
                p, y = line_labels(by_line, targets)
                outcome.probabilities[method] = (p.tolist(), y.tolist())
    except TflmError as exc:
        outcome.results.clear()
        outcome.broken = f"{type(exc).__name__}: {exc.message}"
    return outcome


def _checkpoint_path(report_dir: Path, case: str) -> Path:
    return report_dir / CHECKPOINTS / (case.replace("/", "__") + ".json")


def _save_checkpoint(report_dir: Path, outcome: CaseOutcome, methods: Sequence[str]) -> None:
    path = _checkpoint_path(report_dir, outcome.case)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "case": outcome.case,
        "methods": list(methods),
        "broken": outcome.broken,
        "results": [asdict(r) for r in outcome.results],
        "probabilities": outcome.probabilities,
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(document), encoding="utf-8")
    os.replace(temporary, path)


def _load_checkpoint(report_dir: Path, case: str, methods: Sequence[str]) -> CaseOutcome | None:
    path = _checkpoint_path(report_dir, case)
    try:
        document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if document.get("case") != case or list(document.get("methods", [])) != list(methods):
        return None
    return CaseOutcome(
        case=case,
        results=[CaseResult(**r) for r in document["results"]],
        broken=document.get("broken"),
        probabilities={m: (p[0], p[1]) for m, p in document.get("probabilities", {}).items()},
    )


def evaluate(
    case_set: Path,
    *,
    methods: Sequence[str] = DEFAULT_METHODS,
    report_dir: Path | None = None,
    jobs: int = 1,
    python: str | None = None,
    timeout: float = 60.0,
    on_case: Callable[[CaseOutcome], None] | None = None,
    model: Any = None,
) -> Evaluation:
    """Run every case of ``case_set`` once and score ``methods`` on it.

    With ``report_dir``, each finished case is checkpointed under ``report_dir/cases/`` and a rerun
    reuses the checkpoints made with the same methods. Nothing is written inside the cases.
    """
    methods = [check_method(m) for m in methods]
    fitted = resolve_model(model) if "tflm" in methods else None  # a bad model fails before any case runs
    roots = find_cases(case_set)
    outcomes: dict[str, CaseOutcome] = {}
    pending: list[tuple[str, Path]] = []
    resumed = 0
    for root in roots:
        name = case_name(case_set, root)
        previous = _load_checkpoint(report_dir, name, methods) if report_dir else None
        if previous is not None:
            outcomes[name] = previous
            resumed += 1
            if on_case:
                on_case(previous)
        else:
            pending.append((name, root))

    def work(name: str, root: Path) -> CaseOutcome:
        try:
            case = load_case(root, name)
        except TflmError as exc:
            return CaseOutcome(case=name, broken=f"{type(exc).__name__}: {exc.message}")
        return evaluate_case(case, methods, python=python, timeout=timeout, model=fitted)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(work, name, root) for name, root in pending]
        for future in as_completed(futures):
            outcome = future.result()
            outcomes[outcome.case] = outcome
            if report_dir is not None:
                _save_checkpoint(report_dir, outcome, methods)
            if on_case:
                on_case(outcome)

    ordered = [outcomes[case_name(case_set, root)] for root in roots]
    results = [r for o in ordered for r in o.results]
    broken = [(o.case, o.broken) for o in ordered if o.broken is not None]
    pooled: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for method in methods:
        parts = [o.probabilities[method] for o in ordered if method in o.probabilities]
        if parts:
            pooled[method] = (np.concatenate([p for p, _ in parts]), np.concatenate([y for _, y in parts]))
    return Evaluation(summaries=summarize(results, pooled or None), results=results, broken=broken, resumed=resumed)
