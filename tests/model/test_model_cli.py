"""`tflm train`, `tflm evaluate --cv` and the model side of `tflm localize` through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import tree_digest
from model_helpers import tiny_corpus, tiny_model, tiny_model_file, tiny_programs  # noqa: F401 (fixtures)
from tflm.cli.main import cli
from tflm.model import load_model

FAST_PARAMS = ["--param", "min_programs=4", "--param", "min_scopes=4", "--param", "spn_min_instances=20",
               "--param", "max_rows=2000"]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_train_writes_a_model_that_localize_uses(tiny_corpus, tmp_path, fixture_copy):
    pytest.importorskip("spflow")
    model = tmp_path / "model.npz"
    result = invoke("train", str(tiny_corpus), "-o", str(model), *FAST_PARAMS)
    assert result.exit_code == 0, result.output
    assert "trained on 18 cases from 3 subjects" in result.output
    loaded = load_model(model)
    assert loaded.training_["corpus"] == str(tiny_corpus) and loaded.get_params()["min_scopes"] == 4
    ranked = invoke("localize", str(fixture_copy("shapes")), "--model", str(model), "-f", "json")
    assert ranked.exit_code == 0, ranked.output
    doc = json.loads(ranked.output)
    assert doc["method"] == "tflm"
    assert all(0.0 <= item["score"] <= 1.0 for item in doc["ranking"])


def test_train_refuses_a_corpus_without_cases(tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("train", str(tmp_path / "empty"), "-o", str(tmp_path / "m.npz"))
    assert result.exit_code == 3
    assert "empty" in result.output and "no cases found" in result.output.lower()


def test_train_refuses_a_corpus_whose_bug_lines_never_run(tiny_corpus, tmp_path):
    import shutil

    corpus = tmp_path / "c"
    shutil.copytree(tiny_corpus / "subj0", corpus / "subj0")
    shutil.copytree(tiny_corpus / "store", corpus / "store")
    for bug in corpus.glob("subj0/*/bug.json"):
        data = json.loads(bug.read_text())
        data["bug_lines"] = [{"file": "subj0.py", "line": 1}]  # a blank line: never executed
        bug.write_text(json.dumps(data))
    result = invoke("train", str(corpus), "-o", str(tmp_path / "m.npz"))
    assert result.exit_code == 3
    assert "no bug line among their executed lines" in result.output


def test_train_rejects_unknown_hyperparameters(tiny_corpus, tmp_path):
    result = invoke("train", str(tiny_corpus), "-o", str(tmp_path / "m.npz"), "--param", "n_bins=1")
    assert result.exit_code == 2 and "n_bins" in result.output


def test_evaluate_cross_validation_writes_the_report(tiny_corpus, tmp_path):
    pytest.importorskip("spflow")
    out = tmp_path / "report"
    result = invoke("evaluate", str(tiny_corpus), "--cv", "3", "--methods", "tflm,tflm-line,logreg,ochiai",
                    "-o", str(out), *FAST_PARAMS)
    assert result.exit_code == 0, result.output
    doc = json.loads((out / "results.json").read_text())
    methods = {s["method"]: s for s in doc["summaries"]}
    assert set(methods) == {"tflm", "tflm-line", "logreg", "ochiai"}
    assert all(s["n_cases"] == 18 for s in methods.values())
    assert methods["tflm"]["ece"] is not None and methods["ochiai"]["ece"] is None
    folds = doc["meta"]["folds"]
    assert sorted(s for f in folds for s in f) == ["subj0", "subj1", "subj2"]  # each subject held out once
    assert "ECE" in result.output and (out / "report.md").exists()


def test_fold_seed_deals_subjects_into_other_folds(tiny_corpus, tmp_path):
    splits = []
    for seed in ("0", "1"):
        out = tmp_path / f"report{seed}"
        result = invoke("evaluate", str(tiny_corpus), "--cv", "2", "--methods", "ochiai", "--fold-seed", seed,
                        "-o", str(out))
        assert result.exit_code == 0, result.output
        meta = json.loads((out / "results.json").read_text())["meta"]
        assert meta["fold_seed"] == int(seed)
        assert sorted(s for f in meta["folds"] for s in f) == ["subj0", "subj1", "subj2"]
        splits.append(sorted(map(tuple, meta["folds"])))
    assert splits[0] != splits[1]  # three equal subjects: the seed decides which two share a fold
    result = invoke("evaluate", str(tiny_corpus), "--fold-seed", "1")
    assert result.exit_code == 2 and "--cv" in result.output


def test_feedback_from_a_saved_run_reranks_without_running_tests(tmp_path, fixture_copy, tiny_model_file):
    project = fixture_copy("shapes")
    run = tmp_path / "run.npz"
    first = invoke("localize", str(project), "--model", str(tiny_model_file), "-f", "json", "--save-run", str(run))
    assert first.exit_code == 0, first.output
    top = json.loads(first.output)["ranking"][0]
    before = tree_digest(project)
    again = invoke("localize", str(project), "--model", str(tiny_model_file), "-f", "json", "--load-run", str(run))
    assert json.loads(again.output)["ranking"] == json.loads(first.output)["ranking"]
    checked = invoke("localize", str(project), "--model", str(tiny_model_file), "-f", "json", "--load-run", str(run),
                     "--not-bug", f"{top['file']}:{top['line']}")
    assert checked.exit_code == 0, checked.output
    ranking = json.loads(checked.output)["ranking"]
    by_line = {(r["file"], r["line"]): r["score"] for r in ranking}
    assert by_line[(top["file"], top["line"])] == 0.0
    assert ranking[0]["line"] != top["line"]
    assert sum(r["score"] for r in ranking) >= 1 - 1e-9
    assert tree_digest(project) == before  # nothing ran, nothing was written


def test_not_bug_must_name_a_ranked_line(tmp_path, fixture_copy, tiny_model_file):
    project = fixture_copy("shapes")
    run = tmp_path / "run.npz"
    invoke("localize", str(project), "--model", str(tiny_model_file), "--save-run", str(run))
    result = invoke("localize", str(project), "--model", str(tiny_model_file), "--load-run", str(run),
                    "--not-bug", "shapes/geometry.py:1")
    assert result.exit_code == 2 and "shapes/geometry.py:1" in result.output
    result = invoke("localize", str(project), "--load-run", str(run), "--not-bug", "geometry")
    assert result.exit_code == 2 and "FILE:LINE" in result.output


def test_not_bug_needs_the_model(fixture_copy):
    result = invoke("localize", str(fixture_copy("shapes")), "-m", "ochiai", "--not-bug", "shapes/geometry.py:11")
    assert result.exit_code == 2 and "--not-bug needs --method tflm" in result.output


def test_a_changed_source_is_named_when_loading_a_run(tmp_path, fixture_copy, tiny_model_file):
    project = fixture_copy("shapes")
    run = tmp_path / "run.npz"
    invoke("localize", str(project), "--model", str(tiny_model_file), "--save-run", str(run))
    source = project / "shapes" / "geometry.py"
    source.write_text(source.read_text() + "\n# edited\n")
    result = invoke("localize", str(project), "--model", str(tiny_model_file), "--load-run", str(run))
    assert result.exit_code == 0 and "shapes/geometry.py changed since the run was saved" in result.output


def test_explain_names_the_evidence(fixture_copy, tiny_model_file):
    result = invoke("localize", str(fixture_copy("shapes")), "--model", str(tiny_model_file), "--explain",
                    "--top", "2")
    assert result.exit_code == 0, result.output
    assert "Why these lines" in result.output
    for group in ("spectrum", "traceback", "static", "scope", "program"):
        assert group in result.output


def test_default_model_ranks_the_bundled_example():
    example = Path(__file__).resolve().parents[2] / "examples" / "pricing"
    result = invoke("localize", str(example), "-f", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["method"] == "tflm"
    top3 = [(r["file"], r["line"]) for r in doc["ranking"][:3]]
    assert ("pricing/discounts.py", 16) in top3
