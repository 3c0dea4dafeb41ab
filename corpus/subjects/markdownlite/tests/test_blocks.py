import pytest

from markdownlite.blocks import (
    BlockQuote,
    CodeBlock,
    Heading,
    ListBlock,
    ListItem,
    ListMarker,
    Paragraph,
    ThematicBreak,
    match_marker,
    parse_blocks,
)


@pytest.mark.parametrize(
    "text, level, content",
    [
        ("# Title", 1, "Title"),
        ("###### Six", 6, "Six"),
        ("## Closed ##", 2, "Closed"),
        ("#   spaced   #  ", 1, "spaced"),
        ("#", 1, ""),
        ("# #", 1, ""),
        ("# C#", 1, "C#"),
        ("   ## indented", 2, "indented"),
        ("#\tTab", 1, "Tab"),
    ],
)
def test_headings(text, level, content):
    assert parse_blocks(text) == [Heading(level, content)]


@pytest.mark.parametrize("text", ["#hashtag", "####### seven", "    # too indented"])
def test_not_headings(text):
    assert parse_blocks(text) == [Paragraph(text.strip())]


def test_paragraphs_split_on_blank_lines():
    assert parse_blocks("one\n  two\n\n\nthree  \n") == [Paragraph("one\ntwo"), Paragraph("three")]


def test_paragraph_keeps_inner_hard_break_spaces():
    assert parse_blocks("a  \nb") == [Paragraph("a  \nb")]


def test_blocks_interrupt_paragraph():
    assert parse_blocks("text\n# Head\nmore\n- item\n> quote") == [
        Paragraph("text"),
        Heading(1, "Head"),
        Paragraph("more"),
        ListBlock(False, [ListItem([Paragraph("item")])]),
        BlockQuote([Paragraph("quote")]),
    ]


@pytest.mark.parametrize("text", ["---", "***", "___", " - - -", "*  *  *  ", "-----"])
def test_thematic_breaks(text):
    assert parse_blocks(text) == [ThematicBreak()]


def test_empty_document():
    assert parse_blocks("") == []
    assert parse_blocks("\n \n\t\n") == []


def test_fenced_code_with_language():
    text = "```python extra words\nx = 1\n\n  y = 2\n```\nafter"
    assert parse_blocks(text) == [CodeBlock("x = 1\n\n  y = 2\n", "python"), Paragraph("after")]


def test_fence_indentation_is_removed_from_body():
    assert parse_blocks("  ~~~\n    a\n b\nc\n  ~~~") == [CodeBlock("  a\nb\nc\n")]


def test_fence_closing_rules():
    text = "````\n```\n~~~~\n`````\nrest"
    assert parse_blocks(text) == [CodeBlock("```\n~~~~\n"), Paragraph("rest")]


def test_unclosed_fence_runs_to_end():
    assert parse_blocks("```\n# not heading\n- not list") == [CodeBlock("# not heading\n- not list\n")]


def test_empty_fenced_block():
    assert parse_blocks("```\n```") == [CodeBlock("")]


def test_backtick_fence_info_cannot_contain_backticks():
    assert parse_blocks("``` a`b\ntext") == [Paragraph("``` a`b\ntext")]


def test_tilde_fence_info_may_contain_backticks():
    assert parse_blocks("~~~ a`b\ncode\n~~~") == [CodeBlock("code\n", "a`b")]


def test_tabs_in_indentation_expand():
    assert parse_blocks("-\tone\n\t- two")[0].items[0].children[1] == ListBlock(False, [ListItem([Paragraph("two")])])


def test_block_quote_nesting_and_lazy_lines():
    assert parse_blocks("> a\nlazy\n>\n> > inner\n\nout") == [
        BlockQuote([Paragraph("a\nlazy"), BlockQuote([Paragraph("inner")])]),
        Paragraph("out"),
    ]


def test_block_quote_ends_at_interrupting_line():
    assert parse_blocks("> a\n---") == [BlockQuote([Paragraph("a")]), ThematicBreak()]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("- item", ListMarker(False, "-", 1, 2, "item")),
        ("*   wide", ListMarker(False, "*", 1, 4, "wide")),
        ("  + x", ListMarker(False, "+", 1, 4, "x")),
        ("-", ListMarker(False, "-", 1, 2, "")),
        ("12. twelve", ListMarker(True, ".", 12, 4, "twelve")),
        ("3) three", ListMarker(True, ")", 3, 3, "three")),
        ("1.", ListMarker(True, ".", 1, 3, "")),
        ("-no space", None),
        ("1.5 not", None),
        ("1234567890. too long", None),
        ("* * *", None),
        ("    - too deep", None),
    ],
)
def test_match_marker(line, expected):
    assert match_marker(line) == expected


def test_tight_list_with_nesting():
    assert parse_blocks("- a\n- b\n  - c\n  continued\n- d") == [
        ListBlock(
            False,
            [
                ListItem([Paragraph("a")]),
                ListItem([Paragraph("b"), ListBlock(False, [ListItem([Paragraph("c\ncontinued")])])]),
                ListItem([Paragraph("d")]),
            ],
        )
    ]


def test_blank_line_between_items_makes_list_loose():
    block = parse_blocks("1. a\n\n2. b\n")[0]
    assert block == ListBlock(True, [ListItem([Paragraph("a")]), ListItem([Paragraph("b")])], 1, True)


def test_blank_line_inside_item_makes_list_loose():
    block = parse_blocks("- a\n\n  more\n- b")[0]
    assert block.loose is True
    assert block.items[0].children == [Paragraph("a"), Paragraph("more")]


def test_trailing_blank_after_last_item_keeps_list_tight():
    blocks = parse_blocks("- a\n- b\n\nafter")
    assert blocks[0].loose is False
    assert blocks[1] == Paragraph("after")


def test_changing_marker_starts_new_list():
    assert parse_blocks("- a\n+ b\n1. c\n2) d") == [
        ListBlock(False, [ListItem([Paragraph("a")])]),
        ListBlock(False, [ListItem([Paragraph("b")])]),
        ListBlock(True, [ListItem([Paragraph("c")])], 1),
        ListBlock(True, [ListItem([Paragraph("d")])], 2),
    ]


def test_ordered_list_start_number():
    assert parse_blocks("7. seven\n8. eight")[0].start == 7


def test_empty_item_and_content_on_next_line():
    assert parse_blocks("-\n  foo\n-")[0].items == [ListItem([Paragraph("foo")]), ListItem([])]


def test_list_ends_at_unindented_block():
    assert parse_blocks("- a\n\nplain") == [
        ListBlock(False, [ListItem([Paragraph("a")])]),
        Paragraph("plain"),
    ]


def test_code_fence_inside_list_item():
    assert parse_blocks("- ```\n  code\n  ```") == [
        ListBlock(False, [ListItem([CodeBlock("code\n")])])
    ]
