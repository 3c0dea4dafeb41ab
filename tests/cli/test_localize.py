"""`tflm localize` through click's CliRunner and, for signals, as a real process."""

from __future__ import annotations

import csv
import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import tree_digest
from tflm.cli.main import cli


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_json_contract_and_exact_scores(fixture_copy):
    project = fixture_copy("shapes")
    before = tree_digest(project)
    result = invoke("localize", str(project), "--format", "json", "--method", "tarantula")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert set(doc) >= {"schema", "method", "project", "tests", "ranking"}
    assert doc["schema"] == "tflm.localize/1" and doc["method"] == "tarantula"
    assert doc["tests"] == {"total": 8, "passed": 5, "failed": 2, "skipped": 1, "errors": 0, "timed_out": 0}
    ranking = doc["ranking"]
    assert [item["rank"] for item in ranking] == list(range(1, len(ranking) + 1))
    assert [item["score"] for item in ranking] == sorted((item["score"] for item in ranking), reverse=True)
    by_line = {item["line"]: item for item in ranking}
    # triangle_area's lines: ef=2 of F=2, ep=0 of P=5 -> 1.0; describe's elif: ef=1, ep=1 -> (1/2)/(1/2+1/5).
    assert by_line[13]["score"] == 1.0 and by_line[13]["scope"] == "triangle_area"
    assert by_line[25]["score"] == pytest.approx((1 / 2) / (1 / 2 + 1 / 5), rel=1e-15)
    assert all(item["file"] == "shapes/geometry.py" for item in ranking)
    assert tree_digest(project) == before


def test_function_granularity_and_csv(fixture_copy, tmp_path):
    project = fixture_copy("shapes")
    out = tmp_path / "report.csv"
    result = invoke("localize", str(project), "--granularity", "function", "--format", "csv", "-o", str(out),
                    "--method", "ochiai")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(out.read_text().splitlines()))
    assert rows[0] == ["rank", "file", "line", "score", "scope", "source"]
    assert rows[1] == ["1", "shapes/geometry.py", "10", "1.0", "triangle_area", "def triangle_area(base, height):"]
    assert len(rows) == 1 + 4  # four scopes executed by tests


def test_text_view_shows_top_lines(fixture_copy):
    result = invoke("localize", str(fixture_copy("shapes")), "--top", "3")
    assert result.exit_code == 0
    assert "shapes/geometry.py:11" in result.output and "return base * height / 3" in result.output
    assert "FAILED tests/test_geometry.py::test_triangle" in result.output


def test_pytest_args_after_double_dash(fixture_copy):
    project = fixture_copy("shapes")
    result = invoke("localize", str(project), "-f", "json", "--", "-k", "triangle or rectangle")
    doc = json.loads(result.output)
    # test_rectangle, test_rectangle_negative, test_triangle and two describe cases
    assert doc["tests"]["total"] == 5


def test_dstar_infinity_round_trips(fixture_copy):
    result = invoke("localize", str(fixture_copy("shapes")), "-f", "json", "-m", "dstar")
    assert json.loads(result.output)["ranking"][0]["score"] == math.inf


@pytest.mark.parametrize(
    "fixture,status,message",
    [
        ("allpass", 1, "2 tests ran and all passed: nothing to localize"),
        ("notests", 3, "collected no tests"),
        ("collecterr", 3, "No module named 'not_a_module_anywhere'"),
        ("syntaxerr", 3, "pkg/bad.py:1: syntax error"),
    ],
)
def test_exit_statuses(fixture_copy, fixture, status, message):
    project = fixture_copy(fixture)
    before = tree_digest(project)
    result = CliRunner().invoke(cli, ["localize", str(project)])
    assert result.exit_code == status
    assert message in result.output
    assert "Traceback (most recent call last)" not in result.output
    assert tree_digest(project) == before


def test_usage_errors_exit_2(tmp_path, fixture_copy):
    assert CliRunner().invoke(cli, ["localize", str(tmp_path / "nope")]).exit_code == 2
    (tmp_path / "f.txt").write_text("")
    result = CliRunner().invoke(cli, ["localize", str(tmp_path / "f.txt")])
    assert result.exit_code == 2 and "not a directory" in result.output
    result = CliRunner().invoke(cli, ["localize", str(fixture_copy("shapes")), "--method", "nope"])
    assert result.exit_code == 2 and "Unknown method 'nope'" in result.output
    result = CliRunner().invoke(cli, ["localize", str(tmp_path), "-o", str(tmp_path / "no" / "dir" / "r.json")])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert CliRunner().invoke(cli, ["localize", "--format", "yaml"]).exit_code == 2


def test_interpreter_not_found_exit_3(fixture_copy):
    result = CliRunner().invoke(cli, ["localize", str(fixture_copy("shapes")), "--python", "/no/python"])
    assert result.exit_code == 3 and "was not found" in result.output


def test_python_m_tflm_and_help():
    done = subprocess.run([sys.executable, "-m", "tflm", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "localize" in done.stdout


def _wait_until_a_test_runs(temp: Path) -> None:
    """Poll the runner's event stream until the suite is inside a test (bounded, not a timing test)."""
    for _ in range(600):
        for events in temp.glob("tflm-run-*/events.0.jsonl"):
            if '"start"' in events.read_text():
                return
        time.sleep(0.1)
    raise AssertionError("the suite never started a test")


def test_ctrl_c_leaves_project_and_temp_untouched(fixture_copy, tmp_path):
    project = fixture_copy("hanging")
    before = tree_digest(project)
    temp = tmp_path / "private-tmp"  # this run's own temporary directory, watched alone
    temp.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "tflm", "localize", str(project), "--timeout", "30"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(temp)},
    )
    _wait_until_a_test_runs(temp)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert tree_digest(project) == before
    assert [p.name for p in temp.iterdir() if p.name.startswith("tflm-run-")] == []
