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
@click.option("--method", "-m", default="tflm", show_default=True,
              help="tflm (the learned model: the probability that each line is the bug), or a spectrum formula: "
                   "tarantula, ochiai, ochiai2, dstar (dstarK), op2, barinel, jaccard, kulczynski2, naish1, naish2, "
                   "gp13, zoltar, wong1-3, ample, ...")
@click.option("--model", "model_path", type=click.Path(dir_okay=False), default=None, metavar="PATH",
              help="Model file for --method tflm (from `tflm train`). Default: the model shipped with tflm.")
@click.option("--not-bug", "not_bug", multiple=True, metavar="FILE:LINE",
              help="A line you checked and found correct (repeatable): the model conditions on it and re-ranks. "
                   "Combine with --load-run to re-rank without running the tests again.")
@click.option("--save-run", type=click.Path(dir_okay=False), default=None, metavar="PATH",
              help="Save the run (spectrum, outcomes, tracebacks; .npz, no pickle) for --load-run.")
@click.option("--load-run", type=click.Path(dir_okay=False), default=None, metavar="PATH",
              help="Rank a run saved with --save-run instead of running the suite (instant feedback with --not-bug).")
@click.option("--explain", is_flag=True, default=False,
              help="For the top lines (at most 5), show which evidence moved their probability most (tflm only).")
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
def localize(ctx: click.Context, /, project: str, method: str, model_path: str | None, not_bug: tuple[str, ...],
             save_run: str | None, load_run: str | None, explain: bool, fmt: str, output: str | None,
             top: int | None, min_score: float | None, granularity: str, coverage_file: str | None,
             junit_xml: str | None, **run: Any) -> None:
    """Run PROJECT's pytest suite once under per-test coverage and rank its lines.

    PROJECT defaults to the current directory. Arguments after `--` are passed to pytest,
    e.g. `tflm localize . -- -k parser tests/unit`. With --coverage-file and --junit-xml, or
    --load-run, no test runs: the ranking comes from a run that already happened.

    Feedback: `tflm localize --save-run run.npz`, look at the top line, then
    `tflm localize --load-run run.npz --not-bug pkg/mod.py:42` re-ranks at once.

    Exit status: 0 ranking produced, 1 no failing test, 2 usage error, 3 the project could not be run.
    """
    from pathlib import Path

    from rich.console import Console

    from tflm.localization import check_method, resolve_model

    target = check_output_path(output)
    method = check_method(method)
    lines = _parse_lines(not_bug)
    if method != "tflm":
        for option, given in (("--model", model_path), ("--not-bug", not_bug), ("--explain", explain)):
            if given:
                raise UsageError(f"{option} needs --method tflm (the learned model); --method {method} is a formula.")
    if load_run is not None and (save_run is not None or coverage_file is not None or junit_xml is not None):
        raise UsageError("--load-run ranks a saved run: it cannot be combined with --save-run, --coverage-file or "
                         "--junit-xml.")
    model = resolve_model(model_path) if method == "tflm" else None
    label = model_path or "default model"
    err = Console(stderr=True)
    if load_run is not None:
        result = _from_saved_run(ctx, project, method, granularity, load_run, model, label, lines)
    elif coverage_file is not None or junit_xml is not None:
        result = _from_recorded_run(ctx, project, method, granularity, coverage_file, junit_xml, run, model, label,
                                    lines, save_run)
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
            result = run_localization(options, method=method, granularity=granularity, progress=progress, model=model,
                                      model_label=label, not_bug=lines,
                                      save_run_to=Path(save_run) if save_run else None)
    if fmt == "text" and target is None:
        from tflm.reports import text_report

        console = Console()
        if not console.is_terminal:
            console = Console(width=text_report.WIDTH)
        text_report.print_report(result, console, top, min_score)
        if explain:
            _print_explanations(result, model, top, min_score, console)
        return
    from tflm.reports.output import render_report

    for warning in result.warnings:
        err.print(f"[yellow]tflm: warning:[/] {warning}", highlight=False)
    write_output(render_report(fmt, result, top=top, min_score=min_score), target)
    if explain:
        _print_explanations(result, model, top, min_score, err)


