import pytest

from markdownlite import render_inline


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain text", "plain text"),
        ("", ""),
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("*em*", "<em>em</em>"),
        ("_em_", "<em>em</em>"),
        ("**strong**", "<strong>strong</strong>"),
        ("__strong__", "<strong>strong</strong>"),
        ("***both***", "<strong><em>both</em></strong>"),
        ("*a **b** c*", "<em>a <strong>b</strong> c</em>"),
        ("**a *b* c**", "<strong>a <em>b</em> c</strong>"),
        ("*foo*bar", "<em>foo</em>bar"),
        ("snake_case_word", "snake_case_word"),
        ("_under_score", "_under_score"),
        ("* not em *", "* not em *"),
        ("*not em *", "*not em *"),
        ("*unclosed", "*unclosed"),
        ("*foo**", "*foo**"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("`code`", "<code>code</code>"),
        ("`a < b`", "<code>a &lt; b</code>"),
        ("``a ` b``", "<code>a ` b</code>"),
        ("` `` `", "<code>``</code>"),
        ("`  `", "<code>  </code>"),
        ("`line\nbreak`", "<code>line break</code>"),
        ("`*no em*`", "<code>*no em*</code>"),
        ("`unclosed", "`unclosed"),
        ("``x`", "``x`"),
        ("*a `*` b*", "<em>a <code>*</code> b</em>"),
        ("*a `unclosed b*", "<em>a `unclosed b</em>"),
        ("\\*literal\\*", "*literal*"),
        ("\\<tag>", "&lt;tag&gt;"),
        ("back\\slash\\q", "back\\slash\\q"),
        ("*a \\* b*", "<em>a * b</em>"),
        ("trailing\\", "trailing\\"),
    ],
)
def test_emphasis_code_and_escapes(text, expected):
    assert render_inline(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[site](https://x.org)", '<a href="https://x.org">site</a>'),
        ('[t](/p "Title")', '<a href="/p" title="Title">t</a>'),
        ("[t](/p 'single')", '<a href="/p" title="single">t</a>'),
        ('[t](/p "say \\"hi\\"")', '<a href="/p" title="say &quot;hi&quot;">t</a>'),
        ("[t](</a b>)", '<a href="/a%20b">t</a>'),
        ("[**bold** link](u)", '<a href="u"><strong>bold</strong> link</a>'),
        ("[a [nested] b](u)", '<a href="u">a [nested] b</a>'),
        ("[a `]` b](u)", '<a href="u">a <code>]</code> b</a>'),
        ("[a \\] b](u)", '<a href="u">a ] b</a>'),
        ("[empty]()", '<a href="">empty</a>'),
        ("[x](javascript:alert(1))", '<a href="#">x</a>)'),
        ("[x](u?a=1&b=2)", '<a href="u?a=1&amp;b=2">x</a>'),
        ("[not a link]", "[not a link]"),
        ("[unclosed(u)", "[unclosed(u)"),
        ("[text] (u)", "[text] (u)"),
        ("[text](u", "[text](u"),
        ("[text](u bad title)", "[text](u bad title)"),
        ("[x `a](u)", '<a href="u">x `a</a>'),
        ('[t](<u> "T")', '<a href="u" title="T">t</a>'),
        ("[t](<u)", '<a href="&lt;u">t</a>'),
        ("<https://a.b/c?d=1>", '<a href="https://a.b/c?d=1">https://a.b/c?d=1</a>'),
        ("<javascript:alert(1)>", '<a href="#">javascript:alert(1)</a>'),
        ("<not a link>", "&lt;not a link&gt;"),
    ],
)
def test_links(text, expected):
    assert render_inline(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("one\ntwo", "one\ntwo"),
        ("one \ntwo", "one\ntwo"),
        ("one  \ntwo", "one<br />\ntwo"),
        ("one\\\ntwo", "one<br />\ntwo"),
        ("a   b", "a   b"),
        ("end  ", "end  "),
    ],
)
def test_line_breaks_and_spaces(text, expected):
    assert render_inline(text) == expected


def test_inline_fixture(inline):
    assert inline("_x_ and *y*") == "<em>x</em> and <em>y</em>"
