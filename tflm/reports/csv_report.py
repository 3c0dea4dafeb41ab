"""CSV: one row per ranked line (or scope, or file), header included.

Every executed line unless ``top`` or ``min_score`` is given (:func:`tflm.localization.select`).
"""

from __future__ import annotations

import csv
import io

from tflm.localization import Localization, select

COLUMNS = ("rank", "file", "line", "score", "scope", "source")


def render(result: Localization, top: int | None = None, min_score: float | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    sources = result.spectrum.sources
    for item in select(result.ranking, top, min_score):
        source = sources.get(item.file)
        text = source.source_line(item.line).strip() if source else ""
        writer.writerow([item.rank, item.file, item.line, repr(item.score), item.scope, text])
    return buffer.getvalue()
