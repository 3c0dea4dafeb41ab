"""`tflm corpus import bugsinpy|pairs`: bug lines from fixes, test arguments, case writing, and the
fixture datasets (tests/fixtures/bugsinpy, tests/fixtures/pairs) imported end to end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, tree_digest
from tflm.cli.main import cli
from tflm.corpus.importers.bugsinpy import read_bug_info
from tflm.corpus.importers.diffs import bug_lines, parse_unified_diff, split_lines, unified_diff
from tflm.corpus.importers.testcmds import selection_from_command
from tflm.corpus.importers.writing import PARTIAL
from tflm.errors import CorpusError
from tflm.evaluation.cases import load_case
from tflm.types import LineId

BUGSINPY = FIXTURES / "bugsinpy"
PAIRS = FIXTURES / "pairs"


def invoke(*args: str | Path):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def bug_json(case: Path) -> dict:
    return json.loads((case / "bug.json").read_text(encoding="utf-8"))


def lines_of(doc: dict) -> list[tuple[str, int]]:
    return [(entry["file"], entry["line"]) for entry in doc["bug_lines"]]


def ranking(case: Path) -> list[dict]:
    """The case's Ochiai ranking: a fixed formula, so that retraining the default model cannot move it."""
    doc = load_case(case)
    result = invoke("localize", doc.project, "-f", "json", "--method", "ochiai", "--", *doc.test_args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["ranking"]


def lines_for(patch: str, files: dict[str, str]):
    return bug_lines(parse_unified_diff(patch), lambda rel: split_lines(files[rel]) if rel in files else None)


# -- bug lines from a fix ------------------------------------------------------------------------

BUGGY_MOD = textwrap.dedent("""\
    import os


    def area(w, h):
        # width times height
        return w + h


    def scale(v, k):
        out = v * k

        return out
    """)


def diff(old: str, new: str, rel: str = "pkg/mod.py") -> str:
    return unified_diff(rel, old, new)


def test_changed_and_removed_lines_in_buggy_numbering():
    fixed = BUGGY_MOD.replace("return w + h", "return w * h").replace("import os\n", "")
    found = lines_for(diff(BUGGY_MOD, fixed), {"pkg/mod.py": BUGGY_MOD})
    assert found.lines == (LineId("pkg/mod.py", 1), LineId("pkg/mod.py", 6)) and not found.omission


def test_insertion_only_is_an_omission_listing_the_code_lines_around_it():
    # Inserted after the blank line 11: the neighbours skip blank lines (line 13 is the next code line).
    fixed = BUGGY_MOD.replace("    out = v * k\n\n", "    out = v * k\n\n    out = round(out, 2)\n")
    found = lines_for(diff(BUGGY_MOD, fixed), {"pkg/mod.py": BUGGY_MOD})
    assert found.omission and found.lines == (LineId("pkg/mod.py", 10), LineId("pkg/mod.py", 12))
    # At the very top there is no line before: only the one after counts.
    found = lines_for(diff(BUGGY_MOD, "import sys\n" + BUGGY_MOD), {"pkg/mod.py": BUGGY_MOD})
    assert found.omission and found.lines == (LineId("pkg/mod.py", 1),)


def test_a_removed_comment_is_no_bug_line_and_a_mixed_fix_lists_only_changed_lines():
    fixed = BUGGY_MOD.replace("    # width times height\n", "    check(w, h)\n")
    found = lines_for(diff(BUGGY_MOD, fixed), {"pkg/mod.py": BUGGY_MOD})
    assert found.omission and found.lines == (LineId("pkg/mod.py", 4), LineId("pkg/mod.py", 6))
    fixed = fixed.replace("return w + h", "return w * h")
    found = lines_for(diff(BUGGY_MOD, fixed), {"pkg/mod.py": BUGGY_MOD})
    assert not found.omission and found.lines == (LineId("pkg/mod.py", 6),)


def test_tests_new_files_and_non_python_files_hold_no_bug_lines():
    patch = (diff("def test_a():\n    assert 1\n", "def test_a():\n    assert 2\n", "tests/test_mod.py")
             + diff(None, "x = 1\n", "pkg/new.py") + diff("a\n", "b\n", "README.txt"))
    with pytest.raises(CorpusError, match="changes no code line"):
        lines_for(patch, {"tests/test_mod.py": "def test_a():\n    assert 1\n", "README.txt": "a\n"})


def test_a_patch_for_another_version_is_an_error_naming_file_and_line():
    patch = diff(BUGGY_MOD, BUGGY_MOD.replace("return w + h", "return w * h"))
    other = BUGGY_MOD.replace("return w + h", "return h + w")
    with pytest.raises(CorpusError, match=r"'pkg/mod.py' of the buggy project at line 6: expected 'return w \+ h'"):
        lines_for(patch, {"pkg/mod.py": other})
    with pytest.raises(CorpusError, match="does not have"):
        lines_for(patch, {})


def test_diff_without_final_newline_and_crlf_round_trips():
    old, new = "a = 1\r\nb = 2", "a = 1\r\nb = 3"
    patch = diff(old, new)
    assert "\\ No newline at end of file" in patch
    found = lines_for(patch, {"pkg/mod.py": old})
    assert found.lines == (LineId("pkg/mod.py", 2),)


# -- tests named by a dataset ---------------------------------------------------------------------

def test_pytest_commands_keep_targets_and_selection_options(tmp_path):
    script = ("export LC_ALL=C\n"
              "cd . && python3 -m pytest -q -s --tb short -p no:warnings tests/test_a.py::test_x -k 'x and not y'\n"
              "py.test tests/test_a.py::test_x tests/test_b.py --deselect=tests/test_b.py::test_slow\n")
    selection = selection_from_command(script, tmp_path)
    assert selection is not None
    assert selection.args == ["-k", "x and not y", "--deselect=tests/test_b.py::test_slow",
                              "tests/test_a.py::test_x", "tests/test_b.py"]
    assert selection_from_command("tox -e py38\nmake test\n", tmp_path) is None


def test_unittest_names_become_node_ids(tmp_path):
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "test_utils.py").write_text("")
    selection = selection_from_command("python -m unittest -q test.test_utils.TestUtil.test_match_str", tmp_path)
    assert selection is not None and selection.args == ["test/test_utils.py::TestUtil::test_match_str"]
    with pytest.raises(CorpusError, match="Cannot find the module of the unittest test 'nope.TestX'"):
        selection_from_command("python -m unittest nope.TestX", tmp_path)


