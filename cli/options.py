"""Options shared by several commands, as decorators."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from tflm.errors import UsageError

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
    """Fail before any test runs when the report cannot be written."""
    if path is None or path == "-":
        return None
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"Cannot write '{path}': the directory '{parent}' does not exist.",
                         hint="Create it first or choose another -o path.")
    if target.is_dir():
        raise UsageError(f"Cannot write '{path}': it is a directory.", hint="Give a file name with -o.")
    if not os.access(parent, os.W_OK):
        raise UsageError(f"Cannot write '{path}': the directory '{parent}' is not writable.")
    return target


def write_output(text: str, target: Path | None) -> None:
    if target is None:
        click.echo(text, nl=False)
        return
    temporary = target.with_name(f".{target.name}.tflm-tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, target)
