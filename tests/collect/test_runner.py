"""The collector end to end on fixture projects, checked against independent computations."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from coverage import CoverageData

from conftest import tree_digest
from tflm.collect.runner import RunOptions, collect
from tflm.collect.sources import is_test_path, parse_source, select_source_files
from tflm.errors import ProjectRunError, SourceError, UsageError
from tflm.types import LineId


def independent_lines(project: Path, nodeid: str | None, tmp: Path) -> set[int]:
    """Lines of shapes/geometry.py one test executes, from a plain `coverage run` of that test alone."""
    data_file = tmp / "independent.cov"
    data_file.unlink(missing_ok=True)
    # Without a node id: the lines run while pytest only collects, i.e. at import time.
    target = ["-m", "pytest", "-q", "-p", "no:cacheprovider", nodeid or "--collect-only"]
    subprocess.run(
        [sys.executable, "-m", "coverage", "run", f"--data-file={data_file}", "--include=shapes/*", *target],
        cwd=project, check=False, capture_output=True, env={"PYTHONDONTWRITEBYTECODE": "1", "PATH": "/usr/bin:/bin"},
    )
    data = CoverageData(basename=str(data_file))
    data.read()
    return set(data.lines(str(project / "shapes" / "geometry.py")) or [])


def test_spectrum_matches_per_test_coverage_runs(fixture_copy, tmp_path):
    project = fixture_copy("shapes")
    result = collect(RunOptions(project=project))
    spectrum = result.spectrum
    import_lines = independent_lines(project, None, tmp_path)
    for j, nodeid in enumerate(spectrum.tests):
        expected = independent_lines(project, nodeid, tmp_path) - import_lines
        column = spectrum.matrix[:, [j]].toarray().ravel()
        got = {spectrum.lines[i].line for i in np.flatnonzero(column)}
        assert got == expected, nodeid


def test_counts_and_outcomes(fixture_copy):
    spectrum = collect(RunOptions(project=fixture_copy("shapes"))).spectrum
    assert spectrum.summary() == {"total": 8, "passed": 5, "failed": 2, "skipped": 1, "errors": 0, "timed_out": 0}
    counts = spectrum.counts()
    row = spectrum.lines.index(LineId("shapes/geometry.py", 13))
    assert (counts.ef[row], counts.ep[row], counts.nf[row], counts.np_[row]) == (2, 0, 0, 5)
    assert spectrum.scope_of(LineId("shapes/geometry.py", 13)) == "triangle_area"
    # Lines run only at import time (def lines) are not in the spectrum.
    assert LineId("shapes/geometry.py", 10) not in spectrum.lines


def test_results_do_not_depend_on_test_order(fixture_copy):
    project = fixture_copy("shapes")
    forward = collect(RunOptions(project=project)).spectrum
    ids = sorted(forward.outcomes)
    backward = collect(RunOptions(project=project, pytest_args=list(reversed(ids)))).spectrum
    assert forward.lines == backward.lines and forward.tests == backward.tests
    assert (forward.matrix != backward.matrix).nnz == 0


def test_traceback_frames_in_source_files(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "lib.py").write_text("def f(d):\n    return d['k']\n\ndef g(d):\n    return f(d)\n")
    (tmp_path / "test_lib.py").write_text("from lib import g\n\ndef test_g():\n    assert g({}) == 1\n")
    spectrum = collect(RunOptions(project=tmp_path)).spectrum
    outcome = spectrum.outcomes["test_lib.py::test_g"]
    assert outcome.exc_type == "KeyError"
    assert outcome.traceback == (LineId("lib.py", 5), LineId("lib.py", 2))


def test_multiline_statement_counts_as_its_first_line(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "lib.py").write_text("def f(a,\n      b):\n    total = (a +\n             b)\n    return total\n")
    (tmp_path / "test_lib.py").write_text("from lib import f\n\ndef test_f():\n    assert f(1, 2) == 4\n")
    spectrum = collect(RunOptions(project=tmp_path)).spectrum
    assert spectrum.lines == [LineId("lib.py", 3), LineId("lib.py", 5)]


def test_hanging_tests_time_out_and_the_run_goes_on(fixture_copy):
    project = fixture_copy("hanging")
    before = tree_digest(project)
    result = collect(RunOptions(project=project, timeout=1.0))
    outcomes = result.spectrum.outcomes
    assert outcomes["tests/test_loops.py::test_odd_hangs"].timed_out
    assert outcomes["tests/test_loops.py::test_stubborn_hang"].timed_out
    assert outcomes["tests/test_loops.py::test_double"].status == "passed"
    assert result.spectrum.summary()["timed_out"] == 2
    assert tree_digest(project) == before


def test_crashing_tests_keep_earlier_spectra(fixture_copy):
    project = fixture_copy("crashing")
    before = tree_digest(project)
    result = collect(RunOptions(project=project))
    spectrum = result.spectrum
    assert result.crashed == ["tests/test_ops.py::test_b_exit", "tests/test_ops.py::test_d_segfault"]
    outcomes = spectrum.outcomes
    assert outcomes["tests/test_ops.py::test_b_exit"].crashed and outcomes["tests/test_ops.py::test_b_exit"].failing
    assert outcomes["tests/test_ops.py::test_e_fixture_exits"].status == "error"
    assert outcomes["tests/test_ops.py::test_f_add_again"].status == "passed"
    add_row = spectrum.lines.index(LineId("calc/ops.py", 6))
    hit = {spectrum.tests[j] for j in spectrum.matrix[[add_row], :].indices}
    assert hit == {"tests/test_ops.py::test_a_add", "tests/test_ops.py::test_f_add_again"}
    assert tree_digest(project) == before


def test_syntax_error_names_file_and_line(fixture_copy):
    with pytest.raises(SourceError, match=r"pkg/bad.py:1: syntax error"):
        collect(RunOptions(project=fixture_copy("syntaxerr")))


def test_collection_error_carries_pytest_message(fixture_copy):
    with pytest.raises(ProjectRunError, match="No module named 'not_a_module_anywhere'"):
        collect(RunOptions(project=fixture_copy("collecterr")))


def test_no_tests_collected(fixture_copy):
    with pytest.raises(ProjectRunError, match="collected no tests"):
        collect(RunOptions(project=fixture_copy("notests")))


def test_interpreter_without_pytest(fixture_copy, tmp_path):
    venv = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    with pytest.raises(ProjectRunError, match="pytest is not installed"):
        collect(RunOptions(project=fixture_copy("shapes"), python=str(venv / "bin" / "python")))


def test_interpreter_missing(fixture_copy):
    with pytest.raises(ProjectRunError, match="was not found"):
        collect(RunOptions(project=fixture_copy("shapes"), python="/no/such/python"))


def test_project_path_errors(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        collect(RunOptions(project=tmp_path / "missing"))
    (tmp_path / "file.py").write_text("x = 1\n")
    with pytest.raises(UsageError, match="not a directory"):
        collect(RunOptions(project=tmp_path / "file.py"))


def test_bad_timeout(fixture_copy):
    with pytest.raises(UsageError, match="must be a number > 0. Got -1 instead"):
        collect(RunOptions(project=fixture_copy("shapes"), timeout=-1))


def test_source_selection_and_globs(tmp_path):
    for rel in ["pkg/a.py", "pkg/tests/test_a.py", "tests/helpers.py", "conftest.py", "test_top.py",
                "pkg/b_test.py", ".venv/lib/x.py", "build/lib/pkg/a.py", "docs/conf.py"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x = 1\n")
    assert select_source_files(tmp_path) == ["docs/conf.py", "pkg/a.py"]
    assert select_source_files(tmp_path, omit=["docs/*"]) == ["pkg/a.py"]
    assert select_source_files(tmp_path, include=["tests/*.py"]) == ["tests/helpers.py"]
    with pytest.raises(UsageError, match="No Python source files"):
        select_source_files(tmp_path, include=["nothing/*.py"])
    assert is_test_path("a/testing/x.py") and not is_test_path("a/contest.py")


def test_statement_and_scope_maps(tmp_path):
    (tmp_path / "m.py").write_text(
        "class A:\n"
        "    @staticmethod\n"
        "    def f(x):\n"
        "        def inner():\n"
        "            return [x,\n"
        "                    x]\n"
        "        return inner()\n"
        "y = 1\n"
    )
    source = parse_source(tmp_path, "m.py")
    assert source.statement_of[6] == 5 and source.statement_of[2] == 3
    assert source.scope_of[5] == "A.f.inner" and source.scope_of[7] == "A.f" and source.scope_of[8] == "<module>"
    assert source.scope_start == {"A.f": 3, "A.f.inner": 4}


def test_a_failing_subtest_makes_its_test_failed(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "lib.py").write_text("def double(x):\n    if x == 3:\n        return 7\n    return 2 * x\n")
    (tmp_path / "test_lib.py").write_text(
        "import unittest\nfrom lib import double\n\n"
        "class T(unittest.TestCase):\n"
        "    def test_many(self):\n"
        "        for x in range(5):\n"
        "            with self.subTest(x=x):\n"
        "                self.assertEqual(double(x), 2 * x)\n\n"
        "def test_plain():\n    assert double(1) == 2\n"
    )
    outcomes = collect(RunOptions(project=tmp_path)).spectrum.outcomes
    many = outcomes["test_lib.py::T::test_many"]
    assert many.status == "failed" and many.exc_type == "AssertionError"
    assert outcomes["test_lib.py::test_plain"].status == "passed"
