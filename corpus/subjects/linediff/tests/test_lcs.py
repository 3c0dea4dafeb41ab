import pytest

from linediff import Op, Opcode, lcs, lcs_length, matching_pairs, opcodes, similarity


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("ABCBDAB", "BDCABA", 4),
        ("", "abc", 0),
        ("abc", "", 0),
        ("abc", "abc", 3),
        ("abc", "def", 0),
        ("xabcx", "yabcy", 3),
        ("a", "a", 1),
    ],
)
def test_lcs_length(a, b, expected):
    assert lcs_length(a, b) == expected


def test_lcs_elements():
    assert "".join(lcs("ABCBDAB", "BDCABA")) == "BDAB"


def test_matching_pairs_with_common_affixes():
    assert matching_pairs("pXYZs", "pXZs") == [(0, 0), (1, 1), (3, 2), (4, 3)]


def test_matching_pairs_prefers_deletion_first():
    assert matching_pairs("ab", "ba") == [(1, 0)]


def test_opcodes_replace_insert_delete():
    assert opcodes(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"]) == [
        Opcode(Op.EQUAL, 0, 1, 0, 1),
        Opcode(Op.REPLACE, 1, 2, 1, 2),
        Opcode(Op.EQUAL, 2, 4, 2, 4),
        Opcode(Op.INSERT, 4, 4, 4, 5),
    ]


def test_opcodes_delete():
    assert opcodes("abc", "c") == [Opcode(Op.DELETE, 0, 2, 0, 0), Opcode(Op.EQUAL, 2, 3, 0, 1)]


def test_opcodes_empty():
    assert opcodes("", "") == []
    assert opcodes("", "ab") == [Opcode(Op.INSERT, 0, 0, 0, 2)]


def test_opcode_lengths():
    code = Opcode(Op.REPLACE, 2, 5, 1, 2)
    assert (code.a_len, code.b_len) == (3, 1)


@pytest.mark.parametrize(
    "a, b, expected",
    [("", "", 1.0), ("abcd", "abcd", 1.0), ("abcd", "wxyz", 0.0), ("abcd", "ab", 4 / 6)],
)
def test_similarity(a, b, expected):
    assert similarity(a, b) == pytest.approx(expected)
