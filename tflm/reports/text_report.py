"""The terminal view: the run's outcome, the failing tests, and a table of the top N lines
(10 unless ``top`` is given), optionally only those scoring at least ``min_score``."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tflm.localization import Localization, select

DEFAULT_TOP = 10
MAX_FAILURES_SHOWN = 5
MAX_SCOPE_CHARS = 24
MAX_SOURCE_CHARS = 48
WIDTH = 120  # when not writing to a terminal, whose own width rich uses


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _format_score(score: float) -> str:
    if score == float("inf"):
        return "inf"
    return f"{score:.4f}"


def print_report(result: Localization, console: Console, top: int | None = None, min_score: float | None = None) -> None:
    top = DEFAULT_TOP if top is None else top
    tests = result.spectrum.summary()
    spectrum = result.spectrum
    console.print(
        Text.assemble(
            ("tflm ", "bold"),
            f"{result.method} on {result.project}: ",
            f"{tests['total']} tests, {tests['passed']} passed, ",
            (f"{tests['failed']} failed", "bold red"),
            f", {tests['errors']} errors, {tests['skipped']} skipped",
            f", {tests['timed_out']} timed out" if tests["timed_out"] else "",
            f"; {len(spectrum.lines)} executed lines ranked",
        )
    )
    failing = [o for o in spectrum.outcomes.values() if o.failing]
    for outcome in sorted(failing, key=lambda o: o.nodeid)[:MAX_FAILURES_SHOWN]:
        reason = "timed out" if outcome.timed_out else "crashed" if outcome.crashed else outcome.exc_type or outcome.status
        console.print(Text(f"  FAILED {outcome.nodeid} ({reason})", style="red"))
    if len(failing) > MAX_FAILURES_SHOWN:
        console.print(f"  ... and {len(failing) - MAX_FAILURES_SHOWN} more failing tests")
    for warning in result.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    unit = {"function": "scope", "file": "file"}.get(result.granularity, "line")
    title = f"Most suspicious {unit}s" + (f" (score >= {min_score:g})" if min_score is not None else "")
    table = Table(title=title, title_justify="left")
    shown = select(result.ranking, top, min_score)
    location_width = max((len(f"{item.file}:{item.line}") for item in shown), default=8)
    table.add_column("rank", justify="right", min_width=4, no_wrap=True)
    table.add_column("location", style="cyan", no_wrap=True, min_width=location_width)
    table.add_column("score", justify="right", min_width=6, no_wrap=True)
    table.add_column("scope", no_wrap=True)
    table.add_column("source", no_wrap=True)
    sources = spectrum.sources
    for item in shown:
        source = sources.get(item.file)
        text = source.source_line(item.line).strip() if source else ""
        table.add_row(str(item.rank), f"{item.file}:{item.line}", _format_score(item.score),
                      _clip(item.scope, MAX_SCOPE_CHARS), Text(_clip(text, MAX_SOURCE_CHARS)))
    console.print(table)


def render(result: Localization, top: int | None = None, min_score: float | None = None) -> str:
    buffer = io.StringIO()
    print_report(result, Console(file=buffer, width=WIDTH, color_system=None, force_terminal=False), top, min_score)
    return buffer.getvalue()
