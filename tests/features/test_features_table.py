"""The feature table as a whole: shapes, degenerate spectra, order independence, npz, speed."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from feature_helpers import build, failed, passed

from tflm.collect.spectrum import Spectrum
from tflm.features import SCHEMA_VERSION, FeatureTable, build_features
from tflm.features.structure import PROGRAM_NAMES, SCOPE_NAMES
from tflm.features.table import LINE_NAMES
from tflm.types import LineId

MAIN = """
from helpers import clamp


def average(values):
    total = 0
    for v in values:
        total += clamp(v)
    if not values:
        raise ZeroDivisionError("empty")
    return total / len(values)


def spread(values):
    return max(values) - min(values)
"""
HELPERS = """
LIMIT = 10


def clamp(v):
    if v > LIMIT:
        return LIMIT
    return v
"""


def scenario(tmp_path, main="main.py", helpers="helpers.py", test_order=("t1", "t2", "t3", "t4")):
    """A two-file program: ``average`` (in ``main``) calls ``clamp`` (in ``helpers``)."""
    runs = {
        "t1": ([(main, l) for l in (5, 6, 7, 8, 9, 10)] + [(helpers, l) for l in (5, 6)], "failed"),
        "t2": ([(main, l) for l in (5, 6, 9, 11)], "passed"),
        "t3": ([(main, l) for l in (5, 6, 7, 8, 9, 11)] + [(helpers, l) for l in (5, 7)], "passed"),
        "t4": ([(main, 15)], "failed"),
    }
    coverage = {t: runs[t][0] for t in test_order}
    outcomes = [
        failed(t, "ZeroDivisionError", [(main, 10)]) if t == "t1" else failed(t) if runs[t][1] == "failed" else passed(t)
        for t in test_order
    ]
    return build(tmp_path, {main: MAIN, helpers: HELPERS}, coverage, outcomes)


def assert_finite(table: FeatureTable) -> None:
    assert np.isfinite(table.X_line).all() and np.isfinite(table.X_scope).all() and np.isfinite(table.x_program).all()


def test_shapes_names_and_binary_features(tmp_path):
    spectrum = scenario(tmp_path)
    table = build_features(spectrum)
    assert table.lines == spectrum.lines
    assert table.X_line.shape == (len(spectrum.lines), len(table.line_names)) and table.X_line.dtype == np.float64
    assert table.X_scope.shape == (len(table.scopes), len(table.scope_names))
    assert table.x_program.shape == (len(table.program_names),)
    assert table.line_scope.dtype == np.int64 and table.line_scope.max() == len(table.scopes) - 1
    assert len(set(table.line_names)) == len(table.line_names)
    assert table.schema_version == SCHEMA_VERSION
    binary = [i for i, n in enumerate(table.line_names) if n.startswith(("kind_", "op_", "is_", "in_", "all_", "no_"))]
    assert set(np.unique(table.X_line[:, binary]).tolist()) <= {0.0, 1.0}
    kinds = [i for i, n in enumerate(table.line_names) if n.startswith("kind_")]
    assert (table.X_line[:, kinds].sum(axis=1) == 1).all()
    assert_finite(table)


def by_line(table: FeatureTable, rename: dict[str, str] | None = None) -> dict[LineId, list[float]]:
    rename = rename or {}
    return {LineId(rename.get(l.file, l.file), l.line): row.tolist() for l, row in zip(table.lines, table.X_line)}


def by_scope(table: FeatureTable, rename: dict[str, str] | None = None) -> dict[tuple[str, str], np.ndarray]:
    rename = rename or {}
    return {(rename.get(f, f), q): row for (f, q), row in zip(table.scopes, table.X_scope)}


def assert_same_scopes(a: dict[tuple[str, str], np.ndarray], b: dict[tuple[str, str], np.ndarray]) -> None:
    assert a.keys() == b.keys()
    for key in a:  # PageRank iterates in floating point: equal up to rounding
        np.testing.assert_allclose(a[key], b[key], rtol=1e-12, atol=1e-12)


def test_renaming_files_so_they_sort_the_other_way_changes_no_feature(tmp_path):
    first = build_features(scenario(tmp_path / "a"))
    swapped = build_features(scenario(tmp_path / "b", main="z_main.py", helpers="a_helpers.py"))
    assert swapped.lines[0].file == "a_helpers.py" and first.lines[0].file == "helpers.py"
    back = {"z_main.py": "main.py", "a_helpers.py": "helpers.py"}
    assert by_line(swapped, back) == by_line(first)
    assert_same_scopes(by_scope(swapped, back), by_scope(first))
    assert swapped.x_program.tolist() == first.x_program.tolist()


def test_permuting_rows_and_tests_of_the_spectrum_changes_no_feature(tmp_path):
    spectrum = scenario(tmp_path)
    table = build_features(spectrum)
    rows = np.random.default_rng(0).permutation(len(spectrum.lines))
    cols = np.array([3, 1, 0, 2])
    permuted = Spectrum(
        project=spectrum.project,
        lines=[spectrum.lines[i] for i in rows],
        tests=[spectrum.tests[j] for j in cols],
        matrix=sp.csr_array(spectrum.matrix.toarray()[rows][:, cols]),
        outcomes=spectrum.outcomes,
        sources=dict(reversed(spectrum.sources.items())),
    )
    other = build_features(permuted)
    assert by_line(other) == by_line(table)
    assert_same_scopes(by_scope(other), by_scope(table))
    assert other.x_program.tolist() == table.x_program.tolist()


def test_npz_round_trip_is_exact_without_pickle(tmp_path):
    table = build_features(scenario(tmp_path, main="pkg/häuser.py"))
    path = tmp_path / "features.npz"
    np.savez(path, **table.to_npz_dict())
    with np.load(path, allow_pickle=False) as data:
        loaded = FeatureTable.from_npz_dict(data)
    assert loaded.lines == table.lines and all(isinstance(l.line, int) for l in loaded.lines)
    assert loaded.scopes == table.scopes
    assert (loaded.line_names, loaded.scope_names, loaded.program_names) == (
        table.line_names,
        table.scope_names,
        table.program_names,
    )
    for name in ("X_line", "line_scope", "X_scope", "x_program"):
        original, copy = getattr(table, name), getattr(loaded, name)
        assert copy.dtype == original.dtype and copy.shape == original.shape
        assert np.array_equal(copy, original)
    assert loaded.schema_version == SCHEMA_VERSION


def test_npz_round_trip_of_an_empty_table_and_a_missing_key(tmp_path):
    table = build_features(build(tmp_path, {"m.py": "x = 1\n"}, {}, [failed("t")]))
    assert table.X_line.shape == (0, len(table.line_names)) and table.scopes == []
    path = tmp_path / "empty.npz"
    np.savez(path, **table.to_npz_dict())
    with np.load(path, allow_pickle=False) as data:
        loaded = FeatureTable.from_npz_dict(data)
        assert loaded.X_line.shape == table.X_line.shape and loaded.lines == []
        broken = {k: data[k] for k in data.files if k != "X_scope"}
    with pytest.raises(ValueError, match="X_scope"):
        FeatureTable.from_npz_dict(broken)


SMALL = """
def f(a, b):
    c = (a +
         b)
    return c
