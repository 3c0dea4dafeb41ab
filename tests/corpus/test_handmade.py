"""The hand-made validation set: every stored bug materializes into a valid case, patches apply
strictly, and neither the subjects nor the bugs directory is ever written to."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import tree_digest
from tflm.corpus.handmade import (
    BUG_JSON,
    PATCH,
    apply_patch,
    bug_dirs,
    load_bug,
    make_patch,
    materialize,
    parse_patch,
)
from tflm.errors import CorpusError

ROOT = Path(__file__).resolve().parents[2]
BUGS = ROOT / "corpus" / "validation_bugs"
SUBJECTS = ROOT / "corpus" / "subjects"


@pytest.fixture(scope="module")
def materialized(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], dict[str, str], dict[str, str]]:
    before_bugs, before_subjects = tree_digest(BUGS), tree_digest(SUBJECTS)
    cases = materialize(BUGS, SUBJECTS, tmp_path_factory.mktemp("handmade") / "cases")
    return cases, before_bugs, before_subjects


def test_the_set_is_large_and_varied() -> None:
    found = bug_dirs(BUGS)
    data = [load_bug(d) for d in found]
    assert len(found) >= 45
    assert len({bug["subject"] for bug in data}) >= 20
    tags = [set(bug.get("tags", [])) for bug in data]
    assert sum("two-line" in t for t in tags) >= 5
    assert sum("via-caller" in t for t in tags) >= 5


def test_every_bug_materializes_into_a_valid_case(
    materialized: tuple[list[Path], dict[str, str], dict[str, str]],
) -> None:
    cases, _, _ = materialized
    assert [case.name for case in cases] == [d.name for d in bug_dirs(BUGS)]
    for case in cases:
        bug = json.loads((case / BUG_JSON).read_text(encoding="utf-8"))
        subject = SUBJECTS / bug["subject"]
        assert subject.is_dir(), case.name
        assert isinstance(bug["omission"], bool) and bug["kind"] and bug["description"].strip()
        assert bug["fixed_patch"].startswith("--- a/"), case.name
        assert bug["bug_lines"], case.name
        for entry in bug["bug_lines"]:
            assert "\\" not in entry["file"] and not entry["file"].startswith("/")
            lines = (case / "buggy" / entry["file"]).read_text(encoding="utf-8").splitlines()
            assert 1 <= entry["line"] <= len(lines), (case.name, entry)
            assert lines[entry["line"] - 1].strip(), (case.name, entry, "bug line is blank")
        # The buggy tree differs from the subject exactly in the patched files, and the fixed
        # patch turns it back into the subject.
        changed = [p.path for p in parse_patch((BUGS / case.name / PATCH).read_text(encoding="utf-8"))]
        for path in changed:
            assert (case / "buggy" / path).read_bytes() != (subject / path).read_bytes(), (case.name, path)
        restored = case / "restored"
        restored.mkdir()
        for path in changed:
            target = restored / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((case / "buggy" / path).read_bytes())
        apply_patch(restored, bug["fixed_patch"], case.name)
        for path in changed:
            assert (restored / path).read_bytes() == (subject / path).read_bytes(), (case.name, path)
        assert sorted(p.relative_to(case / "buggy").as_posix() for p in (case / "buggy").rglob("*") if p.is_file()) == sorted(
            p.relative_to(subject).as_posix()
            for p in subject.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts and p.suffix != ".pyc"
        )


def test_nothing_is_written_into_the_sources(
    materialized: tuple[list[Path], dict[str, str], dict[str, str]],
) -> None:
    _, before_bugs, before_subjects = materialized
    assert tree_digest(BUGS) == before_bugs
    assert tree_digest(SUBJECTS) == before_subjects


def test_materializing_again_replaces_cases_atomically(tmp_path: Path) -> None:
    bugs = tmp_path / "bugs"
    name = bug_dirs(BUGS)[0].name
    (bugs / name).mkdir(parents=True)
    for file in (BUG_JSON, PATCH):
        (bugs / name / file).write_bytes((BUGS / name / file).read_bytes())
    out = tmp_path / "out"
    first = materialize(bugs, SUBJECTS, out)
    (first[0] / "stale").write_text("left over", encoding="utf-8")
    second = materialize(bugs, SUBJECTS, out)
    assert first == second and not (second[0] / "stale").exists()
    assert sorted(os.listdir(out)) == [name]  # no partial or old directories are left behind


def _toy(tmp_path: Path) -> tuple[Path, Path, Path]:
    subjects, bugs = tmp_path / "subjects", tmp_path / "bugs"
    (subjects / "toy" / "pkg").mkdir(parents=True)
    source = "def add(a, b):\n    total = a + b\n    return total\n"
    (subjects / "toy" / "pkg" / "calc.py").write_text(source, encoding="utf-8")
    (bugs / "toy-sub").mkdir(parents=True)
    buggy = source.replace("a + b", "a - b")
    (bugs / "toy-sub" / PATCH).write_text(make_patch("pkg/calc.py", source, buggy), encoding="utf-8")
    bug = {"bug_lines": [{"file": "pkg/calc.py", "line": 2}], "omission": False, "kind": "wrong-operator",
           "description": "subtracts instead of adding", "subject": "toy"}
    (bugs / "toy-sub" / BUG_JSON).write_text(json.dumps(bug), encoding="utf-8")
    return subjects, bugs, tmp_path / "out"


def test_toy_bug_round_trip(tmp_path: Path) -> None:
    subjects, bugs, out = _toy(tmp_path)
    [case] = materialize(bugs, subjects, out)
    assert (case / "buggy" / "pkg" / "calc.py").read_text(encoding="utf-8").splitlines()[1] == "    total = a - b"
    bug = json.loads((case / BUG_JSON).read_text(encoding="utf-8"))
    assert bug["fixed_patch"].splitlines()[:2] == ["--- a/pkg/calc.py", "+++ b/pkg/calc.py"]
    assert "-    total = a - b" in bug["fixed_patch"] and "+    total = a + b" in bug["fixed_patch"]


def test_applier_rejects_context_that_does_not_match(tmp_path: Path) -> None:
    subjects, bugs, out = _toy(tmp_path)
    calc = subjects / "toy" / "pkg" / "calc.py"
    calc.write_text(calc.read_text(encoding="utf-8").replace("return total", "return  total"), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"toy-sub.*context does not match in 'pkg/calc.py' at line 3"):
        materialize(bugs, subjects, out)
    assert not out.exists() or not any(out.iterdir())  # nothing half-written


def test_applier_rejects_removed_line_that_does_not_match(tmp_path: Path) -> None:
    text = "one\ntwo\nthree\n"
    patch = make_patch("f.txt", text, "one\n2\nthree\n")
    (tmp_path / "f.txt").write_text("one\nTWO\nthree\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="context does not match in 'f.txt' at line 2"):
        apply_patch(tmp_path, patch, "bug 'x'")
    assert (tmp_path / "f.txt").read_text(encoding="utf-8") == "one\nTWO\nthree\n"


def test_applier_never_shifts_hunks(tmp_path: Path) -> None:
    text = "".join(f"line {i}\n" for i in range(1, 21))
    patch = make_patch("f.txt", text, text.replace("line 10\n", "line ten\n"))
    (tmp_path / "f.txt").write_text("inserted\n" + text, encoding="utf-8")  # same lines, one further down
    with pytest.raises(CorpusError, match="context does not match"):
        apply_patch(tmp_path, patch)


def test_applier_handles_insertions_deletions_and_missing_final_newline(tmp_path: Path) -> None:
    old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl"
    new = "a\nb\nB2\nc\nd\ne\nf\ng\nh\ni\nk\nL"
    (tmp_path / "f.txt").write_text(old, encoding="utf-8")
    apply_patch(tmp_path, make_patch("f.txt", old, new))
    assert (tmp_path / "f.txt").read_text(encoding="utf-8") == new


@pytest.mark.parametrize(
    "patch, message",
    [
        ("", "changes no file"),
        ("--- a/x.py\n", "not followed by"),
        ("--- a/x.py\n+++ b/y.py\n@@ -1 +1 @@\n-a\n+b\n", "renames are not supported"),
        ("--- a/../x.py\n+++ b/../x.py\n@@ -1 +1 @@\n-a\n+b\n", "unsafe"),
        ("--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,2 @@\n-a\n+b\n", "ends early"),
        ("--- a/x.py\n+++ b/x.py\n@@ bad @@\n", "malformed hunk header"),
        ("--- a/x.py\n+++ b/x.py\n", "no hunks"),
    ],
)
def test_malformed_patches_are_corpus_errors(patch: str, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        parse_patch(patch, "bug 'x'")


def test_output_inside_a_source_directory_is_refused(tmp_path: Path) -> None:
    subjects, bugs, _ = _toy(tmp_path)
    before = tree_digest(tmp_path)
    for out in (bugs / "cases", subjects / "toy" / "cases", tmp_path):
        with pytest.raises(CorpusError, match="must lie outside"):
            materialize(bugs, subjects, out)
    assert tree_digest(tmp_path) == before


def test_bug_json_is_checked(tmp_path: Path) -> None:
    subjects, bugs, out = _toy(tmp_path)
    path = bugs / "toy-sub" / BUG_JSON
    bug = json.loads(path.read_text(encoding="utf-8"))
    for broken, message in [
        ({**bug, "bug_lines": []}, "non-empty list"),
        ({**bug, "bug_lines": [{"file": "pkg/calc.py", "line": 0}]}, "line"),
        ({k: v for k, v in bug.items() if k != "subject"}, "lacks subject"),
        ({**bug, "subject": "nope"}, "subject 'nope'"),
        ({**bug, "bug_lines": [{"file": "pkg/calc.py", "line": 99}]}, "past the end"),
    ]:
        path.write_text(json.dumps(broken), encoding="utf-8")
        with pytest.raises(CorpusError, match=message):
            materialize(bugs, subjects, out)
