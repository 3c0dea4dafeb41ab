"""``tflm localize``: rank the lines of a failing project."""

from __future__ import annotations

from typing import Any

import click

from tflm.cli.options import check_output_path, run_options, write_output
from tflm.errors import UsageError
from tflm.reports.output import FORMATS

# tflm.ranking holds the same tuple; importing it here would load numpy for `tflm --help`.
GRANULARITIES = ("statement", "function", "file")


class PassThroughCommand(click.Command):
    """Everything after the first ``--`` goes to pytest untouched."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" in args:
            cut = args.index("--")
            ctx.meta["pytest_args"] = args[cut + 1 :]
            args = args[:cut]
        else:
            ctx.meta["pytest_args"] = []
        return super().parse_args(ctx, args)


@click.command(cls=PassThroughCommand)
@click.argument("project", required=False, default=".", type=click.Path(file_okay=True, dir_okay=True))
@click.option("--method", "-m", default="ochiai", show_default=True,
              help="tarantula, ochiai, ochiai2, dstar (dstarK), op2, barinel, jaccard, kulczynski2, naish1, naish2, gp13, zoltar, wong1-3, ample, ...")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="html: one self-contained page (sources tinted by score); sarif: SARIF 2.1.0 for code scanning.")
@click.option("--output", "-o", metavar="FILE", help="Write the report here instead of stdout.")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
              help="Keep only the N most suspicious items, in every format. Default: 10 in the text view; "
                   "JSON, CSV and HTML keep every executed line unless --top or --min-score is given; SARIF "
                   "keeps the lines above its per-method minimum.")
@click.option("--min-score", type=float, default=None, metavar="SCORE",
              help="Keep only items scoring at least SCORE, in every format. SARIF's default depends on the "
                   "method (e.g. ochiai 0.3, tarantula 0.6); the other formats keep every line by default.")
@click.option("--granularity", type=click.Choice(GRANULARITIES), default="statement", show_default=True,
              help="Rank statements, functions or files (a function's or file's score is its best line's).")
@click.option("--coverage-file", type=click.Path(dir_okay=False), default=None, metavar="PATH",
              help="Reuse a finished run instead of running the suite: coverage data recorded with per-test "
                   "contexts (pytest --cov=PKG --cov-context=test). Needs --junit-xml.")
@click.option("--junit-xml", type=click.Path(dir_okay=False), default=None, metavar="PATH",
              help="Outcomes of that same run (pytest --junitxml=PATH). Needs --coverage-file.")
@run_options
@click.pass_context
def localize(ctx: click.Context, /, project: str, method: str, fmt: str, output: str | None, top: int | None,
             min_score: float | None, granularity: str, coverage_file: str | None, junit_xml: str | None,
             **run: Any) -> None:
    """Run PROJECT's pytest suite once under per-test coverage and rank its lines.

    PROJECT defaults to the current directory. Arguments after `--` are passed to pytest,
    e.g. `tflm localize . -- -k parser tests/unit`. With --coverage-file and --junit-xml no test
    runs: the ranking comes from a run that already happened.

    Exit status: 0 ranking produced, 1 no failing test, 2 usage error, 3 the project could not be run.
    """
    from pathlib import Path

    from rich.console import Console

    from tflm.localization import check_method

    target = check_output_path(output)
    check_method(method)
    err = Console(stderr=True)
    if coverage_file is not None or junit_xml is not None:
        result = _from_recorded_run(ctx, project, method, granularity, coverage_file, junit_xml, run)
    else:
        from tflm.collect.runner import RunOptions
        from tflm.localization import localize as run_localization

        options = RunOptions(
            project=Path(project),
            python=run["python"],
            timeout=run["timeout"],
            pytest_args=tuple(ctx.meta["pytest_args"]),
            include=run["include"],
            omit=run["omit"],
        )

        def progress(message: str) -> None:
            err.print(f"[yellow]tflm:[/] {message}")

        with err.status("Running the test suite under per-test coverage...", spinner="dots") if err.is_terminal else _null():
            result = run_localization(options, method=method, granularity=granularity, progress=progress)
    if fmt == "text" and target is None:
        from tflm.reports import text_report

        console = Console()
        if not console.is_terminal:
            console = Console(width=text_report.WIDTH)
        text_report.print_report(result, console, top, min_score)
        return
    from tflm.reports.output import render_report

    for warning in result.warnings:
        err.print(f"[yellow]tflm: warning:[/] {warning}", highlight=False)
    write_output(render_report(fmt, result, top=top, min_score=min_score), target)


def _from_recorded_run(ctx: click.Context, project: str, method: str, granularity: str, coverage_file: str | None,
                       junit_xml: str | None, run: dict[str, Any]) -> Any:
    from pathlib import Path

    from tflm.collect.reuse import RecordedRun, collect_recorded
    from tflm.localization import localize_spectrum

    if coverage_file is None or junit_xml is None:
        given, missing = ("--coverage-file", "--junit-xml") if junit_xml is None else ("--junit-xml", "--coverage-file")
        raise UsageError(f"{given} needs {missing}: the coverage data says which test ran which line, the JUnit XML "
                         "which tests failed.", hint="Give both files of the same pytest run.")
    if ctx.meta["pytest_args"]:
        raise UsageError("Arguments after `--` go to pytest, but with --coverage-file no test runs.",
                         hint="Select tests when recording the run instead.")
    for name in ("timeout", "python"):
        if ctx.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE:
            raise UsageError(f"--{name} has no effect with --coverage-file: no test runs.")
    recorded = collect_recorded(RecordedRun(project=Path(project), coverage_file=Path(coverage_file),
                                            junit_xml=Path(junit_xml), include=run["include"], omit=run["omit"]))
    return localize_spectrum(recorded.spectrum, method=method, granularity=granularity, warnings=recorded.warnings,
                             seconds=recorded.seconds)


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
