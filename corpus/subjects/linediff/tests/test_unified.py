import pytest

from linediff import (
    DiffError,
    DiffStat,
    Hunk,
    diff_hunks,
    diff_stat,
    diff_text,
    format_hunks,
    group_opcodes,
    opcodes,
    unified_diff,
)


def test_unified_diff_two_hunks(old_lines, new_lines):
    assert unified_diff(old_lines, new_lines, "old.txt", "new.txt", context=2) == [
        "--- old.txt",
        "+++ new.txt",
        "@@ -1,4 +1,4 @@",
        " a",
        "-b",
        "+B",
        " c",
        " d",
        "@@ -7,4 +7,5 @@",
        " g",
        " h",
        "-i",
        "+I",
        " j",
        "+k",
    ]


def test_large_context_merges_hunks(old_lines, new_lines):
    hunks = diff_hunks(old_lines, new_lines, context=3)
    assert len(hunks) == 1
    assert hunks[0].header() == "@@ -1,10 +1,11 @@"


def test_context_zero(old_lines, new_lines):
    assert [h.header() for h in diff_hunks(old_lines, new_lines, context=0)] == [
        "@@ -2 +2 @@",
        "@@ -9 +9 @@",
        "@@ -10,0 +11 @@",
    ]


def test_context_split_boundary():
    a = ["x", "1", "2", "3", "4", "y"]
    b = ["X", "1", "2", "3", "4", "Y"]
    assert len(diff_hunks(a, b, context=2)) == 1
    assert len(diff_hunks(a, b, context=1)) == 2


def test_identical_inputs_produce_nothing(old_lines):
    assert unified_diff(old_lines, list(old_lines)) == []
    assert diff_text("same\n", "same\n") == ""
    assert group_opcodes(opcodes([], [])) == []


def test_negative_context_rejected(old_lines, new_lines):
    with pytest.raises(DiffError):
        unified_diff(old_lines, new_lines, context=-1)


def test_diff_from_empty():
    assert diff_text("", "x\ny\n") == "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n"


def test_diff_to_empty():
    assert diff_text("x\ny\n", "") == "--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n"


def test_diff_text(old_text, new_text):
    text = diff_text(old_text, new_text, context=1)
    assert text.splitlines()[2:5] == ["@@ -1,3 +1,3 @@", " a", "-b"]
    assert text.endswith("+k\n")


@pytest.mark.parametrize(
    "start, count, expected",
    [(5, 1, "-5"), (5, 3, "-5,3"), (4, 0, "-4,0")],
)
def test_header_ranges(start, count, expected):
    assert Hunk(start, count, 1, 2).header() == f"@@ {expected} +1,2 @@"


def test_hunk_accessors():
    hunk = Hunk(3, 3, 3, 2, [" a", "-b", "-c", "+C"])
    assert hunk.old_lines() == ["a", "b", "c"]
    assert hunk.new_lines() == ["a", "C"]
    assert (hunk.additions, hunk.deletions) == (1, 2)
    assert hunk.old_offset == 2
    assert Hunk(4, 0, 5, 1, ["+x"]).old_offset == 4


def test_hunk_reversed():
    hunk = Hunk(3, 2, 3, 1, [" a", "-b", "+"]).reversed()
    assert (hunk.old_start, hunk.old_count, hunk.new_start, hunk.new_count) == (3, 1, 3, 2)
    assert hunk.lines == [" a", "+b", "-"]


def test_diff_stat(old_lines, new_lines):
    stat = diff_stat(diff_hunks(old_lines, new_lines, context=2))
    assert stat == DiffStat(2, 3, 2)
    assert stat.changed is True
    assert str(stat) == "2 hunks, +3 -2"


def test_diff_stat_empty_and_single():
    assert diff_stat([]).changed is False
    assert str(DiffStat(1, 0, 4)) == "1 hunk, +0 -4"


def test_format_hunks_empty():
    assert format_hunks([], "a", "b") == []
