"""``tflm localize``: rank the lines of a failing project."""

from __future__ import annotations

from typing import Any

import click

from tflm.cli.options import check_output_path, run_options, write_output

FORMATS = ("text", "json", "csv")


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
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", metavar="FILE", help="Write the report here instead of stdout.")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
              help="Lines shown in the text view (default 10); JSON and CSV hold every executed line.")
@click.option("--granularity", type=click.Choice(["statement", "function"]), default="statement", show_default=True)
@run_options
@click.pass_context
def localize(ctx: click.Context, project: str, method: str, fmt: str, output: str | None, top: int | None,
             granularity: str, **run: Any) -> None:
    """Run PROJECT's pytest suite once under per-test coverage and rank its lines.

    PROJECT defaults to the current directory. Arguments after `--` are passed to pytest,
    e.g. `tflm localize . -- -k parser tests/unit`.

    Exit status: 0 ranking produced, 1 no failing test, 2 usage error, 3 the project could not be run.
    """
    from pathlib import Path

    from rich.console import Console

    from tflm.collect.runner import RunOptions
    from tflm.localization import localize as run_localization
    from tflm.reports import csv_report, json_report, text_report

    target = check_output_path(output)
    options = RunOptions(
        project=Path(project),
        python=run["python"],
        timeout=run["timeout"],
        pytest_args=tuple(ctx.meta["pytest_args"]),
        include=run["include"],
        omit=run["omit"],
    )
    err = Console(stderr=True)

    def progress(message: str) -> None:
        err.print(f"[yellow]tflm:[/] {message}")

    with err.status("Running the test suite under per-test coverage...", spinner="dots") if err.is_terminal else _null():
        result = run_localization(options, method=method, granularity=granularity, progress=progress)
    if fmt == "text" and target is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=text_report.WIDTH)
        text_report.print_report(result, console, top)
        return
    renderer = {"text": text_report.render, "json": json_report.render, "csv": csv_report.render}[fmt]
    write_output(renderer(result, top), target)


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
