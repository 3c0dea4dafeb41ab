import pytest

from paragraphs import Alignment, LayoutError, justify_line, wrap


@pytest.mark.parametrize(
    "align, expected",
    [
        (Alignment.LEFT, "ab cd"),
        (Alignment.RIGHT, "     ab cd"),
        (Alignment.CENTER, "  ab cd"),
        (Alignment.FULL, "ab      cd"),
        ("center", "  ab cd"),
        (" Right ", "     ab cd"),
    ],
)
def test_justify_line_modes(align, expected):
    assert justify_line(["ab", "cd"], 10, align) == expected


def test_full_justify_distributes_extra_to_left_gaps():
    assert justify_line(["a", "b", "c", "d"], 11, "full") == "a   b  c  d"


def test_full_justify_even_gaps():
    assert justify_line(["a", "b", "c"], 7, "full") == "a  b  c"


def test_full_justify_last_line_left():
    assert justify_line(["a", "b"], 6, "full", last=True) == "a b"


def test_full_justify_single_word():
    assert justify_line(["word"], 10, "full") == "word"


def test_justify_line_too_long_unchanged():
    assert justify_line(["abcdef", "ghij"], 8, "right") == "abcdef ghij"


def test_justify_exact_width_right():
    assert justify_line(["abc"], 3, "right") == "abc"


@pytest.mark.parametrize("value", ["middle", 3, None])
def test_parse_alignment_errors(value):
    with pytest.raises(LayoutError, match="unknown alignment"):
        Alignment.parse(value)


def test_parse_alignment_identity():
    assert Alignment.parse(Alignment.FULL) is Alignment.FULL


def test_wrap_full(fox_text):
    assert wrap(fox_text, 20, align="full") == [
        "The  quick brown fox",
        "jumps  over the lazy",
        "dog     and    keeps",
        "running far away",
    ]


def test_wrap_full_justify_last_line():
    assert wrap("aa bb cc dd", 7, align="full", justify_last_line=True) == [
        "aa   bb",
        "cc   dd",
    ]


def test_wrap_right_with_indent():
    assert wrap("one two three", 9, indent="|", subsequent_indent="||", align="right") == [
        "| one two",
        "||  three",
    ]


def test_wrap_center(fox_text):
    assert wrap(fox_text, 20, align="center") == [
        "The quick brown fox",
        "jumps over the lazy",
        "   dog and keeps",
        "  running far away",
    ]
