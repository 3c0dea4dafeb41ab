"""The feature table of one program (Program > Scope > Line) and how it is built and saved.

Saved form: a flat ``dict[str, np.ndarray]`` for ``np.savez``, strings as unicode arrays, so that
``np.load(path, allow_pickle=False)`` reads it back exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tflm.collect.spectrum import Spectrum
from tflm.features.dynamic import (
    SPECTRUM_NAMES,
    TRACEBACK_NAMES,
    failing_traces,
    spectrum_features,
    spectrum_scores,
    traceback_features,
)
from tflm.features.static import STATIC_NAMES, FileStatic, analyze_file, missing_row
from tflm.features.structure import (
    PROGRAM_NAMES,
    SCOPE_NAMES,
    assign_scopes,
    call_graph,
    program_features,
    scope_features,
)
from tflm.types import LineId, RelPath

SCHEMA_VERSION = 1
"""Bumped whenever a feature is added, removed, renamed or computed differently."""

LINE_NAMES: tuple[str, ...] = SPECTRUM_NAMES + TRACEBACK_NAMES + STATIC_NAMES


@dataclass
class FeatureTable:
    """Features of one program at three levels.

    ``X_line`` has shape (n_lines, len(line_names)), rows in the order of ``lines`` (the
    spectrum's); ``line_scope[i]`` is the row of ``X_scope`` (shape (n_scopes, len(scope_names)))
    holding line ``i``; ``scopes`` are (file, qualname) in first-appearance order of the lines;
    ``x_program`` has shape (len(program_names),). Every value is finite; binary features are
    0.0 / 1.0.
    """

    lines: list[LineId]
    line_names: list[str]
    X_line: npt.NDArray[np.float64]
    line_scope: npt.NDArray[np.int64]
    scopes: list[tuple[str, str]]
    scope_names: list[str]
    X_scope: npt.NDArray[np.float64]
    program_names: list[str]
    x_program: npt.NDArray[np.float64]
    schema_version: int = SCHEMA_VERSION

    def to_npz_dict(self) -> dict[str, np.ndarray]:
        """Arrays for ``np.savez``; :meth:`from_npz_dict` reads them back exactly."""
        return {
            "schema_version": np.array(self.schema_version, dtype=np.int64),
            "line_file": _strings([line.file for line in self.lines]),
            "line_number": np.array([line.line for line in self.lines], dtype=np.int64),
            "line_names": _strings(self.line_names),
            "X_line": np.asarray(self.X_line, dtype=np.float64),
            "line_scope": np.asarray(self.line_scope, dtype=np.int64),
            "scope_file": _strings([file for file, _ in self.scopes]),
            "scope_qualname": _strings([qual for _, qual in self.scopes]),
            "scope_names": _strings(self.scope_names),
            "X_scope": np.asarray(self.X_scope, dtype=np.float64),
            "program_names": _strings(self.program_names),
            "x_program": np.asarray(self.x_program, dtype=np.float64),
        }

    @classmethod
    def from_npz_dict(cls, data: Mapping[str, np.ndarray]) -> FeatureTable:
        """The table saved by :meth:`to_npz_dict` (from a dict or an ``np.load`` result).

        The stored ``schema_version`` is kept as is: callers compare it with
        :data:`SCHEMA_VERSION` to tell a stale cache."""
        missing = [key for key in _KEYS if key not in data]
        if missing:
            raise ValueError(f"Not a feature table: the keys {', '.join(missing)} are missing.")
        return cls(
            lines=[LineId(str(f), int(n)) for f, n in zip(data["line_file"], data["line_number"])],
            line_names=[str(s) for s in data["line_names"]],
            X_line=np.asarray(data["X_line"], dtype=np.float64),
            line_scope=np.asarray(data["line_scope"], dtype=np.int64),
            scopes=[(str(f), str(q)) for f, q in zip(data["scope_file"], data["scope_qualname"])],
            scope_names=[str(s) for s in data["scope_names"]],
            X_scope=np.asarray(data["X_scope"], dtype=np.float64),
            program_names=[str(s) for s in data["program_names"]],
            x_program=np.asarray(data["x_program"], dtype=np.float64),
            schema_version=int(data["schema_version"]),
        )


_KEYS: tuple[str, ...] = (
    "schema_version",
    "line_file",
    "line_number",
    "line_names",
    "X_line",
    "line_scope",
    "scope_file",
    "scope_qualname",
    "scope_names",
    "X_scope",
    "program_names",
    "x_program",
)


def _strings(values: list[str]) -> npt.NDArray[np.str_]:
    # dtype=str gives a fixed-width unicode array (never object), which np.load reads without pickle.
    return np.array(values, dtype=str) if values else np.zeros(0, dtype="<U1")


def static_rows(spectrum: Spectrum, statics: Mapping[RelPath, FileStatic]) -> npt.NDArray[np.float64]:
    """Static features of every spectrum line, shape (n_lines, len(STATIC_NAMES))."""
    n = len(spectrum.lines)
    out = np.repeat(missing_row()[None, :], n, axis=0)
    by_file: dict[RelPath, list[int]] = {}
    for i, line in enumerate(spectrum.lines):
        by_file.setdefault(line.file, []).append(i)
    for file, rows in by_file.items():
        static = statics.get(file)
        if static is not None:
            out[rows] = static.rows(np.array([spectrum.lines[i].line for i in rows], dtype=np.int64))
    return out


def build_features(spectrum: Spectrum) -> FeatureTable:
    """Line, scope and program features of a spectrum and its parsed sources.

    Each source file holding an executed line is analysed once; files without one are not read.
    Raises ``ValueError`` naming the feature if a value is not finite (a bug in this module)."""
    lines = list(spectrum.lines)
    counts = spectrum.counts()
    scores = spectrum_scores(counts)
    failing = spectrum.failing
    traces = failing_traces([spectrum.outcomes[t] for t in spectrum.tests])
    index = {line: i for i, line in enumerate(lines)}
    files = {line.file for line in lines}
    statics = {f: analyze_file(spectrum.sources[f]) for f in sorted(files) if f in spectrum.sources}

    X_line = np.hstack(
        [
            spectrum_features(counts, scores),
            traceback_features(index, traces),
            static_rows(spectrum, statics),
        ]
    )
    scopes, line_scope = assign_scopes(lines, spectrum.sources)
    X_scope = scope_features(
        scopes,
        line_scope,
        spectrum.matrix,
        failing,
        scores["ochiai"],
        traces,
        spectrum.sources,
        statics,
        call_graph(statics),
    )
    x_program = program_features(len(spectrum.tests), int(failing.sum()), scores["ochiai"], traces, len(scopes))
    table = FeatureTable(
        lines=lines,
        line_names=list(LINE_NAMES),
        X_line=X_line.reshape(len(lines), len(LINE_NAMES)),
        line_scope=line_scope,
        scopes=scopes,
        scope_names=list(SCOPE_NAMES),
        X_scope=X_scope.reshape(len(scopes), len(SCOPE_NAMES)),
        program_names=list(PROGRAM_NAMES),
        x_program=x_program,
    )
    _check_finite(table)
    return table


def _check_finite(table: FeatureTable) -> None:
    for level, names, X in (
        ("line", table.line_names, table.X_line.reshape(-1, len(table.line_names))),
        ("scope", table.scope_names, table.X_scope.reshape(-1, len(table.scope_names))),
        ("program", table.program_names, table.x_program.reshape(1, -1)),
    ):
        bad = np.atleast_1d(~np.isfinite(X).all(axis=0))
        if bad.any():
            wrong = ", ".join(n for n, b in zip(names, bad) if b)
            raise ValueError(f"The {level} features {wrong} hold NaN or infinite values; they must be finite.")
