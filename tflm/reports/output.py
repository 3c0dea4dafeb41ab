"""Report formats by name, and where reports go: checked before any test runs, written atomically.

Shared by ``tflm localize`` and the ``pytest --tflm`` plugin, so both accept the same formats and
fail the same way on a path that cannot be written. Renderers are imported only when used:
``tflm --help`` and a pytest session without ``--tflm`` never pay for them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from tflm.errors import UsageError

if TYPE_CHECKING:
    from tflm.localization import Localization

FORMATS: tuple[str, ...] = ("text", "json", "csv", "sarif", "html")
Renderer = Callable[..., str]


def check_format(fmt: str) -> str:
    name = fmt.strip().lower()
    if name not in FORMATS:
        raise UsageError(f"The report format must be one of {', '.join(FORMATS)}. Got '{fmt}' instead.")
    return name


def renderer(fmt: str) -> Renderer:
    """``render(result, top=None, min_score=None) -> str`` of the format called ``fmt``."""
    module = import_module(f"tflm.reports.{check_format(fmt)}_report")
    render: Renderer = module.render
    return render


def render_report(fmt: str, result: Localization, *, top: int | None = None, min_score: float | None = None) -> str:
    return renderer(fmt)(result, top=top, min_score=min_score)


def check_output_path(path: str | os.PathLike[str] | None, *, option: str = "-o") -> Path | None:
    """Fail before any test runs when a report cannot be written there (``None``/``-``: stdout)."""
    if path is None or str(path) == "-":
        return None
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"Cannot write '{path}': the directory '{parent}' does not exist.",
                         hint=f"Create it first or choose another {option} path.")
    if target.is_dir():
        raise UsageError(f"Cannot write '{path}': it is a directory.", hint=f"Give a file name with {option}.")
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"Cannot write '{path}': permission denied.",
                         hint=f"Choose a writable location with {option}.")
    return target


def parse_report_spec(spec: str) -> tuple[str, Path]:
    """``FORMAT:PATH`` (e.g. ``html:report.html``) -> (format, checked path)."""
    fmt, sep, path = spec.partition(":")
    if not sep or not path:
        raise UsageError(f"A report must be given as FORMAT:PATH, e.g. html:tflm.html. Got '{spec}' instead.",
                         hint=f"FORMAT is one of {', '.join(FORMATS)}.")
    target = check_output_path(path, option="--tflm-report")
    if target is None:
        raise UsageError(f"A report needs a file path. Got '{spec}' instead.")
    return check_format(fmt), target


def write_report(text: str, target: Path) -> None:
    """Write ``text`` to ``target`` in one step: a reader never sees half a report."""
    temporary = target.with_name(f".{target.name}.tflm-tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UsageError(f"Cannot write '{target}': {exc.strerror or exc}.") from exc
