"""Options shared by several commands, as decorators."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def run_options(fn: F) -> F:
    """How the project's suite is run: --timeout, --python, --include, --omit."""
    decorators = [
        click.option("--timeout", type=float, default=60.0, show_default=True, metavar="SECONDS",
                     help="Stop a test after this many seconds; it counts as failed and timed out."),
        click.option("--python", "python", metavar="PATH",
                     help="Interpreter of the project's environment (default: the one running tflm)."),
        click.option("--include", multiple=True, metavar="GLOB",
                     help="Source files to rank (project-relative glob, repeatable). Default: Python files outside tests."),
        click.option("--omit", multiple=True, metavar="GLOB", help="Source files to leave out (repeatable)."),
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def check_output_path(path: str | None) -> Path | None:
    """Fail before any test runs when the report cannot be written (``None``/``-``: stdout)."""
    from tflm.reports.output import check_output_path as check

    return check(path)


def write_output(text: str, target: Path | None) -> None:
    if target is None:
        click.echo(text, nl=False)
        return
    from tflm.reports.output import write_report

    write_report(text, target)