"""


@pytest.mark.parametrize(
    "coverage,outcomes",
    [
        pytest.param({"t": [("m.py", 2)]}, [failed("t")], id="single-line-single-test"),
        pytest.param({"t": [("m.py", 2)], "p": [("m.py", 2)]}, [failed("t"), passed("p")], id="single-line"),
        pytest.param(
            {"t": [("m.py", 2), ("m.py", 4)], "u": [("m.py", 2)]},
            [failed("t", "KeyError", [("m.py", 2)]), failed("u")],
            id="no-passing-tests",
        ),
        pytest.param(
            {"t": [("m.py", 2), ("m.py", 4)], "p": [("m.py", 2)]}, [passed("t"), passed("p")], id="no-failing-tests"
        ),
        pytest.param(
            {f"t{i:04d}": [("m.py", 2), ("m.py", 4)] for i in range(3000)} | {"p": [("m.py", 2)]},
            [failed(f"t{i:04d}", "ValueError", [("m.py", 4)]) for i in range(3000)] + [passed("p")],
            id="3000-failing-tests",
        ),
        pytest.param(
            {"t": [("m.py", 3), ("gone.py", 1)], "p": [("m.py", 2)]},
            [failed("t", "ValueError", [("gone.py", 1), ("m.py", 3)]), passed("p")],
            id="continuation-line-and-file-without-source",
        ),
    ],
)
def test_degenerate_spectra_give_finite_features(tmp_path, coverage, outcomes):
    spectrum = build(tmp_path, {"m.py": SMALL}, coverage, outcomes)
    table = build_features(spectrum)
    assert len(table.lines) == len(spectrum.lines) > 0
    assert_finite(table)


def test_a_20000_line_program_builds(tmp_path):
    functions = 2000  # 10 statement lines each
    body = "".join(
        f"def f{i}(xs, k={i}):\n"
        "    total = 0\n"
        "    for x in xs[1:]:\n"
        "        if x > k and not x % 3:\n"
        "            total += x * 2\n"
        "        elif x < -1:\n"
        '            raise ValueError("negative")\n'
        "        else:\n"
        f"            total = f{(i + 1) % functions}(xs[:-1], k)\n"
        "    assert total >= 0\n"
        "    return total\n\n\n"
        for i in range(functions)
    )
    files = {"pkg/big.py": body}
    statement_lines = [n for n, text in enumerate(body.splitlines(), 1) if text.strip() not in ("", "else:")]
    rng = np.random.default_rng(1)
    coverage = {}
    for t in range(60):
        start = int(rng.integers(0, len(statement_lines) - 500))
        coverage[f"t{t:02d}"] = [("pkg/big.py", n) for n in statement_lines[start : start + 500]]
    coverage["t00"] = [("pkg/big.py", n) for n in statement_lines]
    outcomes = [failed(t, "ValueError", coverage[t][-3:]) if i % 6 == 0 else passed(t) for i, t in enumerate(coverage)]
    spectrum = build(tmp_path, files, coverage, outcomes)
    started = time.perf_counter()
    table = build_features(spectrum)
    seconds = time.perf_counter() - started
    print(f"build_features: {len(table.lines)} lines, {len(table.scopes)} scopes in {seconds:.3f} s")
    assert len(table.lines) == len(statement_lines) >= 20000
    assert len(table.scopes) == functions + 1
    assert_finite(table)


def test_every_feature_is_documented():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "features.md").read_text(encoding="utf-8")
    names = [n for n in LINE_NAMES if not n.endswith(("_pct", "_gap")) or n.startswith(("dstar", "op2"))]
    missing = [n for n in (*names, *SCOPE_NAMES, *PROGRAM_NAMES) if f"`{n}`" not in docs]
    assert missing == []
    assert f"schema version {SCHEMA_VERSION})" in docs
