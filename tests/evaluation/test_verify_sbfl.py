"""The independent SBFL check agrees with `tflm evaluate` on fixture cases, and catches a wrong rank."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from tflm.cli.main import cli
from tflm.evaluation import verify_sbfl

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def make_case(case_set: Path, name: str, project: Path, bug: dict[str, object]) -> None:
    root = case_set / name
    shutil.copytree(project, root / "buggy", ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    (root / "bug.json").write_text(json.dumps(bug))


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp_path = tmp_path_factory.mktemp("verify")
    cases = tmp_path / "cases"
    make_case(cases, "shapes-triangle", FIXTURES / "shapes", {"bug_lines": [{"file": "shapes/geometry.py", "line": 13}]})
    make_case(cases, "pricing-bulk", EXAMPLES / "pricing", {"bug_lines": [{"file": "pricing/discounts.py", "line": 16}]})
    report = tmp_path / "report"
    result = CliRunner().invoke(cli, ["evaluate", str(cases), "--methods", "ochiai,tarantula,dstar,op2", "-o", str(report)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return cases, report / "results.json"


def test_independent_ranks_agree_with_tflm_evaluate(evaluated, capsys):
    cases, results = evaluated
    comparisons = verify_sbfl.verify(cases, results)
    assert [c.case for c in comparisons] == ["pricing-bulk", "shapes-triangle"]
    for comparison in comparisons:
        assert set(comparison.recorded) == set(verify_sbfl.METHODS)
        assert all(comparison.agrees(m) for m in verify_sbfl.METHODS), comparison
        assert comparison.n_mine == comparison.n_recorded
    # the ranks tests/evaluation/test_evaluate.py derives by hand
    assert comparisons[1].mine["ochiai"] == 1.5 and comparisons[0].mine["ochiai"] == 2.0


def test_a_changed_recorded_rank_is_reported(evaluated, tmp_path, capsys):
    cases, results = evaluated
    document = json.loads(results.read_text())
    for entry in document["cases"]:
        if entry["case"] == "pricing-bulk" and entry["method"] == "dstar":
            entry["rank"] += 1
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document))
    assert verify_sbfl.main([str(cases), str(changed), "--limit", "1"]) == 1
    out = capsys.readouterr().out
    assert "dstar      0/1" in out and "ochiai     1/1" in out
    assert "pricing-bulk [dstar]: rank 2 here, 3 recorded" in out


def test_ties_take_the_average_position():
    scores = np.array([9.0, 8.0, 5.0, 5.0, 5.0, 5.0, 1.0])
    assert verify_sbfl.tied_rank(scores, [3]) == 4.5
    assert verify_sbfl.tied_rank(scores, [6, 1]) == 2.0
    assert verify_sbfl.tied_rank(scores, []) == 8.0
