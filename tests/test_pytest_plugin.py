"""`pytest --tflm`, run through pytester in a subprocess (the entry point loads as it would for a user)."""

from __future__ import annotations

import json
import os
import tempfile

import pytest
from click.testing import CliRunner

from tflm.cli.main import cli

STATS = '''
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return lo
    return x


def ratio(a, b):
    return a / b
'''
TESTS = '''
import pytest

from pkg.stats import clamp, ratio


@pytest.mark.parametrize("x,expected", [(-1.5, 0), (0.5, 0.5), (7, 1)])
def test_clamp(x, expected):
    assert clamp(x, 0, 1) == expected


class TestClamp:
    def test_high(self):
        assert clamp(3, 0, 2) == 2

    def test_inside(self):
        assert clamp(0.25, 0, 1) == 0.25


def test_ratio():
    assert ratio(1, 2) == 0.5
'''
PROBE = '''
import json, sys

def pytest_sessionfinish(session):
    with open("probe.json", "w") as f:
        json.dump({"coverage": sorted(m for m in sys.modules if m == "coverage" or m.startswith("coverage.")),
                   "tracer": repr(sys.gettrace()),
                   "tflm": sorted(m for m in sys.modules if m == "tflm" or m.startswith("tflm.")),
                   "numpy": "numpy" in sys.modules,
                   "plugins": [n for n in ("tflm", "tflm-session", "tflm-collector")
                               if session.config.pluginmanager.has_plugin(n)]}, f)
'''


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.mkpydir("pkg")
    (pytester.path / "pkg" / "stats.py").write_text(STATS.lstrip("\n"))
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_stats.py").write_text(TESTS)
    pytester.makeini("[pytest]\ntestpaths = tests\n")
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)


def test_without_flag_nothing_is_imported_or_traced(project):
    project.makeconftest(PROBE)
    result = run(project)
    result.assert_outcomes(passed=4, failed=2)
    probe = json.loads((project.path / "probe.json").read_text())
    assert probe["plugins"] == ["tflm"]  # the entry point is loaded, and that is all
    assert probe["coverage"] == [] and probe["tracer"] == "None"
    assert probe["tflm"] == ["tflm", "tflm.pytest_plugin"] and probe["numpy"] is False
    assert "most suspicious" not in result.stdout.str()


def test_summary_and_reports_match_tflm_localize(project):
    project.makeconftest(PROBE)
    temp_before = set(os.listdir(tempfile.gettempdir()))
    result = run(project, "--tflm", "--tflm-report", "json:tflm.json", "--tflm-report", "html:tflm.html",
                 "--tflm-report", "sarif:tflm.sarif")
    result.assert_outcomes(passed=4, failed=2)
    assert result.ret == 1  # pytest's own exit status is unchanged
    out = result.stdout.str()
    result.stdout.fnmatch_lines(["*tflm: most suspicious lines (ochiai)*", "*2 failed, 0 errors, 4 passed*",
                                 "   1  pkg/stats.py:5 *1.0000  clamp  return lo"])
    shown = [line for line in out.splitlines() if line[:4].strip().isdigit() and "pkg/stats.py:" in line]
    assert len(shown) == 6  # every executed line: fewer than the default 10
    probe = json.loads((project.path / "probe.json").read_text())
    assert probe["plugins"] == ["tflm", "tflm-session", "tflm-collector"]
    fresh = json.loads(CliRunner().invoke(cli, ["localize", str(project.path), "-f", "json", "-m", "ochiai"]).output)
    report = json.loads((project.path / "tflm.json").read_text())
    assert report["ranking"] == fresh["ranking"] and report["tests"] == fresh["tests"]
    assert (project.path / "tflm.html").read_text().startswith("<!DOCTYPE html>")
    assert json.loads((project.path / "tflm.sarif").read_text())["runs"][0]["results"][0]["ruleId"] == "tflm.ochiai.statement"
    assert "tflm: wrote the html report to tflm.html" in out
    assert not (project.path / ".coverage").exists()
    leftovers = {n for n in set(os.listdir(tempfile.gettempdir())) - temp_before if n.startswith("tflm-pytest-")}
    assert leftovers == set()


def test_options_top_method_granularity(project):
    result = run(project, "--tflm", "--tflm-top", "2", "--tflm-method", "tarantula", "--tflm-granularity", "function",
                 "--tflm-report", "csv:out.csv")
    result.stdout.fnmatch_lines(["*tflm: most suspicious functions (tarantula)*", "   1  pkg/stats.py:1 *clamp", "   2  pkg/stats.py:9 *ratio"])
    assert len((project.path / "out.csv").read_text().splitlines()) == 1 + 2  # --tflm-top trims reports too


def test_nothing_to_localize_when_all_pass(pytester):
    pytester.mkpydir("pkg")
    (pytester.path / "pkg" / "ok.py").write_text("def one():\n    return 1\n")
    pytester.makepyfile(test_ok="from pkg.ok import one\n\ndef test_one():\n    assert one() == 1\n")
    result = run(pytester, "--tflm", "--tflm-report", "html:r.html")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*tflm: 1 tests ran and all passed: nothing to localize. No report written.*"])
    assert not (pytester.path / "r.html").exists()


@pytest.mark.parametrize("args,message", [
    (["--cov=pkg"], "*--tflm cannot run together with pytest-cov's --cov*"),
    (["-n", "2"], "*--tflm cannot run with pytest-xdist*"),
    (["--tflm-report", "html:missing/dir/r.html"], "*Cannot write 'missing/dir/r.html': the directory 'missing/dir' does not exist*"),
    (["--tflm-report", "pdf:r.pdf"], "*The report format must be one of text, json, csv, sarif, html. Got 'pdf'*"),
    (["--tflm-method", "nope"], "*Unknown method 'nope'*"),
    (["--tflm-top", "0"], "*--tflm-top must be a whole number >= 1*"),
])
def test_refusals_before_any_test_runs(project, args, message):
    project.makeconftest(PROBE)
    result = run(project, "--tflm", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])
    assert not (project.path / "probe.json").exists()  # the session never started
    assert "Traceback" not in result.stderr.str()


def test_cov_without_tflm_still_works(project):
    # pytest-cov alone is untouched by the installed plugin.
    result = run(project, "--cov=pkg", "--cov-report=")
    result.assert_outcomes(passed=4, failed=2)
