"""Grouped cross-validation by subject: every method is trained on the subjects of all folds but
one and scored on the held-out fold, so no model is ever scored on a subject it was trained on.

Methods: ``tflm`` (the full relational SPN), ``tflm-line`` (its line-level SPN alone: one
cluster, no scope or program evidence), ``logreg`` and ``gboost`` (scikit-learn logistic
regression and histogram gradient boosting on the same features: each line's features, its
scope's and its program's), and every spectrum formula (no training). Cases come from
:func:`tflm.model.corpus.load_corpus`, so the tests are not run again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from tflm.evaluation.metrics import CaseResult, MethodSummary, line_labels, score_case, summarize
from tflm.formulas import FORMULAS, get_formula
from tflm.model.data import LabelledProgram
from tflm.model.estimator import TFLM

LEARNED = ("tflm", "tflm-line", "logreg", "gboost")
DEFAULT_CV_METHODS: tuple[str, ...] = LEARNED + tuple(FORMULAS)
PROBABILISTIC = frozenset(LEARNED)


class Ranker(Protocol):
    def fit(self, programs: Sequence[LabelledProgram]) -> Any: ...

    def score(self, program: LabelledProgram) -> npt.NDArray[np.float64]: ...


def design_matrix(program: LabelledProgram) -> npt.NDArray[np.float64]:
    """Each line's features, its scope's features and the program's, (n_lines, 63 + 15 + 10)."""
    t = program.table
    n = len(t.lines)
    return np.hstack([t.X_line.reshape(n, -1), t.X_scope.reshape(-1, len(t.scope_names))[t.line_scope],
                      np.repeat(t.x_program.reshape(1, -1), n, axis=0)])


class SklearnRanker:
    """A scikit-learn classifier on :func:`design_matrix`, scoring lines by P(bug)."""

    def __init__(self, kind: str, seed: int = 0) -> None:
        self.kind = kind
        self.seed = seed

    def fit(self, programs: Sequence[LabelledProgram]) -> SklearnRanker:
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        X = np.vstack([design_matrix(p) for p in programs])
        y = np.concatenate([p.labels for p in programs])
        if self.kind == "logreg":
            self.model_ = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000))
        else:
            self.model_ = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=self.seed)
        self.model_.fit(X, y)
        return self

    def score(self, program: LabelledProgram) -> npt.NDArray[np.float64]:
        return np.asarray(self.model_.predict_proba(design_matrix(program))[:, 1], dtype=np.float64)


class TFLMRanker:
    def __init__(self, params: Mapping[str, Any]) -> None:
        self.params = dict(params)

    def fit(self, programs: Sequence[LabelledProgram]) -> TFLMRanker:
        self.model_ = TFLM(**self.params).fit(programs)
        return self

    def score(self, program: LabelledProgram) -> npt.NDArray[np.float64]:
        return self.model_.predict_proba(program.table)


def make_ranker(method: str, params: Mapping[str, Any]) -> Ranker:
    if method == "tflm":
        return TFLMRanker(params)
    if method == "tflm-line":
        return TFLMRanker({**params, "relational": False})
    if method in ("logreg", "gboost"):
        return SklearnRanker(method, seed=int(params.get("seed", 0)))
    raise ValueError(f"unknown learned method {method!r}")


def subject_folds(programs: Sequence[LabelledProgram], k: int, seed: int = 0) -> list[list[str]]:
    """``k`` folds of subjects with about as many cases each (largest subjects placed first,
    each into the fold with the fewest cases; ties broken by a seeded shuffle)."""
    sizes: dict[str, int] = {}
    for p in programs:
        sizes[p.subject] = sizes.get(p.subject, 0) + 1
    if k < 2 or k > len(sizes):
        raise ValueError(f"--cv needs between 2 and {len(sizes)} folds (one subject at least per fold). Got {k}.")
    subjects = sorted(sizes)
    rng = np.random.default_rng(seed)
    rng.shuffle(subjects)
    subjects.sort(key=lambda s: -sizes[s])
    folds: list[list[str]] = [[] for _ in range(k)]
    load = [0] * k
    for s in subjects:
        i = int(np.argmin(load))
        folds[i].append(s)
        load[i] += sizes[s]
    return [sorted(f) for f in folds]


