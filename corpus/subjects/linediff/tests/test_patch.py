import random

import pytest

from linediff import (
    FilePatch,
    Hunk,
    PatchConflictError,
    PatchParseError,
    apply_hunks,
    apply_patch,
    diff_text,
    parse_patch,
)


def test_parse_patch(two_hunk_patch):
    (patch,) = parse_patch(two_hunk_patch)
    assert (patch.old_path, patch.new_path) == ("a/f.txt", "b/f.txt")
    assert [h.header() for h in patch.hunks] == ["@@ -1,4 +1,4 @@", "@@ -7,4 +7,5 @@"]
    assert patch.hunks[1].lines[-1] == "+k"


def test_parse_multiple_files():
    text = "--- a\n+++ a\n@@ -1 +1 @@\n-x\n+y\n--- b\n+++ b\n@@ -1 +1 @@\n-p\n+q\n"
    patches = parse_patch(text)
    assert [p.old_path for p in patches] == ["a", "b"]
    with pytest.raises(PatchParseError, match="one file, found 2"):
        apply_patch("x\n", text)


def test_parse_blank_context_and_no_newline_marker():
    text = "--- a\n+++ b\n@@ -1,2 +1,2 @@\n\n-x\n\\ No newline at end of file\n+y\n"
    (patch,) = parse_patch(text)
    assert patch.hunks[0].lines == [" ", "-x", "+y"]


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("", "no file headers", None),
        ("--- a\nfoo\n", "not followed", 1),
        ("@@ -1 +1 @@\n", "before any file header", 1),
        ("--- a\n+++ b\n@@ -x +1 @@\n", "malformed hunk header", 3),
        ("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n", "ends inside a hunk", 4),
        ("--- a\n+++ b\n@@ -1 +1 @@\n*a\n", "unexpected line", 4),
        ("--- a\n+++ b\n@@ -1 +1,2 @@\n a\n a\n", "do not match", 3),
    ],
)
def test_parse_errors(text, message, line):
    with pytest.raises(PatchParseError, match=message) as info:
        parse_patch(text)
    assert info.value.line_number == line


def test_apply_patch(old_text, new_text, two_hunk_patch):
    assert apply_patch(old_text, two_hunk_patch) == new_text


def test_apply_patch_reverse(old_text, new_text, two_hunk_patch):
    assert apply_patch(new_text, two_hunk_patch, reverse=True) == old_text


def test_apply_parsed_patch_object(old_text, new_text, two_hunk_patch):
    patch = parse_patch(two_hunk_patch)[0]
    assert apply_patch(old_text, patch) == new_text
    assert patch.reversed().old_path == "b/f.txt"


def test_apply_without_trailing_newline():
    assert apply_patch("x\ny", diff_text("x\ny\n", "x\nz\n")) == "x\nz"


def test_apply_to_empty_and_result_empty():
    assert apply_patch("", diff_text("", "a\n")) == "a\n"
    assert apply_patch("a\n", diff_text("a\n", "")) == ""


def test_conflict_reports_mismatch(old_text, two_hunk_patch):
    broken = old_text.replace("i\n", "eye\n")
    with pytest.raises(PatchConflictError) as info:
        apply_patch(broken, two_hunk_patch)
    error = info.value
    assert (error.hunk_index, error.line_number, error.expected, error.found) == (1, 9, "i", "eye")
    assert str(error) == "hunk #2 does not apply at line 9: expected 'i', found 'eye'"


def test_conflict_at_end_of_file(two_hunk_patch):
    with pytest.raises(PatchConflictError, match="found end of file") as info:
        apply_patch("a\nb\nc\nd\ne\nf\ng\nh\n", two_hunk_patch)
    assert info.value.line_number == 9


def test_insertion_past_end_conflicts():
    with pytest.raises(PatchConflictError) as info:
        apply_hunks(["a"], [Hunk(5, 0, 6, 1, ["+x"])])
    assert (info.value.line_number, info.value.found) == (6, None)


def test_offset_search(old_text, new_text, two_hunk_patch):
    shifted = "new1\nnew2\n" + old_text
    with pytest.raises(PatchConflictError):
        apply_patch(shifted, two_hunk_patch)
    assert apply_patch(shifted, two_hunk_patch, max_offset=2) == "new1\nnew2\n" + new_text


def test_offset_search_backwards():
    hunk = Hunk(3, 1, 3, 1, ["-c", "+C"])
    assert apply_hunks(["c", "x", "y"], [hunk], max_offset=2) == ["C", "x", "y"]
    with pytest.raises(PatchConflictError):
        apply_hunks(["c", "x", "y"], [hunk], max_offset=1)


def test_negative_offset_rejected():
    with pytest.raises(ValueError):
        apply_hunks([], [], max_offset=-1)


def test_overlapping_hunks_rejected():
    hunks = [Hunk(1, 2, 1, 2, [" a", "-b", "+B"]), Hunk(2, 1, 2, 1, ["-b", "+B"])]
    with pytest.raises(PatchParseError, match="overlaps"):
        apply_hunks(["a", "b"], hunks)


def test_empty_patch_leaves_text():
    assert apply_hunks(["a", "b"], FilePatch("a", "b").hunks) == ["a", "b"]


def test_random_round_trip():
    rng = random.Random(7)
    for _ in range(40):
        old = "".join(rng.choice("abcd") + "\n" for _ in range(rng.randint(0, 10)))
        new = "".join(rng.choice("abcd") + "\n" for _ in range(rng.randint(0, 10)))
        patch = diff_text(old, new, context=rng.randint(0, 3))
        if patch:
            assert apply_patch(old, patch) == new
            assert apply_patch(new, patch, reverse=True) == old
        else:
            assert old == new
