"""``tflm corpus``: build a verified bug corpus from subjects, inspect it, import other layouts."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def corpus() -> None:
    """Build and inspect bug corpora (case sets with known bug lines)."""


@corpus.command()
@click.option("--subjects", "subjects_dir", type=click.Path(path_type=Path), required=True,
              help="Directory of subject projects (each with its own pytest suite).")
@click.option("--output", "-o", "out", type=click.Path(path_type=Path), required=True, help="Case set to build or resume.")
@click.option("--per-subject", type=click.IntRange(min=1), default=400, show_default=True, help="Verified cases per subject.")
@click.option("--operators", default=None, metavar="OP1,OP2", help="Bug operators to use (default: all).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=2, show_default=True, help="Local worker processes.")
@click.option("--dask-scheduler", default=None, metavar="ADDRESS", help="Run on this Dask cluster instead (tcp://host:port).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=2.0, show_default=True,
              metavar="SECONDS", help="Per-test time limit for mutants (subject tests take milliseconds; a mutant that loops should cost little).")
@click.option("--memory-limit", "memory_limit_mb", type=click.IntRange(min=256), default=4096, show_default=True,
              metavar="MB", help="Address-space limit of each test process.")
def build(subjects_dir: Path, out: Path, per_subject: int, operators: str | None, seed: int, jobs: int,
          dask_scheduler: str | None, timeout: float, memory_limit_mb: int) -> None:
    """Mutate correct SUBJECTS with realistic bug operators into verified cases.

    A mutant becomes a case only when at least one test fails and not every failure is a
    timeout. The subjects are never written to; a rerun resumes; Ctrl-C or a kill leaves no
    half-written case.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from tflm.corpus.build import build_corpus
    from tflm.corpus.operators import OPERATORS
    from tflm.errors import UsageError

    chosen = None
    if operators:
        chosen = [o.strip() for o in operators.split(",") if o.strip()]
        unknown = sorted(set(chosen) - set(OPERATORS))
        if unknown:
            raise UsageError(f"Unknown operator(s): {', '.join(unknown)}.", hint=f"Choose from: {', '.join(sorted(OPERATORS))}.")
    console = Console(stderr=True)
    tasks: dict[str, TaskID] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                  TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=console) as progress:

        def on_progress(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = progress.add_task(phase, total=total, rate="")
            speed = progress.tasks[tasks[phase]].speed
            progress.update(tasks[phase], completed=done, total=total, rate=f"{speed:.1f}/s" if speed else "")

        report = build_corpus(subjects_dir, out, per_subject=per_subject, operators=chosen, seed=seed, jobs=jobs,
                              dask_scheduler=dask_scheduler, timeout=timeout, memory_limit_mb=memory_limit_mb,
                              on_progress=on_progress)
    for problem in report.problems:
        console.print(f"[yellow]skipped subject[/] {problem['subject']}: {problem['reason']}")
    console.print(f"{report.cases} cases from {report.subjects - len(report.problems)} subjects "
                  f"({report.tried} mutants tried, {report.resumed} resumed) in {report.seconds:.0f} s; "
                  f"details: {out / 'build-report.json'}")


@corpus.command()
@click.argument("case_set", type=click.Path(path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def info(case_set: Path, fmt: str) -> None:
    """Show what CASE_SET holds: cases by subject and operator, omissions, multi-bug cases,
    failing tests per case, and drop reasons of a built corpus."""
    import json

    from rich.console import Console
    from rich.table import Table

    from tflm.corpus.info import corpus_info

    data = corpus_info(case_set)
    if fmt == "json":
        click.echo(json.dumps(data, indent=2))
        return
    console = Console()
    console.print(f"[bold]{data['cases']}[/] cases from {data['subjects']} subjects; {data['omissions']} omissions, "
                  f"{data['multi_bug']} multi-bug")
    for title, key in (("operator", "by_operator"), ("subject", "by_subject")):
        table = Table(title=f"cases by {title}", title_justify="left")
        table.add_column(title)
        table.add_column("cases", justify="right")
        for name, count in data[key].items():
            table.add_row(name, str(count))
        console.print(table)
    if "failing_tests" in data:
        f = data["failing_tests"]
        console.print(f"failing tests per case: min {f['min']}, median {f['median']}, max {f['max']}; {f['histogram']}")
    if "build" in data:
        b = data["build"]
        console.print(f"mutants tried: {b['tried']}")
        for outcome, count in sorted(b["outcomes"].items(), key=lambda kv: -kv[1]):
            console.print(f"  {outcome}: {count} ({100 * b['outcome_shares'].get(outcome, 0):.1f}%)")
        for problem in b["subject_problems"]:
            console.print(f"  skipped subject {problem['subject']}: {problem['reason']}")


from tflm.cli.corpus_import import import_group  # noqa: E402  (its commands live in their own module)

corpus.add_command(import_group)
