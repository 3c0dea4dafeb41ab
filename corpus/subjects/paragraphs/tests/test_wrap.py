import pytest

from paragraphs import (
    LayoutError,
    LayoutOptions,
    break_word,
    bullet,
    fill,
    layout,
    words,
    wrap,
)


def test_words_splits_on_any_whitespace():
    assert words("  one\ttwo\n three  ") == ["one", "two", "three"]


def test_words_empty():
    assert words("   \n\t") == []


def test_wrap_left(fox_text):
    assert wrap(fox_text, 20) == [
        "The quick brown fox",
        "jumps over the lazy",
        "dog and keeps",
        "running far away",
    ]


def test_wrap_exact_width_fits():
    assert wrap("abcd efgh", 9) == ["abcd efgh"]
    assert wrap("abcd efgh", 8) == ["abcd", "efgh"]


def test_wrap_empty_text():
    assert wrap("", 10) == []
    assert fill("   ", 10) == ""


def test_wrap_single_word():
    assert wrap("hello", 5) == ["hello"]


def test_fill_joins_lines(fox_text):
    assert fill(fox_text, 30) == (
        "The quick brown fox jumps over\n"
        "the lazy dog and keeps running\n"
        "far away"
    )


def test_wrap_with_indents():
    assert wrap("abcdefghijklmnopqrstuvwxyz end", 10, indent=">> ", subsequent_indent="  ") == [
        ">> abcdefg",
        "  hijklmno",
        "  pqrstuvw",
        "  xyz end",
    ]


def test_layout_uses_options(narrow_options):
    assert layout("aa bb cc dd ee ff", narrow_options) == [
        "> aa bb cc",
        "  dd ee ff",
    ]


def test_long_word_broken_with_hyphen():
    assert wrap("abcdefghijklmnopqrstuvwxyz end", 10, hyphen="-") == [
        "abcdefghi-",
        "jklmnopqr-",
        "stuvwxyz",
        "end",
    ]


def test_long_word_starts_on_fresh_line():
    assert wrap("ab abcdefghij cd", 6) == ["ab", "abcdef", "ghij", "cd"]


def test_long_word_kept_when_breaking_disabled():
    assert wrap("a abcdefghij b", 5, break_long_words=False) == ["a", "abcdefghij", "b"]


def test_bullet_hanging_indent(fox_text):
    assert bullet("1. ", fox_text, 20).split("\n") == [
        "1. The quick brown",
        "   fox jumps over",
        "   the lazy dog and",
        "   keeps running far",
        "   away",
    ]


def test_bullet_with_alignment():
    assert bullet("- ", "aa b cc dd", 8, align="full").split("\n") == [
        "- aa   b",
        "  cc dd",
    ]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"width": 0},
        {"width": -3},
        {"width": 4, "indent": "    "},
        {"width": 4, "subsequent_indent": "      "},
        {"width": 3, "hyphen": "---"},
        {"width": 5, "indent": "  ", "hyphen": "---"},
        {"width": 10, "align": "diagonal"},
    ],
)
def test_invalid_options(kwargs):
    with pytest.raises(LayoutError):
        LayoutOptions(**kwargs)


@pytest.mark.parametrize("width", ["10", 2.5, True])
def test_width_must_be_int(width):
    with pytest.raises(LayoutError, match="integer"):
        LayoutOptions(width=width)


def test_long_hyphen_allowed_without_breaking():
    options = LayoutOptions(width=3, hyphen="---", break_long_words=False)
    assert layout("abcdef", options) == ["abcdef"]


def test_options_properties():
    options = LayoutOptions(width=12, indent="  ", subsequent_indent="      ", align="RIGHT")
    assert options.align.value == "right"
    assert options.available(True) == 10
    assert options.available(False) == 6
    assert options.min_available == 6
    assert options.hanging == 4


@pytest.mark.parametrize(
    "word, size, hyphen, expected",
    [
        ("abc", 5, "", ["abc"]),
        ("abcde", 5, "", ["abcde"]),
        ("abcdefgh", 3, "", ["abc", "def", "gh"]),
        ("abcdefgh", 4, "-", ["abc-", "def-", "gh"]),
        ("abcdef", 3, "", ["abc", "def"]),
    ],
)
def test_break_word(word, size, hyphen, expected):
    assert break_word(word, size, hyphen) == expected


@pytest.mark.parametrize("size, hyphen", [(0, ""), (2, "--"), (2, "---")])
def test_break_word_errors(size, hyphen):
    with pytest.raises(LayoutError):
        break_word("abcdefgh", size, hyphen)