@dataclass
class CVOutcome:
    results: list[CaseResult]
    summaries: list[MethodSummary]
    folds: list[list[str]]
    fit_seconds: dict[str, list[float]] = field(default_factory=dict)


def cross_validate(programs: Sequence[LabelledProgram], *, k: int, methods: Sequence[str] = DEFAULT_CV_METHODS,
                   params: Mapping[str, Any] | None = None, seed: int = 0,
                   progress: Callable[[str, int, int], None] | None = None) -> CVOutcome:
    """Score every method on every case, each learned method trained without the case's fold."""
    params = dict(params or {})
    folds = subject_folds(programs, k, seed)
    fold_of = {s: i for i, f in enumerate(folds) for s in f}
    learned = [m for m in methods if m in LEARNED]
    formulas = [m for m in methods if m not in LEARNED]
    for m in formulas:
        get_formula(m)
    results: list[CaseResult] = []
    pooled: dict[str, list[tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]]] = {m: [] for m in learned}
    fit_seconds: dict[str, list[float]] = {m: [] for m in learned}
    total = k * len(learned) + 1
    step = 0
    for program in programs:
        for m in formulas:
            results.append(_score(program, m, _formula_scores(program, m), 0.0))
    step += 1
    if progress:
        progress("formulas", step, total)
    for i in range(k):
        train = [p for p in programs if fold_of[p.subject] != i]
        test = [p for p in programs if fold_of[p.subject] == i]
        for m in learned:
            started = time.perf_counter()
            ranker = make_ranker(m, params).fit(train)
            fit_seconds[m].append(time.perf_counter() - started)
            for program in test:
                started = time.perf_counter()
                scores = ranker.score(program)
                result = _score(program, m, scores, time.perf_counter() - started)
                results.append(result)
                by_line = dict(zip(program.table.lines, scores.tolist()))
                pooled[m].append(line_labels(by_line, _targets(program)))
            step += 1
            if progress:
                progress(f"fold {i + 1}/{k}: {m}", step, total)
    order = {m: j for j, m in enumerate(methods)}
    results.sort(key=lambda r: (order[r.method], r.case))
    joined = {m: (np.concatenate([p for p, _ in parts]), np.concatenate([y for _, y in parts]))
              for m, parts in pooled.items() if parts}
    return CVOutcome(results=results, summaries=summarize(results, joined), folds=folds, fit_seconds=fit_seconds)


def _targets(program: LabelledProgram) -> list[Any]:
    if program.targets:
        return list(program.targets)
    return [line for line, y in zip(program.table.lines, program.labels) if y]


def _formula_scores(program: LabelledProgram, method: str) -> npt.NDArray[np.float64]:
    if program.counts is None:
        raise ValueError(f"case {program.case} has no spectrum counts; formulas cannot score it")
    c = program.counts
    return np.asarray(get_formula(method)(c[:, 0], c[:, 1], c[:, 2], c[:, 3]), dtype=np.float64)


def _score(program: LabelledProgram, method: str, scores: npt.NDArray[np.float64], seconds: float) -> CaseResult:
    by_line = dict(zip(program.table.lines, scores.tolist()))
    return score_case(program.case, method, by_line, _targets(program), probabilistic=method in PROBABILISTIC,
                      seconds={"inference": seconds})


def heldout_summary(outcome: CVOutcome, method: str = "tflm") -> dict[str, Any]:
    """The figures a model file records about how its settings did on held-out subjects."""
    by_method = {s.method: s for s in outcome.summaries}
    s = by_method[method]
    formulas = [x for x in outcome.summaries if x.method not in LEARNED]
    best = max(formulas, key=lambda x: (x.top1, -x.mean_exam)) if formulas else None
    out: dict[str, Any] = {
        "folds": len(outcome.folds), "cases": s.n_cases, "top1": s.top1_pct / 100, "top3": s.top3_pct / 100,
        "top5": s.top5_pct / 100, "top10": s.top10_pct / 100, "exam": s.mean_exam, "map": s.map,
        "brier": s.brier, "ece": s.ece,
    }
    if best is not None:
        out["best_formula"] = {"method": best.method, "top1": best.top1_pct / 100, "exam": best.mean_exam}
    return out
