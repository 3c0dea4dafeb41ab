"""``tflm evaluate``: how well each method finds the known bugs of a case set."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("cases", type=click.Path(path_type=Path))
@click.option("--methods", default=None, metavar="M1,M2,...",
              help="Comma-separated methods (default: every spectrum formula).")
@click.option("--output", "-o", "report_dir", type=click.Path(path_type=Path), default=None, metavar="REPORT_DIR",
              help="Write report.md, results.json and plots here; rerunning with the same directory resumes.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Cases run in parallel.")
@click.option("--python", "python", metavar="PATH", help="Interpreter for cases without a 'python' key.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              metavar="SECONDS", help="Per-test time limit.")
def evaluate(cases: Path, methods: str | None, report_dir: Path | None, jobs: int, python: str | None,
             timeout: float) -> None:
    """Evaluate localization methods on CASES, a directory of cases with known bugs.

    Every case is run once; each method ranks its executed lines, and the rank of the best-ranked
    bug line (ties averaged), top-k, EXAM and MAP are reported per method.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
    from rich.table import Table

    from tflm.errors import UsageError
    from tflm.evaluation.cases import find_cases
    from tflm.evaluation.report import write_report
    from tflm.evaluation.run import DEFAULT_METHODS, CaseOutcome
    from tflm.evaluation.run import evaluate as run_evaluation

    chosen = [m.strip() for m in methods.split(",") if m.strip()] if methods else list(DEFAULT_METHODS)
    if not chosen:
        raise UsageError("The 'methods' option names no method.")
    if report_dir is not None and report_dir.exists() and not report_dir.is_dir():
        raise UsageError(f"Cannot write the report to '{report_dir}': it is a file.")
    total = len(find_cases(cases))
    console = Console(stderr=True)
    with Progress(TextColumn("[bold]evaluating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("eta"), TimeRemainingColumn(), console=console, transient=True) as progress:
        task = progress.add_task("cases", total=total)

        def on_case(outcome: CaseOutcome) -> None:
            progress.advance(task)
            if outcome.broken:
                progress.console.print(f"[yellow]broken[/] {outcome.case}: {outcome.broken.splitlines()[0]}")

        result = run_evaluation(cases, methods=chosen, report_dir=report_dir, jobs=jobs, python=python,
                                timeout=timeout, on_case=on_case)
    table = Table(title=f"{total} cases, {total - len(result.broken)} scored, {len(result.broken)} broken"
                        + (f", {result.resumed} resumed" if result.resumed else ""), title_justify="left")
    for column in ("method", "top-1", "top-3", "top-5", "top-10", "mean EXAM", "mean rank", "median rank", "MAP"):
        table.add_column(column, justify="left" if column == "method" else "right")
    for s in sorted(result.summaries, key=lambda s: (s.mean_exam, -s.top1)):
        table.add_row(s.method, f"{s.top1} ({s.top1_pct:.0f}%)", f"{s.top3} ({s.top3_pct:.0f}%)",
                      f"{s.top5} ({s.top5_pct:.0f}%)", f"{s.top10} ({s.top10_pct:.0f}%)", f"{s.mean_exam:.4f}",
                      f"{s.mean_rank:.2f}", f"{s.median_rank:.1f}", f"{s.map:.3f}")
    Console().print(table)
    if report_dir is not None:
        write_report(report_dir, result.summaries, result.results, title=f"tflm evaluation of {cases}",
                     meta={"cases": str(cases), "methods": chosen, "timeout": timeout}, broken=result.broken)
        console.print(f"report written to {report_dir / 'report.md'}")
