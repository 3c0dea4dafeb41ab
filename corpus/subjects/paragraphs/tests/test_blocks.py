import pytest

from paragraphs import (
    LayoutError,
    dedent,
    indent_lines,
    join_paragraphs,
    measure,
    reflow,
    shorten,
    split_paragraphs,
    unwrap,
)


def test_split_paragraphs(hard_wrapped):
    assert split_paragraphs(hard_wrapped) == [
        "Lorem ipsum dolor\nsit amet, consec-\ntetur adipiscing.",
        "Second paragraph\n  with indented line.",
    ]


def test_split_paragraphs_empty():
    assert split_paragraphs("\n  \n\n") == []


def test_split_paragraphs_single_line():
    assert split_paragraphs("only one   ") == ["only one"]


def test_unwrap_rejoins_hyphenated_word():
    assert unwrap("Lorem ipsum dolor\nsit amet, consec-\ntetur adipiscing.") == (
        "Lorem ipsum dolor sit amet, consectetur adipiscing."
    )


def test_unwrap_keeps_hyphen_before_capital():
    assert unwrap("a well-\nKnown   thing\n\n") == "a well-Known thing"


def test_unwrap_without_rejoin():
    assert unwrap("consec-\ntetur", rejoin_hyphens=False) == "consec- tetur"


def test_unwrap_ignores_dash_after_non_letter():
    assert unwrap("range 3-\n5 items") == "range 3- 5 items"


def test_join_paragraphs():
    assert join_paragraphs(["\nfirst\n", "  ", "second"]) == "first\n\nsecond"
    assert join_paragraphs(["a", "b"], blank_lines=0) == "a\nb"
    assert join_paragraphs(["a", "b"], blank_lines=2) == "a\n\n\nb"


def test_join_paragraphs_negative():
    with pytest.raises(LayoutError):
        join_paragraphs(["a"], blank_lines=-1)


def test_reflow(hard_wrapped):
    assert reflow(hard_wrapped, 24) == (
        "Lorem ipsum dolor sit\n"
        "amet, consectetur\n"
        "adipiscing.\n"
        "\n"
        "Second paragraph with\n"
        "indented line."
    )


def test_reflow_with_options():
    assert reflow("a b c d\n\ne f", 5, blank_lines=0, indent="*") == "*a b\nc d\n*e f"


@pytest.mark.parametrize(
    "text, width, expected",
    [
        ("Hello  world", 20, "Hello world"),
        ("The quick brown fox jumps", 18, "The quick [...]"),
        ("The quick brown fox jumps", 15, "The quick [...]"),
        ("The quick brown fox jumps", 14, "The [...]"),
        ("Supercalifragilistic word", 10, "[...]"),
    ],
)
def test_shorten(text, width, expected):
    assert shorten(text, width) == expected


def test_shorten_custom_placeholder():
    assert shorten("one two three four", 12, placeholder="...") == "one two..."


def test_shorten_placeholder_too_wide():
    with pytest.raises(LayoutError):
        shorten("anything", 3)


def test_measure():
    assert measure(["ab", "abcd", ""]) == (4, 3)
    assert measure([]) == (0, 0)


def test_indent_lines_default_skips_blank():
    assert indent_lines("a\n\n  \nb\n", "> ") == "> a\n\n  \n> b\n"


def test_indent_lines_predicate():
    assert indent_lines("a\n\nb", "#", predicate=lambda line: True) == "#a\n#\n#b"


def test_dedent_common_margin():
    assert dedent("    a\n      b\n\n    c") == "a\n  b\n\nc"


def test_dedent_mixed_tabs_and_spaces():
    assert dedent("\t  x\n\t y") == " x\ny"


def test_dedent_blank_only():
    assert dedent("  \n \n") == "\n\n"


def test_dedent_no_margin():
    assert dedent("a\n  b") == "a\n  b"
