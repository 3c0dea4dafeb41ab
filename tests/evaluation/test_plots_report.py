"""Figures and report files of an evaluation run."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from tflm.errors import UsageError
from tflm.evaluation.metrics import CaseResult, MethodSummary, exam, reliability_table, summarize
from tflm.evaluation.plots import DPI, FIGSIZE, plot_exam_curve, plot_reliability, plot_topk
from tflm.evaluation.report import PLOTTED_METHODS, SCHEMA, load_results, plotted_methods, write_report

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height in pixels, after checking the file is a PNG."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


SECONDS = {"tests": 1.5, "rank": 0.25}


def results() -> list[CaseResult]:
    rows = [
        ("c1", "tflm", 1.0, 10, 1.0, 0.02, 0.01),
        ("c1", "ochiai", 2.0, 10, 0.5, None, None),
        ("c2|odd name", "tflm", 4.5, 12, 0.25, 0.1, 0.05),
        ("c2|odd name", "ochiai", 3.0, 12, 1 / 3, None, None),
        ("c3", "tflm", 21.0, 20, 0.0, 0.3, 0.2),
        ("c3", "ochiai", 12.0, 20, 1 / 12, None, None),
    ]
    return [
        CaseResult(case, method, rank, n, exam(rank, n), ap, brier, ece, dict(SECONDS))
        for case, method, rank, n, ap, brier, ece in rows
    ]


def pooled() -> dict[str, tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]]:
    rng = np.random.default_rng(1)
    p = rng.beta(0.5, 6.0, 500)
    return {"tflm": (p, (rng.random(500) < p).astype(float))}


BROKEN = [("c4", "collection error | ImportError: no module 'x'\n  more detail"), ("c5", "timeout")]


def write(directory: Path, with_probabilities: bool = True) -> list[MethodSummary]:
    summaries: list[MethodSummary] = summarize(
        results(), pooled() if with_probabilities else None
    )
    write_report(
        directory,
        summaries,
        results(),
        title="tflm vs spectrum formulas",
        meta={"model": Path("/models/m1"), "folds": 5, "methods": ["tflm", "ochiai"]},
        broken=BROKEN,
    )
    return summaries


def table_rows(markdown: str, heading: str) -> list[list[str]]:
    """The body rows of the first table after ``heading``, as cells (escaped pipes kept)."""
    section = markdown.split(heading, 1)[1]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    end = next((i for i, line in enumerate(lines[2:], 2) if line.startswith("| Case |")), None)
    body = lines[2:end]
    rows = []
    for line in body:
        cells = line.strip().strip("|").replace("\\|", "\0").split("|")
        rows.append([c.strip().replace("\0", "|").strip("`") for c in cells])
    return rows


# --- plots -----------------------------------------------------------------------------------


def test_plots_are_readable_pngs(tmp_path: Path) -> None:
    expected = (int(FIGSIZE[0] * DPI), int(FIGSIZE[1] * DPI))
    summaries = summarize(results(), pooled())
    exams = {"tflm": [0.1, 0.45, 1.0], "ochiai": [0.2, 0.25, 0.6], "none": []}
    plot_exam_curve(exams, tmp_path / "exam.png")
    plot_topk(summaries, tmp_path / "topk.png")
    table = reliability_table(*pooled()["tflm"])
    plot_reliability({"tflm": table, "ochiai": []}, tmp_path / "rel.png")
    for name in ("exam.png", "topk.png", "rel.png"):
        assert png_size(tmp_path / name) == expected
        assert (tmp_path / name).stat().st_size > 10_000  # something was drawn
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exam.png", "rel.png", "topk.png"]


def test_many_methods_and_no_cases_still_plot(tmp_path: Path) -> None:
    many = [
        CaseResult(f"c{i}", f"method-{j}", float(1 + (i * j) % 12), 40, 0.1, 0.5)
        for i in range(5) for j in range(12)
    ]
    plot_topk(summarize(many), tmp_path / "topk.png")
    plot_exam_curve({f"method-{j}": [0.1 * j] for j in range(12)}, tmp_path / "exam.png")
    plot_exam_curve({}, tmp_path / "empty.png")
    for name in ("topk.png", "exam.png", "empty.png"):
        assert png_size(tmp_path / name)[0] > 0


@pytest.mark.parametrize("module", ["tflm.evaluation.plots", "tflm.evaluation.report"])
def test_importing_does_not_import_matplotlib(module: str) -> None:
    code = f"import sys, {module}; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- report ----------------------------------------------------------------------------------


def test_report_writes_every_file(tmp_path: Path) -> None:
    report_dir = tmp_path / "new" / "report"
    write(report_dir)
    names = sorted(p.name for p in report_dir.iterdir())
    assert names == ["exam_curve.png", "reliability.png", "report.md", "results.json", "topk.png"]
    for png in ("exam_curve.png", "topk.png", "reliability.png"):
        assert png_size(report_dir / png)[0] > 0
        assert f"]({png})" in (report_dir / "report.md").read_text()


def test_results_json_holds_meta_summaries_cases_and_broken(tmp_path: Path) -> None:
    summaries = write(tmp_path)
    document = json.loads((tmp_path / "results.json").read_text())
    assert document["schema"] == SCHEMA == "tflm.evaluate/1"
    assert document["title"] == "tflm vs spectrum formulas"
    assert document["meta"] == {"model": "/models/m1", "folds": 5, "methods": ["tflm", "ochiai"]}
    assert [s["method"] for s in document["summaries"]] == ["tflm", "ochiai"]
    assert document["summaries"][0]["top1"] == summaries[0].top1 == 1
    assert document["summaries"][0]["reliability"][0]["count"] > 0
    assert document["summaries"][1]["brier"] is None
    assert len(document["cases"]) == 6
    assert document["broken"] == [{"case": c, "reason": r} for c, r in BROKEN]


def test_report_md_numbers_match_results_json(tmp_path: Path) -> None:
    write(tmp_path)
    document = json.loads((tmp_path / "results.json").read_text())
    markdown = (tmp_path / "report.md").read_text()

    summary_rows = table_rows(markdown, "## Summary")
    assert [row[0] for row in summary_rows] == ["tflm", "ochiai"]
    for row, s in zip(summary_rows, document["summaries"]):
        assert int(row[1]) == s["n_cases"] == 3
        for cell, k in zip(row[2:6], (1, 3, 5, 10)):
            count, pct = cell.split(" ")
            assert int(count) == s[f"top{k}"]
            assert float(pct.strip("(%)")) == pytest.approx(s[f"top{k}_pct"], abs=0.05)
        assert float(row[6].rstrip("%")) == pytest.approx(100 * s["mean_exam"], abs=0.005)
        assert float(row[7]) == pytest.approx(s["mean_rank"], abs=0.005)
        assert float(row[8]) == pytest.approx(s["median_rank"], abs=0.05)
        assert float(row[9]) == pytest.approx(s["map"], abs=0.0005)
        for cell, key in ((row[10], "brier"), (row[11], "ece")):
            if s[key] is None:
                assert cell == "-"
            else:
                assert float(cell) == pytest.approx(s[key], abs=0.00005)
        assert float(row[12]) == pytest.approx(1.75)

    case_rows = table_rows(markdown, "## Per case")
    by_key = {(c["case"], c["method"]): c for c in document["cases"]}
    assert len(case_rows) == len({c["case"] for c in document["cases"]})  # one row per case
    methods = [s["method"] for s in document["summaries"]]
    for row in case_rows:
        for method, cell in zip(methods, row[2:]):
            case = by_key[(row[0], method)]
            assert float(cell) == case["rank"]
            assert int(row[1]) == case["n_ranked"]
    assert [row[0] for row in case_rows] == sorted(row[0] for row in case_rows)


def test_report_md_lists_broken_cases_with_reasons_on_one_line(tmp_path: Path) -> None:
    write(tmp_path)
    markdown = (tmp_path / "report.md").read_text()
    assert "## Broken cases (2)" in markdown
    rows = table_rows(markdown, "## Broken cases")
    assert rows == [
        ["c4", "collection error | ImportError: no module 'x' more detail"],
        ["c5", "timeout"],
    ]
    assert "Rank" in markdown.split("## Metrics", 1)[1]  # the definitions are there
    assert "- model: /models/m1" in markdown


def test_load_results_round_trips(tmp_path: Path) -> None:
    write(tmp_path)
    assert load_results(tmp_path) == results()


def test_no_probabilities_means_no_reliability_figure_and_a_stale_one_is_removed(
    tmp_path: Path,
) -> None:
    write(tmp_path, with_probabilities=True)
    assert (tmp_path / "reliability.png").exists()
    write(tmp_path, with_probabilities=False)
    assert not (tmp_path / "reliability.png").exists()
    assert "reliability.png" not in (tmp_path / "report.md").read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_load_results_explains_a_missing_or_foreign_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="No results.json found"):
        load_results(tmp_path)
    (tmp_path / "results.json").write_text(json.dumps({"schema": "tflm.localize/1"}))
    with pytest.raises(UsageError, match="Got schema 'tflm.localize/1' instead"):
        load_results(tmp_path)
    (tmp_path / "results.json").write_text("{not json")
    with pytest.raises(UsageError, match="Cannot read"):
        load_results(tmp_path)
    (tmp_path / "results.json").write_text(json.dumps({"schema": SCHEMA, "cases": [{"case": 1}]}))
    with pytest.raises(UsageError, match="malformed case entry"):
        load_results(tmp_path)


def test_figures_draw_the_probabilistic_methods_and_the_best_others() -> None:
    # 12 formulas (method-j ranks worse as j grows) and one probabilistic method, ranked worst
    many = [CaseResult(f"c{i}", f"method-{j}", float(1 + j), 40, (1 + j) / 40, 0.5)
            for i in range(5) for j in range(12)]
    many += [CaseResult(f"c{i}", "model", 30.0, 40, 0.75, 0.1, brier=0.2, ece=0.1) for i in range(5)]
    summaries = summarize(many, {"model": (np.full(5, 0.9), np.zeros(5))})
    chosen = [s.method for s in plotted_methods(summaries)]
    assert len(chosen) == PLOTTED_METHODS and "model" in chosen
    assert set(chosen) - {"model"} == {f"method-{j}" for j in range(PLOTTED_METHODS - 1)}
