"""From per-line scores to a ranking, at statement, function or file granularity.

Order: score descending, then file and line ascending, so equal scores always come out in the
same order whatever order files and tests were run in. Ranks are positions (1-based); evaluation
counts ties separately (:mod:`tflm.evaluation.metrics`).

At function granularity a scope's score is the best score of its lines and its ``line`` is the
``def`` line (for module-level code, its best line). At file granularity a file's score is the
best score of its lines, and its ``line`` and ``scope`` are those of that best line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from tflm.collect.sources import MODULE_SCOPE, SourceFile
from tflm.errors import UsageError
from tflm.types import LineId, RelPath

Granularity = Literal["statement", "function", "file"]
GRANULARITIES: tuple[str, ...] = ("statement", "function", "file")


@dataclass(frozen=True)
class RankedItem:
    rank: int
    file: RelPath
    line: int
    score: float
    scope: str


def _sorted(items: list[tuple[float, RelPath, int, str]]) -> list[RankedItem]:
    if any(np.isnan(score) for score, _, _, _ in items):
        raise ValueError("a score is NaN; every method must give a number for every executed line")
    items.sort(key=lambda item: (-item[0], item[1], item[2]))
    return [RankedItem(i + 1, file, line, score, scope) for i, (score, file, line, scope) in enumerate(items)]


def rank(
    lines: Sequence[LineId],
    scores: npt.NDArray[np.float64],
    sources: Mapping[RelPath, SourceFile],
    granularity: str = "statement",
) -> list[RankedItem]:
    """Rank executed lines (or their scopes) by ``scores`` (shape (n_lines,))."""
    if granularity not in GRANULARITIES:
        raise UsageError(f"The granularity must be one of {', '.join(GRANULARITIES)}. Got '{granularity}' instead.")
    if len(lines) != len(scores):
        raise ValueError(f"{len(lines)} lines but {len(scores)} scores")

    def scope_of(line: LineId) -> str:
        source = sources.get(line.file)
        return source.scope_of.get(line.line, MODULE_SCOPE) if source else MODULE_SCOPE

    if granularity == "statement":
        return _sorted([(float(s), l.file, l.line, scope_of(l)) for l, s in zip(lines, scores)])
    if granularity == "file":
        best_in_file: dict[RelPath, tuple[float, int]] = {}
        for line, score in zip(lines, scores):
            value = float(score)
            current = best_in_file.get(line.file)
            # Equal scores: the first line of the file stands for it, whatever the input order.
            if current is None or value > current[0] or (value == current[0] and line.line < current[1]):
                best_in_file[line.file] = (value, line.line)
        return _sorted([(s, f, n, scope_of(LineId(f, n))) for f, (s, n) in best_in_file.items()])
    best: dict[tuple[RelPath, str], tuple[float, int]] = {}
    for line, score in zip(lines, scores):
        key = (line.file, scope_of(line))
        value = float(score)
        if key not in best or value > best[key][0]:
            best[key] = (value, line.line)
    items = []
    for (file, scope), (score, best_line) in best.items():
        source = sources.get(file)
        start = source.scope_start.get(scope) if source and scope != MODULE_SCOPE else None
        items.append((score, file, start if start is not None else best_line, scope))
    return _sorted(items)