def _parse_lines(values: tuple[str, ...]) -> list[Any]:
    from tflm.types import LineId

    lines = []
    for value in values:
        file, _, number = value.rpartition(":")
        if not file or not number.isdigit() or int(number) < 1:
            raise UsageError(f"--not-bug takes FILE:LINE with a line number >= 1, e.g. pkg/mod.py:42. Got '{value}' "
                             "instead.")
        lines.append(LineId(file.replace("\\", "/"), int(number)))
    return lines


def _from_saved_run(ctx: click.Context, project: str, method: str, granularity: str, load_run: str, model: Any,
                    label: str, lines: list[Any]) -> Any:
    from pathlib import Path

    from tflm.localization import load_run as read_run
    from tflm.localization import localize_spectrum

    if ctx.meta["pytest_args"]:
        raise UsageError("Arguments after `--` go to pytest, but with --load-run no test runs.")
    spectrum, warnings = read_run(Path(load_run), Path(project))
    return localize_spectrum(spectrum, method=method, granularity=granularity, warnings=warnings, model=model,
                             model_label=label, not_bug=lines)


def _print_explanations(result: Any, model: Any, top: int | None, min_score: float | None, console: Any) -> None:
    from rich.table import Table

    from tflm.features import build_features
    from tflm.localization import not_bug_mask, select
    from tflm.model.explain import GROUP_HELP, GROUPS, explain

    shown = select(result.ranking, min(top or 5, 5), min_score)
    if result.granularity != "statement" or not shown:
        console.print("tflm: --explain explains statement rankings; nothing to explain here.")
        return
    table_ = build_features(result.spectrum)
    row = {line: i for i, line in enumerate(table_.lines)}
    from tflm.types import LineId

    rows = [row[LineId(item.file, item.line)] for item in shown]
    explanations = explain(model, table_, rows, not_bug=not_bug_mask(result.spectrum, result.not_bug))
    view = Table(title="Why these lines: change in log-odds of being the bug from each group of evidence "
                       "(+: more suspicious)", title_justify="left")
    view.add_column("rank", justify="right")
    view.add_column("location", style="cyan", no_wrap=True)
    view.add_column("P(bug)", justify="right")
    for group in GROUPS:
        view.add_column(group, justify="right")
    for item, e in zip(shown, explanations):
        cells = []
        for group in GROUPS:
            value = e.contributions[group]
            style = "red" if value > 0.5 else "green" if value < -0.5 else ""
            text = f"{value:+.1f}" if abs(value) != float("inf") else ("+inf" if value > 0 else "-inf")
            cells.append(f"[{style}]{text}[/]" if style else text)
        view.add_row(str(item.rank), f"{item.file}:{item.line}", f"{e.probability:.3f}", *cells)
    console.print(view)
    for group in GROUPS:
        console.print(f"  [bold]{group}[/]: {GROUP_HELP[group]}", highlight=False)


def _from_recorded_run(ctx: click.Context, project: str, method: str, granularity: str, coverage_file: str | None,
                       junit_xml: str | None, run: dict[str, Any], model: Any, label: str, lines: list[Any],
                       save_run: str | None) -> Any:
    from pathlib import Path

    from tflm.collect.reuse import RecordedRun, collect_recorded
    from tflm.localization import localize_spectrum
    from tflm.localization import save_run as write_run

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
    if save_run is not None:
        write_run(recorded.spectrum, Path(save_run))
    return localize_spectrum(recorded.spectrum, method=method, granularity=granularity, warnings=recorded.warnings,
                             seconds=recorded.seconds, model=model, model_label=label, not_bug=lines)


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
