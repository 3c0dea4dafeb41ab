"""The model file: exact round trip, what it records, refusal of anything else, and a loader
that never imports torch."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from click.testing import CliRunner

from model_helpers import tiny_corpus, tiny_model, tiny_model_file, tiny_programs  # noqa: F401 (fixtures)
from tflm.cli.main import cli
from tflm.errors import ModelError
from tflm.features import SCHEMA_VERSION
from tflm.model import load_model, save_model


def test_round_trip_is_exact(tiny_model, tiny_model_file, tiny_programs):
    loaded = load_model(tiny_model_file)
    assert loaded.get_params() == tiny_model.get_params()
    for program in tiny_programs[:6]:
        a, b = tiny_model.posterior(program.table), loaded.posterior(program.table)
        np.testing.assert_array_equal(a.line, b.line)
        np.testing.assert_array_equal(a.scope, b.scope)


def test_header_says_what_the_model_was_trained_on(tiny_model_file, tiny_programs):
    header = load_model(tiny_model_file).header_
    assert header["format"] == "tflm.model" and header["version"] == 1
    assert header["feature_schema"] == SCHEMA_VERSION
    assert header["training"]["cases"] == len(tiny_programs) and header["training"]["corpus"] == "tiny"
    assert len(header["training"]["hash"]) == 64
    assert header["created"][:2] == "20"
    assert header["hyperparameters"]["n_bins"] == 8


def test_the_file_holds_no_pickled_object(tiny_model_file):
    with np.load(tiny_model_file, allow_pickle=False) as data:
        assert all(data[k].dtype != object for k in data.files)


def _rewrite_header(src, dst, **changes):
    with np.load(src, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    header = json.loads(str(arrays["header"]))
    header.update(changes)
    arrays["header"] = np.array(json.dumps(header))
    np.savez(dst, **arrays)


@pytest.mark.parametrize("case", ["truncated", "text", "other schema", "other format version", "no header",
                                  "missing", "directory", "other format"])
def test_bad_model_files_are_refused_by_name(case, tiny_model_file, tmp_path):
    path = tmp_path / "model.npz"
    expected = "tflm"
    if case == "truncated":
        data = tiny_model_file.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        expected = "not a readable tflm model file"
    elif case == "text":
        path.write_text("this is not a model\n")
        expected = "not a readable tflm model file"
    elif case == "other schema":
        _rewrite_header(tiny_model_file, path, feature_schema=SCHEMA_VERSION + 1)
        expected = f"schema version {SCHEMA_VERSION + 1}"
    elif case == "other format version":
        _rewrite_header(tiny_model_file, path, version=99)
        expected = "format version 99"
    elif case == "other format":
        _rewrite_header(tiny_model_file, path, format="something.else")
        expected = "not a tflm model"
    elif case == "no header":
        np.savez(path, weights=np.ones(3))
        expected = "no 'header'"
    elif case == "directory":
        path = tmp_path
        expected = "is a directory"
    else:
        path = tmp_path / "absent.npz"
        expected = "does not exist"
    with pytest.raises(ModelError, match=expected) as info:
        load_model(path)
    assert str(path) in info.value.message


def test_a_bad_model_file_exits_3_with_the_message(tmp_path, fixture_copy):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 truncated")
    result = CliRunner().invoke(cli, ["localize", str(fixture_copy("shapes")), "--model", str(bad)])
    assert result.exit_code == 3
    assert "bad.npz" in result.output and "not a readable tflm model file" in result.output


def test_save_is_atomic_and_overwrites(tiny_model, tmp_path):
    path = tmp_path / "m.npz"
    path.write_text("old")
    save_model(tiny_model, path)
    assert load_model(path).training_["cases"] == tiny_model.training_["cases"]
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"]


def test_loading_and_inference_never_import_torch(tiny_model_file, tiny_corpus):
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from tflm.model import load_model
        from tflm.model.corpus import load_corpus
        from tflm.model.explain import explain
        model = load_model({str(tiny_model_file)!r})
        programs, _ = load_corpus(Path({str(tiny_corpus)!r}))
        p = model.posterior(programs[0].table)
        explain(model, programs[0].table, [0])
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "spflow"))
        print("HEAVY", heavy)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout


def test_tflm_localize_never_imports_torch(tiny_model_file, fixture_copy):
    project = fixture_copy("shapes")
    script = textwrap.dedent(f"""
        import sys
        from tflm.cli.main import cli
        try:
            cli.main(["localize", {str(project)!r}, "--model", {str(tiny_model_file)!r}, "--explain"],
                     standalone_mode=False)
        finally:
            heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "spflow"))
            print("HEAVY", heavy)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout and "Why these lines" in done.stdout
