"""Small hand-checkable spectra for the feature tests, built without running pytest.

Imported by the test modules beside it (pytest puts this directory on ``sys.path``: it has no
``__init__.py``)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

from tflm.collect.outcomes import TestOutcome
from tflm.collect.sources import parse_source
from tflm.collect.spectrum import Spectrum, build_spectrum
from tflm.features import FeatureTable
from tflm.types import LineId


def build(
    root: Path,
    files: Mapping[str, str],
    coverage: Mapping[str, Iterable[tuple[str, int]]],
    outcomes: Iterable[TestOutcome],
) -> Spectrum:
    """Write ``files`` (dedented) under ``root``, parse them, and assemble the spectrum in which
    test ``t`` executed the (file, line) pairs of ``coverage[t]``."""
    sources = {}
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
        sources[rel] = parse_source(root, rel)
    executed: dict[LineId, set[str]] = {}
    for test, lines in coverage.items():
        for file, line in lines:
            executed.setdefault(LineId(file, line), set()).add(test)
    return build_spectrum(root, executed, {o.nodeid: o for o in outcomes}, sources)


def passed(nodeid: str) -> TestOutcome:
    return TestOutcome(nodeid, "passed")


def failed(
    nodeid: str, exc_type: str | None = "AssertionError", traceback: Iterable[tuple[str, int]] = ()
) -> TestOutcome:
    """A failing outcome; ``traceback`` lists source frames outermost first."""
    return TestOutcome(nodeid, "failed", exc_type=exc_type, traceback=tuple(LineId(f, l) for f, l in traceback))


def line_value(table: FeatureTable, file: str, line: int, name: str) -> float:
    return float(table.X_line[table.lines.index(LineId(file, line)), table.line_names.index(name)])


def line_features(table: FeatureTable, file: str, line: int) -> dict[str, float]:
    row = table.X_line[table.lines.index(LineId(file, line))]
    return {name: float(v) for name, v in zip(table.line_names, row)}


def scope_features(table: FeatureTable, file: str, qualname: str) -> dict[str, float]:
    row = table.X_scope[table.scopes.index((file, qualname))]
    return {name: float(v) for name, v in zip(table.scope_names, row)}


def program_features(table: FeatureTable) -> dict[str, float]:
    return {name: float(v) for name, v in zip(table.program_names, table.x_program)}