def test_bug_info_lines(tmp_path):
    info = tmp_path / "bug.info"
    info.write_text('python_version="3.7.0"\n# comment\nexport buggy_commit_id=abc123\n'
                    "test_file='tests/a.py;tests/b.py'")
    assert read_bug_info(info) == {"python_version": "3.7.0", "buggy_commit_id": "abc123",
                                   "test_file": "tests/a.py;tests/b.py"}


# -- BugsInPy layout -----------------------------------------------------------------------------

@pytest.fixture
def dataset(tmp_path):
    """A copy of the BugsInPy fixture, with the clutter a real checkout has in calc/1."""
    root = tmp_path / "dataset"
    shutil.copytree(BUGSINPY, root, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    checkout = root / "checkouts" / "calc" / "1"
    for junk in (".git/objects", "__pycache__", ".pytest_cache/v", "env/bin", "calc/__pycache__", ".venv"):
        (checkout / junk).mkdir(parents=True, exist_ok=True)
    (checkout / "env" / "bin" / "activate").write_text("")
    (checkout / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (checkout / "calc" / "__pycache__" / "stats.cpython-311.pyc").write_bytes(b"\0")
    return root


def import_bugsinpy(root: Path, out: Path, *extra: str):
    return invoke("corpus", "import", "bugsinpy", root / "layout", "--checkouts", root / "checkouts", "-o", out, *extra)


def test_bugsinpy_fixture_imports_exact_cases_without_writing_the_sources(dataset, tmp_path):
    before = tree_digest(dataset)
    out = tmp_path / "cases"
    result = import_bugsinpy(dataset, out)
    assert result.exit_code == 0, result.output
    assert tree_digest(dataset) == before
    assert sorted(p.name for p in out.iterdir()) == ["calc-1", "calc-2", "textkit-1"]

    calc1 = bug_json(out / "calc-1")
    assert lines_of(calc1) == [("calc/stats.py", 19)] and calc1["omission"] is False
    assert calc1["test_args"] == ["tests/test_stats.py"]  # "-q" is pytest display, dropped
    assert calc1["source"] == "BugsInPy calc 1" and calc1["kind"] == "real"
    patch = dataset / "layout" / "projects" / "calc" / "bugs" / "1" / "bug_patch.txt"
    assert calc1["fixed_patch"] == patch.read_text()
    assert calc1["bugsinpy"]["buggy_commit_id"].startswith("4f1c2a9d")
    copied = {p.relative_to(out / "calc-1" / "buggy").as_posix() for p in (out / "calc-1" / "buggy").rglob("*")}
    assert copied == {"pytest.ini", "calc", "calc/__init__.py", "calc/stats.py", "tests", "tests/test_stats.py"}

    calc2 = bug_json(out / "calc-2")  # checkout found as checkouts/calc-2/; the fix only adds a guard
    assert calc2["omission"] is True and lines_of(calc2) == [("calc/stats.py", 12), ("calc/stats.py", 13)]
    assert calc2["test_args"] == ["tests/test_stats.py::test_median_of_empty_sequence"]

    textkit = bug_json(out / "textkit-1")  # changes words.py, adds a line to titles.py, edits CHANGES.txt
    assert lines_of(textkit) == [("textkit/words.py", 8)] and textkit["omission"] is False
    assert textkit["test_args"] == ["tests/test_words.py::TestWords::test_apostrophes",
                                    "tests/test_titles.py::TestTitle::test_contractions"]
    assert textkit["bugsinpy"]["test_file"] == ["tests/test_words.py", "tests/test_titles.py"]
    for name in ("calc-1", "calc-2", "textkit-1"):
        case = load_case(out / name)
        assert case.kind == "real" and case.test_args == tuple(bug_json(out / name)["test_args"])
    assert not (out / PARTIAL).exists()


def test_imported_bugsinpy_cases_localize_to_their_bug_lines(dataset, tmp_path):
    out = tmp_path / "cases"
    assert import_bugsinpy(dataset, out).exit_code == 0
    first = ranking(out / "calc-1")[0]
    assert (first["file"], first["line"]) == ("calc/stats.py", 19)
    first = ranking(out / "textkit-1")[0]
    assert (first["file"], first["line"]) == ("textkit/words.py", 8)
    # One failing test only: every line it runs ties; the omission's line after the gap is among them.
    rows = ranking(out / "calc-2")
    assert {row["line"] for row in rows if row["score"] == rows[0]["score"]} >= {13}


@pytest.mark.parametrize("missing", ["bug_patch.txt", "bug.info", "checkout"])
def test_a_missing_file_is_reported_by_name_and_the_other_bugs_are_imported(dataset, tmp_path, missing):
    bug_dir = dataset / "layout" / "projects" / "calc" / "bugs" / "2"
    if missing == "checkout":
        shutil.rmtree(dataset / "checkouts" / "calc-2")
        expected = f"{dataset / 'checkouts' / 'calc' / '2'}/ or {dataset / 'checkouts' / 'calc-2'}/"
    else:
        (bug_dir / missing).unlink()
        expected = f"missing {missing} (expected {bug_dir / missing})"
    out = tmp_path / "cases"
    result = import_bugsinpy(dataset, out)
    assert result.exit_code == 3
    assert f"skipped calc-2: " in result.stderr and expected in result.stderr
    assert "1 of 3 could not be imported: calc-2." in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["calc-1", "textkit-1"]


def test_a_checkout_at_another_commit_is_reported(dataset, tmp_path):
    stats = dataset / "checkouts" / "calc" / "1" / "calc" / "stats.py"
    stats.write_text((dataset / "checkouts" / "calc-2" / "calc" / "stats.py").read_text())
    result = import_bugsinpy(dataset, tmp_path / "cases", "--project", "calc")
    assert result.exit_code == 3
    assert "bug_patch.txt does not match 'calc/stats.py' of the buggy project at line" in result.stderr


def test_rerun_resumes_and_cleans_up_after_an_interrupted_import(dataset, tmp_path):
    out = tmp_path / "cases"
    assert import_bugsinpy(dataset, out, "--project", "calc").exit_code == 0
    stale = out / PARTIAL / "import-textkit-1.999999999"
    (stale / "buggy").mkdir(parents=True)
    (stale / "bug.json").write_text("{}")
    written = (out / "calc-1" / "bug.json").stat().st_mtime_ns
    result = import_bugsinpy(dataset, out)
    assert result.exit_code == 0, result.output
    assert "already imported calc-1" in result.stderr and "imported textkit-1" in result.stderr
    assert "1 imported, 2 already there, 0 skipped of 3" in result.stderr
    assert (out / "calc-1" / "bug.json").stat().st_mtime_ns == written
    assert not (out / PARTIAL).exists()


def test_layout_errors(tmp_path):
    (tmp_path / "bugs").mkdir()
    result = invoke("corpus", "import", "bugsinpy", tmp_path, "--checkouts", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 3
    assert "has no projects/ directory" in result.stderr
    assert "Expected ROOT/projects/<project>/bugs/<n>/ with bug.info, bug_patch.txt and run_test.sh" in result.stderr
    result = import_bugsinpy(BUGSINPY, tmp_path / "out", "--project", "nope")
    assert result.exit_code == 2 and "Projects there: calc, textkit." in result.stderr


# -- buggy/fixed pairs ---------------------------------------------------------------------------

@pytest.fixture
def pairs(tmp_path):
    root = tmp_path / "pairs"
    shutil.copytree(PAIRS, root, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    cache = root / "inventory" / "fixed" / "inventory" / "__pycache__"
    cache.mkdir()
    (cache / "junk.py").write_text("a stale cache that differs from the buggy side\n")
    return root


def test_many_pairs_import_exact_cases_that_localize(pairs, tmp_path):
    before = tree_digest(pairs)
    out = tmp_path / "cases"
    result = invoke("corpus", "import", "pairs", pairs, "--many", "-o", out, "--test-cmd", "pytest tests")
    assert result.exit_code == 0, result.output
    assert tree_digest(pairs) == before

    inventory = bug_json(out / "inventory")
    assert lines_of(inventory) == [("inventory/stock.py", 22)] and inventory["omission"] is False
    assert inventory["test_args"] == ["tests"] and inventory["source"] == "buggy/fixed pair inventory"
    # The fix's new test is in the patch but holds no bug line; README.txt and caches are not in it.
    assert "+def test_reorder_of_unknown_item():" in inventory["fixed_patch"]
    assert "README" not in inventory["fixed_patch"] and "__pycache__" not in inventory["fixed_patch"]
    ledger = bug_json(out / "ledger")
    assert ledger["omission"] is True and lines_of(ledger) == [("ledger/book.py", 12), ("ledger/book.py", 14)]

    first = ranking(out / "inventory")[0]
    assert (first["file"], first["line"]) == ("inventory/stock.py", 22)
    first = ranking(out / "ledger")[0]
    assert (first["file"], first["line"]) == ("ledger/book.py", 12)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to apply the patch")
def test_a_pairs_fixed_patch_turns_the_buggy_copy_into_the_fixed_version(pairs, tmp_path):
    out = tmp_path / "cases"
    buggy, fixed = pairs / "ledger" / "buggy", pairs / "ledger" / "fixed"
    assert invoke("corpus", "import", "pairs", buggy, fixed, "--name", "L1", "-o", out).exit_code == 0
    patch = tmp_path / "fix.patch"
    patch.write_text(bug_json(out / "L1")["fixed_patch"])
    subprocess.run(["git", "apply", str(patch)], cwd=out / "L1" / "buggy", check=True,
                   env={**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert tree_digest(out / "L1" / "buggy") == tree_digest(fixed)


def test_single_pair_with_test_command_and_resume(pairs, tmp_path):
    out = tmp_path / "cases"
    args = ["corpus", "import", "pairs", pairs / "inventory" / "buggy", pairs / "inventory" / "fixed",
            "--name", "inv-1", "-o", out, "--test-cmd", "python -m pytest -x tests/test_stock.py::test_reorder_at_level"]
    result = invoke(*args)
    assert result.exit_code == 0 and "imported inv-1" in result.stderr
    assert bug_json(out / "inv-1")["test_args"] == ["tests/test_stock.py::test_reorder_at_level"]
    assert load_case(out / "inv-1").bug_lines == (LineId("inventory/stock.py", 22),)
    result = invoke(*args)
    assert result.exit_code == 0 and "already imported inv-1" in result.stderr


def test_pair_usage_errors(pairs, tmp_path):
    out = tmp_path / "cases"
    buggy, fixed = pairs / "ledger" / "buggy", pairs / "ledger" / "fixed"
    result = invoke("corpus", "import", "pairs", buggy, fixed, "-o", out)
    assert result.exit_code == 2 and "--name NAME" in result.stderr
    result = invoke("corpus", "import", "pairs", pairs, fixed, "--many", "-o", out)
    assert result.exit_code == 2 and "With --many give only ROOT" in result.stderr
    result = invoke("corpus", "import", "pairs", pairs, "--many", "-o", out, "--test-cmd", "make test")
    assert result.exit_code == 2 and "--test-cmd must run pytest or unittest" in result.stderr
    result = invoke("corpus", "import", "pairs", buggy, fixed, "--name", "x", "-o", out, "--test-cmd", "pytest tests/nope.py")
    assert result.exit_code == 3 and "has no tests/nope.py (named by --test-cmd)" in result.stderr
    result = invoke("corpus", "import", "pairs", buggy, buggy, "--name", "same", "-o", out)
    assert result.exit_code == 3 and "have the same Python files" in result.stderr
    assert not out.exists() or not any(out.iterdir())
