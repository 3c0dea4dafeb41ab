"""``tflm evaluate``: how well each method finds the known bugs of a case set."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click


@click.command()
@click.argument("cases", type=click.Path(path_type=Path))
@click.option("--methods", default=None, metavar="M1,M2,...",
              help="Comma-separated methods (default: tflm when a model is available, and every spectrum formula; "
                   "with --cv also tflm-line, logreg and gboost).")
@click.option("--model", "model_path", type=click.Path(dir_okay=False), default=None, metavar="PATH",
              help="Model file for the tflm method (default: the model shipped with tflm). Not with --cv, which "
                   "trains its own models.")
@click.option("--cv", "cv", type=click.IntRange(min=2), default=None, metavar="K",
              help="Cross-validate the learned methods by subject: train on the subjects of K-1 folds, score the "
                   "held-out fold, for every fold (tflm, tflm-line, logreg, gboost; formulas need no training). "
                   "Spectra come from the corpus store: no test runs.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="With --cv: a hyperparameter of the tflm models (repeatable), as in `tflm train`.")
@click.option("--fold-seed", type=click.IntRange(min=0), default=0, show_default=True, metavar="N",
              help="With --cv: breaks ties when subjects are dealt into folds; another seed gives another split.")
@click.option("--output", "-o", "report_dir", type=click.Path(path_type=Path), default=None, metavar="REPORT_DIR",
              help="Write report.md, results.json and plots here; rerunning with the same directory resumes.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Cases run in parallel.")
@click.option("--python", "python", metavar="PATH", help="Interpreter for cases without a 'python' key.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              metavar="SECONDS", help="Per-test time limit.")
def evaluate(cases: Path, methods: str | None, model_path: str | None, cv: int | None, params: tuple[str, ...],
             fold_seed: int, report_dir: Path | None, jobs: int, python: str | None, timeout: float) -> None:
    """Evaluate localization methods on CASES, a directory of cases with known bugs.

    Every case is run once; each method ranks its executed lines, and the rank of the best-ranked
    bug line (ties averaged), top-k, EXAM and MAP are reported per method, with Brier score and
    calibration error for the methods that give probabilities. With --cv K, learned methods are
    scored only on subjects they were not trained on.
    """
    from rich.console import Console

    from tflm.errors import UsageError

    chosen = [m.strip() for m in methods.split(",") if m.strip()] if methods else None
    if chosen is not None and not chosen:
        raise UsageError("The 'methods' option names no method.")
    if report_dir is not None and report_dir.exists() and not report_dir.is_dir():
        raise UsageError(f"Cannot write the report to '{report_dir}': it is a file.")
    if cv is not None and model_path is not None:
        raise UsageError("--model and --cv do not go together: cross-validation trains a model per fold.")
    if params and cv is None:
        raise UsageError("--param sets the hyperparameters of the models --cv trains; give --cv K too.")
    if fold_seed and cv is None:
        raise UsageError("--fold-seed chooses the folds of --cv; give --cv K too.")
    console = Console(stderr=True)
    if cv is not None:
        _cross_validation(cases, cv, chosen, params, fold_seed, report_dir, jobs, timeout, console)
    else:
        _run_cases(cases, chosen, model_path, report_dir, jobs, python, timeout, console)


def _progress(console: Any, label: str) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TextColumn("eta"), TimeRemainingColumn(), console=console, transient=True)


def _run_cases(cases: Path, chosen: list[str] | None, model_path: str | None, report_dir: Path | None, jobs: int,
               python: str | None, timeout: float, console: Any) -> None:
    from tflm.evaluation.cases import find_cases
    from tflm.evaluation.report import write_report
    from tflm.evaluation.run import CaseOutcome, default_methods
    from tflm.evaluation.run import evaluate as run_evaluation

    methods = chosen if chosen is not None else list(default_methods(model_path))
    total = len(find_cases(cases))
    with _progress(console, "evaluating") as progress:
        task = progress.add_task("cases", total=total)

        def on_case(outcome: CaseOutcome) -> None:
            progress.advance(task)
            if outcome.broken:
                progress.console.print(f"[yellow]broken[/] {outcome.case}: {outcome.broken.splitlines()[0]}")

        result = run_evaluation(cases, methods=methods, report_dir=report_dir, jobs=jobs, python=python,
                                timeout=timeout, on_case=on_case, model=model_path)
    title = (f"{total} cases, {total - len(result.broken)} scored, {len(result.broken)} broken"
             + (f", {result.resumed} resumed" if result.resumed else ""))
    _print_table(title, result.summaries)
    if report_dir is not None:
        meta = {"cases": str(cases), "methods": methods, "timeout": timeout}
        if "tflm" in methods:
            meta["model"] = model_path or "default model"
        write_report(report_dir, result.summaries, result.results, title=f"tflm evaluation of {cases}", meta=meta,
                     broken=result.broken)
        console.print(f"report written to {report_dir / 'report.md'}")


def _cross_validation(cases: Path, k: int, chosen: list[str] | None, params: tuple[str, ...], fold_seed: int,
                      report_dir: Path | None, jobs: int, timeout: float, console: Any) -> None:
    from tflm.cli.train import _parse_params, _require_training_extra
    from tflm.evaluation.cv import DEFAULT_CV_METHODS, LEARNED, cross_validate
    from tflm.evaluation.report import write_report
    from tflm.model.corpus import load_corpus

    methods = chosen if chosen is not None else list(DEFAULT_CV_METHODS)
    if any(m.startswith("tflm") for m in methods):
        _require_training_extra()
    hyper = _parse_params(params)
    with _progress(console, "reading cases") as progress:
        task = progress.add_task("cases", total=None)
        programs, problems = load_corpus(cases, jobs=jobs, timeout=timeout,
                                         progress=lambda done, total: progress.update(task, completed=done,
                                                                                     total=total))
    for problem in problems:
        console.print(f"[yellow]broken[/] {problem.splitlines()[0]}")
    with _progress(console, f"{k}-fold cross-validation") as progress:
        task = progress.add_task("folds", total=None)
        outcome = cross_validate(programs, k=k, methods=methods, params=hyper, seed=fold_seed,
                                 progress=lambda stage, done, total: progress.update(task, completed=done,
                                                                                      total=total))
    subjects = len({p.subject for p in programs})
    _print_table(f"{len(programs)} cases from {subjects} subjects, {k}-fold cross-validation by subject"
                 + (f", {len(problems)} broken" if problems else ""), outcome.summaries)
    if report_dir is not None:
        broken = [(p.split(":", 1)[0], p.split(":", 1)[-1].strip()) for p in problems]
        meta = {"cases": str(cases), "methods": methods, "cv": k, "fold_seed": fold_seed, "folds": outcome.folds,
                "hyperparameters": hyper or "defaults",
                "fit_seconds": {m: round(sum(v) / len(v), 1) for m, v in outcome.fit_seconds.items() if v},
                "learned": [m for m in methods if m in LEARNED]}
        write_report(report_dir, outcome.summaries, outcome.results,
                     title=f"tflm evaluation of {cases} ({k}-fold cross-validation by subject)", meta=meta,
                     broken=broken)
        console.print(f"report written to {report_dir / 'report.md'}")


def _print_table(title: str, summaries: Sequence[Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    calibrated = any(s.brier is not None for s in summaries)
    table = Table(title=title, title_justify="left")
    columns = ["method", "top-1", "top-3", "top-5", "top-10", "mean EXAM", "mean rank", "median rank", "MAP"]
    for column in columns + (["Brier", "ECE"] if calibrated else []):
        table.add_column(column, justify="left" if column == "method" else "right")
    for s in sorted(summaries, key=lambda s: (s.mean_exam, -s.top1)):
        row = [s.method, f"{s.top1} ({s.top1_pct:.0f}%)", f"{s.top3} ({s.top3_pct:.0f}%)",
               f"{s.top5} ({s.top5_pct:.0f}%)", f"{s.top10} ({s.top10_pct:.0f}%)", f"{100 * s.mean_exam:.2f}%",
               f"{s.mean_rank:.2f}", f"{s.median_rank:.1f}", f"{s.map:.3f}"]
        if calibrated:
            row += [f"{s.brier:.4f}" if s.brier is not None else "", f"{s.ece:.4f}" if s.ece is not None else ""]
        table.add_row(*row)
    out = Console()
    if not out.is_terminal:
        out = Console(width=140)  # rich's 80-column default folds the table when piped
    out.print(table)
