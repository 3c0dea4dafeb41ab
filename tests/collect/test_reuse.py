"""A spectrum from recorded coverage data and JUnit XML, checked against a fresh `tflm localize`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tflm.cli.main import cli
from tflm.collect.reuse import JUnitCase, RecordedRun, case_to_nodeid, collect_recorded, junit_key
from tflm.collect.runner import RunOptions, collect

STATS = '''\
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return lo
    return x


def ratio(a, b):
    return a / b
'''
TESTS = '''\
import pytest

from pkg.stats import clamp, ratio


class TestClamp:
    @pytest.mark.parametrize("x,expected", [(-1.5, 0), (0.5, 0.5), (7, 1)])
    def test_clamp(self, x, expected):
        assert clamp(x, 0, 1) == expected

    class TestNested:
        def test_inside(self):
            assert clamp(0.25, 0, 1) == 0.25


def test_ratio():
    assert ratio(1, 2) == 0.5


def test_ratio_zero():
    assert ratio(1, 0) == float("inf")


def test_runs_no_source_line():
    assert True


@pytest.mark.xfail(reason="known")
def test_xfail():
    assert clamp(5, 0, 1) == 5


@pytest.fixture
def broken():
    yield
    raise RuntimeError("teardown")


def test_teardown_error(broken):
    assert clamp(2, 0, 1) == 1
'''


def make_project(root: Path) -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("")
    (root / "pkg" / "stats.py").write_text(STATS)
    (root / "tests").mkdir()
    (root / "tests" / "test_stats.py").write_text(TESTS)
    (root / "pytest.ini").write_text("[pytest]\ntestpaths = tests\n")
    return root


def record(project: Path, *cov_args: str) -> None:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:tflm", "-p", "no:randomly", "-q",
         *cov_args, "--junitxml=results.xml"],
        cwd=project, env=env, capture_output=True, text=True,
    )
    assert done.returncode == 1, done.stdout + done.stderr  # tests fail: that is the point


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("recorded") / "proj")
    record(project, "--cov=pkg", "--cov-context=test")
    return project


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_junit_names_back_to_node_ids(tmp_path):
    make_project(tmp_path)
    nodeid = "tests/test_stats.py::TestClamp::test_clamp[-1.5-0]"
    assert junit_key(nodeid) == ("tests.test_stats.TestClamp", "test_clamp[-1.5-0]")
    assert junit_key("tests/test_stats.py::test_x[a.b::c]") == ("tests.test_stats", "test_x[a.b::c]")

    def back(classname: str, name: str, file: str | None = None, known: dict | None = None) -> str:
        return case_to_nodeid(JUnitCase(classname, name, file, "passed", "", 0.0), tmp_path, known or {})

    # From the file system: the longest dotted prefix that is a .py file is the module.
    assert back("tests.test_stats", "test_x[param]") == "tests/test_stats.py::test_x[param]"
    assert back("tests.test_stats.TestK", "test_x") == "tests/test_stats.py::TestK::test_x"
    assert back("tests.test_stats.TestK.Inner", "test_x[1.5]") == "tests/test_stats.py::TestK::Inner::test_x[1.5]"
    # xunit1's file attribute names the module exactly; known node ids win over guessing.
    assert back("a.b.TestK", "t", file="a/b.py") == "a/b.py::TestK::t"
    assert back("tests.v1.2.test_x", "t", known={("tests.v1.2.test_x", "t"): "tests/v1.2/test_x.py::t"}) == "tests/v1.2/test_x.py::t"


def test_recorded_run_ranks_like_a_fresh_run(recorded):
    fresh = json.loads(invoke("localize", str(recorded), "-f", "json").output)
    reused = invoke("localize", str(recorded), "--coverage-file", str(recorded / ".coverage"),
                    "--junit-xml", str(recorded / "results.xml"), "-f", "json")
    assert reused.exit_code == 0, reused.output
    doc = json.loads(reused.output)
    assert doc["ranking"] == fresh["ranking"]
    assert doc["tests"] == fresh["tests"] == {"total": 9, "passed": 5, "failed": 3, "skipped": 1, "errors": 0,
                                              "timed_out": 0}
    assert doc["ranking"][0]["line"] == 5  # `return lo`, the bug


def test_recorded_outcomes_follow_the_collectors_policy(recorded):
    reused = collect_recorded(RecordedRun(recorded, recorded / ".coverage", recorded / "results.xml")).spectrum
    fresh = collect(RunOptions(recorded)).spectrum
    assert reused.tests == fresh.tests and reused.lines == fresh.lines
    assert (reused.matrix != fresh.matrix).nnz == 0
    for nodeid, outcome in fresh.outcomes.items():
        mine = reused.outcomes[nodeid]
        assert (mine.status, mine.traceback, mine.exc_type) == (outcome.status, outcome.traceback, outcome.exc_type), nodeid
    zero = reused.outcomes["tests/test_stats.py::test_ratio_zero"]
    assert zero.traceback == (("pkg/stats.py", 10),) and zero.exc_type == "ZeroDivisionError"
    assert reused.outcomes["tests/test_stats.py::test_xfail"].status == "xfailed"
    assert reused.outcomes["tests/test_stats.py::test_teardown_error"].status == "failed"


def test_data_recorded_in_another_checkout_and_changed_sources(recorded, tmp_path):
    moved = tmp_path / "moved"
    shutil.copytree(recorded, moved)  # keeps mtimes: the sources are older than the data
    args = ["localize", str(moved), "--coverage-file", str(moved / ".coverage"), "--junit-xml",
            str(moved / "results.xml"), "-f", "json"]
    result = invoke(*args)
    assert result.exit_code == 0
    original = json.loads(invoke("localize", str(recorded), "--coverage-file", str(recorded / ".coverage"),
                                 "--junit-xml", str(recorded / "results.xml"), "-f", "json").output)
    assert json.loads(result.output)["ranking"] == original["ranking"]
    later = (moved / ".coverage").stat().st_mtime + 60
    os.utime(moved / "pkg" / "stats.py", (later, later))
    run = collect_recorded(RecordedRun(moved, moved / ".coverage", moved / "results.xml"))
    assert any("changed since the coverage data was recorded" in w and "pkg/stats.py" in w for w in run.warnings)
    doc = json.loads(CliRunner().invoke(cli, args).stdout)
    assert any("pkg/stats.py" in w for w in doc["warnings"])
    text = invoke("localize", str(moved), "--coverage-file", str(moved / ".coverage"), "--junit-xml",
                  str(moved / "results.xml")).output
    assert "warning: source files changed" in text and "pkg/stats.py" in text


def test_coverage_without_contexts_says_how_to_record(tmp_path):
    project = make_project(tmp_path / "proj")
    record(project, "--cov=pkg")
    result = invoke("localize", str(project), "--coverage-file", str(project / ".coverage"),
                    "--junit-xml", str(project / "results.xml"))
    assert result.exit_code == 2
    assert "has no per-test contexts" in result.output and "--cov-context=test" in result.output


def test_no_common_tests(recorded, tmp_path):
    junit = tmp_path / "other.xml"
    junit.write_text('<testsuites><testsuite name="pytest"><testcase classname="other.test_mod" name="test_a" time="0.1">'
                     '<failure message="boom">boom</failure></testcase></testsuite></testsuites>')
    result = invoke("localize", str(recorded), "--coverage-file", str(recorded / ".coverage"), "--junit-xml", str(junit))
    assert result.exit_code == 2
    assert "no test in common" in result.output and "other/test_mod.py::test_a" in result.output


def test_bad_inputs_are_usage_errors(recorded, tmp_path):
    cov, junit = str(recorded / ".coverage"), str(recorded / "results.xml")
    garbage = tmp_path / "garbage"
    garbage.write_text("not sqlite, not xml")
    cases = [
        (["--coverage-file", cov], "--coverage-file needs --junit-xml"),
        (["--junit-xml", junit], "--junit-xml needs --coverage-file"),
        (["--coverage-file", cov, "--junit-xml", junit, "--", "-k", "x"], "no test runs"),
        (["--coverage-file", cov, "--junit-xml", junit, "--timeout", "5"], "--timeout has no effect"),
        (["--coverage-file", str(tmp_path / "nope"), "--junit-xml", junit], "does not exist"),
        (["--coverage-file", str(garbage), "--junit-xml", junit], "is not a coverage data file"),
        (["--coverage-file", cov, "--junit-xml", str(garbage)], "is not readable JUnit XML"),
        (["--coverage-file", cov, "--junit-xml", junit, "--include", "tests/*.py"], "is a source file of"),
    ]
    for extra, message in cases:
        result = CliRunner().invoke(cli, ["localize", str(recorded), *extra])
        assert result.exit_code == 2, (extra, result.output)
        assert message in result.output and "Traceback" not in result.output, (extra, result.output)
