"""The program spectrum: which test executed which statement (outcome policy: :mod:`tflm.collect.outcomes`).

Rows are statement lines (the first line of each statement) executed by at least one ranked test,
sorted by file and line; columns are ranked tests sorted by node id, so nothing depends on the
order in which pytest ran them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from tflm.collect.outcomes import RANKED_STATUSES, TestOutcome
from tflm.collect.sources import SourceFile
from tflm.types import LineId, RelPath, TestId


@dataclass(frozen=True)
class Counts:
    """Per-line spectrum counts, arrays of shape (n_lines,).

    ``ef``/``ep``: failing/passing tests that executed the line; ``nf``/``np_``: failing/passing
    tests that did not."""

    ef: npt.NDArray[np.float64]
    ep: npt.NDArray[np.float64]
    nf: npt.NDArray[np.float64]
    np_: npt.NDArray[np.float64]


@dataclass
class Spectrum:
    """Coverage of ranked tests over executed statement lines.

    ``matrix`` is a boolean CSR matrix of shape (n_lines, n_tests): ``matrix[i, j]`` is true when
    test ``tests[j]`` executed line ``lines[i]`` in any phase.
    """

    project: Path
    lines: list[LineId]
    tests: list[TestId]
    matrix: sp.csr_array
    outcomes: dict[TestId, TestOutcome]
    sources: dict[RelPath, SourceFile] = field(default_factory=dict)

    @property
    def failing(self) -> npt.NDArray[np.bool_]:
        return np.array([self.outcomes[t].failing for t in self.tests], dtype=bool)

    @property
    def n_failing(self) -> int:
        return int(self.failing.sum())

    def counts(self) -> Counts:
        failing = self.failing
        m = self.matrix.astype(np.float64)
        ef = np.asarray(m @ failing.astype(np.float64)).ravel()
        ep = np.asarray(m @ (~failing).astype(np.float64)).ravel()
        total_failed = float(failing.sum())
        total_passed = float(len(self.tests) - total_failed)
        return Counts(ef=ef, ep=ep, nf=total_failed - ef, np_=total_passed - ep)

    def scope_of(self, line: LineId) -> str:
        source = self.sources.get(line.file)
        if source is None:
            return ""
        return source.scope_of.get(line.line, "")

    def summary(self) -> dict[str, int]:
        """The ``tests`` object of the JSON report."""
        statuses = [o.status for o in self.outcomes.values()]
        return {
            "total": len(statuses),
            "passed": statuses.count("passed") + statuses.count("xpassed"),
            "failed": statuses.count("failed"),
            "skipped": statuses.count("skipped") + statuses.count("xfailed"),
            "errors": statuses.count("error"),
            "timed_out": sum(1 for o in self.outcomes.values() if o.timed_out),
        }


def build_spectrum(
    project: Path,
    executed: Mapping[LineId, set[TestId]],
    outcomes: Mapping[TestId, TestOutcome],
    sources: Mapping[RelPath, SourceFile],
) -> Spectrum:
    """Assemble the matrix from per-line test sets (statement lines, any tests)."""
    tests = sorted(t for t, o in outcomes.items() if o.status in RANKED_STATUSES)
    column = {t: j for j, t in enumerate(tests)}
    rows: list[int] = []
    cols: list[int] = []
    lines: list[LineId] = []
    for line in sorted(executed):
        hits = sorted(column[t] for t in executed[line] if t in column)
        if not hits:
            continue
        i = len(lines)
        lines.append(line)
        rows.extend([i] * len(hits))
        cols.extend(hits)
    data = np.ones(len(rows), dtype=bool)
    matrix = sp.csr_array((data, (rows, cols)), shape=(len(lines), len(tests)), dtype=bool)
    return Spectrum(
        project=project,
        lines=lines,
        tests=tests,
        matrix=matrix,
        outcomes=dict(outcomes),
        sources=dict(sources),
    )
