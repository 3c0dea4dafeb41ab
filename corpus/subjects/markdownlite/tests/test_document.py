import pytest

from markdownlite import HtmlRenderer, markdown_to_html, parse_blocks, slugify
from markdownlite.blocks import ListBlock, ListItem


def test_full_document(md):
    text = (
        "# Guide\n"
        "\n"
        "Intro with *style* and `code`.\n"
        "\n"
        "- first\n"
        "- second with [link](https://e.x)\n"
        "\n"
        "```sh\n"
        "echo '<hi>' && exit\n"
        "```\n"
        "\n"
        "---\n"
        "> quoted **text**\n"
    )
    assert md(text) == (
        "<h1>Guide</h1>\n"
        "<p>Intro with <em>style</em> and <code>code</code>.</p>\n"
        "<ul>\n"
        "<li>first</li>\n"
        '<li>second with <a href="https://e.x">link</a></li>\n'
        "</ul>\n"
        '<pre><code class="language-sh">echo \'&lt;hi&gt;\' &amp;&amp; exit\n'
        "</code></pre>\n"
        "<hr />\n"
        "<blockquote>\n"
        "<p>quoted <strong>text</strong></p>\n"
        "</blockquote>\n"
    )


def test_empty_input(md):
    assert md("") == ""


def test_html_is_escaped_everywhere(md):
    assert md("<script>alert('x')</script>") == "<p>&lt;script&gt;alert('x')&lt;/script&gt;</p>\n"
    assert md('# a "b" <c>') == "<h1>a &quot;b&quot; &lt;c&gt;</h1>\n"


def test_code_block_keeps_quotes_unescaped(md):
    assert md('```\nsay "hi"\n```') == '<pre><code>say "hi"\n</code></pre>\n'


def test_code_language_is_escaped(md):
    assert md('~~~ a"b\nx\n~~~') == '<pre><code class="language-a&quot;b">x\n</code></pre>\n'


def test_ordered_list_with_start(md):
    assert md("3. c\n4. d") == '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n'
    assert md("1) a") == "<ol>\n<li>a</li>\n</ol>\n"


def test_loose_list_wraps_paragraphs(md):
    assert md("- a\n\n- b") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n"


def test_tight_nested_list(md):
    assert md("- a\n  - b\n- c") == "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>\n"


def test_item_starting_with_non_paragraph(md):
    assert md("- # head\n  text") == "<ul>\n<li>\n<h1>head</h1>\ntext\n</li>\n</ul>\n"


def test_empty_item(md):
    assert md("-\n- x") == "<ul>\n<li></li>\n<li>x</li>\n</ul>\n"


def test_nested_blockquote(md):
    assert md("> > deep") == "<blockquote>\n<blockquote>\n<p>deep</p>\n</blockquote>\n</blockquote>\n"


def test_heading_ids_are_unique(md):
    text = "# Hello, *World*!\n## Hello World\n# R&D\n# ?"
    assert md(text, heading_ids=True) == (
        '<h1 id="hello-world">Hello, <em>World</em>!</h1>\n'
        '<h2 id="hello-world-1">Hello World</h2>\n'
        '<h1 id="r-d">R&amp;D</h1>\n'
        '<h1 id="section">?</h1>\n'
    )


def test_heading_ids_reset_between_renders():
    renderer = HtmlRenderer(heading_ids=True)
    blocks = parse_blocks("# A")
    assert renderer.render(blocks) == '<h1 id="a">A</h1>\n'
    assert renderer.render(blocks) == '<h1 id="a">A</h1>\n'


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Hello World", "hello-world"),
        ("<em>Tagged</em> text", "tagged-text"),
        ("Q&amp;A &#39;x&#39;", "q-a-x"),
        ("  --  ", "section"),
        ("Version 2.0", "version-2-0"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_rejects_non_string():
    with pytest.raises(TypeError, match="expected str, got bytes"):
        markdown_to_html(b"# x")


def test_renderer_rejects_unknown_block():
    with pytest.raises(TypeError, match="unknown block type str"):
        HtmlRenderer().render(["oops"])


def test_renderer_handles_programmatic_loose_list():
    block = ListBlock(True, [ListItem([])], start=5, loose=True)
    assert HtmlRenderer().render([block]) == '<ol start="5">\n<li></li>\n</ol>\n'
