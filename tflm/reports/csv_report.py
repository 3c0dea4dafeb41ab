"""CSV: one row per ranked line (or scope), every executed line, header included."""

from __future__ import annotations

import csv
import io

from tflm.localization import Localization

COLUMNS = ("rank", "file", "line", "score", "scope", "source")


def render(result: Localization, top: int | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    sources = result.spectrum.sources
    for item in result.ranking:
        source = sources.get(item.file)
        text = source.source_line(item.line).strip() if source else ""
        writer.writerow([item.rank, item.file, item.line, repr(item.score), item.scope, text])
    return buffer.getvalue()
