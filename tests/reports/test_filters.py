"""--top, --min-score and --granularity in every format; report paths checked before any test runs."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from report_helpers import make_result  # noqa: F401  (fixture)
from tflm.cli.main import cli
from tflm.errors import UsageError
from tflm.localization import select
from tflm.reports import csv_report, json_report, text_report
from tflm.reports.output import FORMATS, check_output_path, parse_report_spec, render_report


def test_json_keeps_every_line_unless_filtered(make_result):
    result = make_result()
    doc = json.loads(json_report.render(result))
    assert len(doc["ranking"]) == doc["ranked"] == 7 and doc["filters"] == {"top": None, "min_score": None}
    doc = json.loads(json_report.render(result, min_score=0.5))
    assert [(i["file"], i["line"]) for i in doc["ranking"]] == [("calc/ops.py", n) for n in (8, 6, 7, 9)]
    assert doc["ranked"] == 7 and doc["filters"]["min_score"] == 0.5
    assert len(json.loads(json_report.render(result, top=2))["ranking"]) == 2


def test_csv_and_text_filters(make_result):
    result = make_result()
    rows = list(csv.reader(csv_report.render(result, top=3, min_score=0.9).splitlines()))
    assert rows[1:] == [["1", "calc/ops.py", "8", "1.0", "mean", "total += x"]]
    text = text_report.render(result, min_score=0.5)
    assert "calc/ops.py:9" in text and "calc/ops.py:2 " not in text and "score >= 0.5" in text
    assert text_report.render(result, top=1).count("calc/ops.py:") == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_honours_top(make_result, fmt):
    result = make_result()
    full = render_report(fmt, result, min_score=0.0)
    trimmed = render_report(fmt, result, top=1, min_score=0.0)
    assert "calc/ops.py" in trimmed and len(trimmed) < len(full)


def test_file_granularity_scores_are_best_lines(make_result):
    doc = json.loads(json_report.render(make_result(granularity="file")))
    assert [(i["file"], i["line"], i["score"]) for i in doc["ranking"]] == [("calc/ops.py", 8, 1.0), ("calc/text.py", 2, 0.0)]
    assert doc["granularity"] == "file"


def test_select_rejects_bad_top(make_result):
    with pytest.raises(UsageError):
        select(make_result().ranking, top=0)


def test_output_path_checks(tmp_path):
    assert check_output_path(None) is None and check_output_path("-") is None
    assert check_output_path(tmp_path / "r.html") == tmp_path / "r.html"
    with pytest.raises(UsageError, match="does not exist"):
        check_output_path(tmp_path / "missing" / "r.html")
    with pytest.raises(UsageError, match="is a directory"):
        check_output_path(tmp_path)
    (tmp_path / "file.txt").write_text("")
    with pytest.raises(UsageError, match="does not exist"):
        check_output_path(tmp_path / "file.txt" / "r.html")
    assert parse_report_spec(f"HTML:{tmp_path / 'r.html'}") == ("html", tmp_path / "r.html")
    for spec in ("html", "pdf:r.pdf", "html:"):
        with pytest.raises(UsageError):
            parse_report_spec(spec)


@pytest.mark.parametrize("fmt", ["html", "sarif", "json"])
def test_bad_report_path_fails_before_tests_run(fixture_copy, tmp_path, monkeypatch, fmt):
    def refuse(*args, **kwargs):
        raise AssertionError("the suite ran although the report could not be written")

    monkeypatch.setattr("tflm.localization.collect", refuse)
    project = fixture_copy("shapes")
    result = CliRunner().invoke(cli, ["localize", str(project), "-f", fmt, "-o", str(tmp_path / "no" / "r.out")])
    assert result.exit_code == 2 and "does not exist" in result.output
    result = CliRunner().invoke(cli, ["localize", str(project), "-f", fmt, "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a directory" in result.output
    assert "Traceback" not in result.output


def test_help_says_what_json_keeps():
    text = " ".join(CliRunner().invoke(cli, ["localize", "--help"]).output.split())
    assert "JSON, CSV and HTML keep every executed line unless --top or --min-score is given" in text
    assert "statement|function|file" in text and "sarif" in text and "html" in text


def test_cli_file_granularity_and_min_score(fixture_copy):
    result = CliRunner().invoke(cli, ["localize", str(fixture_copy("shapes")), "-f", "json", "--granularity", "file",
                                      "--min-score", "0.5", "-m", "tarantula"], catch_exceptions=False)
    doc = json.loads(result.output)
    assert doc["ranking"] == [{"rank": 1, "file": "shapes/geometry.py", "line": 11, "score": 1.0, "scope": "triangle_area"}]
