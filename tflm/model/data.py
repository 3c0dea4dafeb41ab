"""Training examples: a program's feature table with the bug label of each line, and the
concatenation of many programs into the flat arrays the learner works on."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tflm.features import FeatureTable
from tflm.types import LineId


@dataclass
class LabelledProgram:
    """One buggy program: its features and, per line of ``table.lines``, whether it is a bug line.

    ``subject`` groups programs for cross-validation (mutants of one subject are never split
    between training and scoring); ``case`` names the case. ``targets`` are all its bug lines
    as statement lines, executed or not (an unexecuted one is ranked after every line);
    ``counts`` (n_lines, 4), when known, holds ef, ep, nf, np of each line for the formulas."""

    table: FeatureTable
    labels: npt.NDArray[np.bool_]
    subject: str
    case: str
    targets: tuple[LineId, ...] = ()
    counts: npt.NDArray[np.float64] | None = None


def line_labels(table: FeatureTable, bug_lines: Sequence[LineId]) -> npt.NDArray[np.bool_]:
    """Which rows of ``table`` are bug lines (already mapped to statement lines)."""
    wanted = set(bug_lines)
    return np.fromiter((line in wanted for line in table.lines), dtype=bool, count=len(table.lines))


@dataclass
class Stacked:
    """Many programs as flat arrays: lines (N_l, d_line) with labels ``y``, ``line_scope``
    (global scope index) and ``line_program``; scopes (N_s, d_scope) with ``scope_program``;
    programs (N_p, d_program)."""

    X_line: npt.NDArray[np.float64]
    y: npt.NDArray[np.bool_]
    line_scope: npt.NDArray[np.int64]
    line_program: npt.NDArray[np.int64]
    X_scope: npt.NDArray[np.float64]
    scope_program: npt.NDArray[np.int64]
    X_program: npt.NDArray[np.float64]
    line_names: list[str]
    scope_names: list[str]
    program_names: list[str]

    @property
    def n_programs(self) -> int:
        return int(self.X_program.shape[0])


def stack(programs: Sequence[LabelledProgram]) -> Stacked:
    """Concatenate ``programs`` (at least one; all with the same feature names)."""
    if not programs:
        raise ValueError("stack needs at least one program")
    first = programs[0].table
    for p in programs:
        t = p.table
        if (t.line_names, t.scope_names, t.program_names) != (first.line_names, first.scope_names,
                                                              first.program_names):
            raise ValueError(f"case {p.case} has other feature names than case {programs[0].case}")
        if p.labels.shape != (len(t.lines),):
            raise ValueError(f"case {p.case}: {p.labels.shape[0]} labels for {len(t.lines)} lines")
    scope_base = np.cumsum([0] + [len(p.table.scopes) for p in programs])
    return Stacked(
        X_line=np.vstack([p.table.X_line.reshape(-1, len(first.line_names)) for p in programs]),
        y=np.concatenate([np.asarray(p.labels, dtype=bool) for p in programs]),
        line_scope=np.concatenate([p.table.line_scope + scope_base[i] for i, p in enumerate(programs)]),
        line_program=np.concatenate([np.full(len(p.table.lines), i, dtype=np.int64) for i, p in enumerate(programs)]),
        X_scope=np.vstack([p.table.X_scope.reshape(-1, len(first.scope_names)) for p in programs]),
        scope_program=np.concatenate([np.full(len(p.table.scopes), i, dtype=np.int64) for i, p in enumerate(programs)]),
        X_program=np.vstack([p.table.x_program.reshape(1, -1) for p in programs]),
        line_names=list(first.line_names),
        scope_names=list(first.scope_names),
        program_names=list(first.program_names),
    )


def digest(programs: Sequence[LabelledProgram]) -> str:
    """sha256 of what a model learns from: every case name, feature value and label, in order of
    case name (so the same corpus gives the same hash however it was listed)."""
    h = hashlib.sha256()
    for p in sorted(programs, key=lambda p: p.case):
        h.update(p.case.encode())
        for array in (p.table.X_line, p.table.line_scope, p.table.X_scope, p.table.x_program, p.labels):
            h.update(np.ascontiguousarray(array).tobytes())
    return h.hexdigest()
