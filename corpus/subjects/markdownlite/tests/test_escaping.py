import pytest

from markdownlite.escaping import escape_html, is_safe_url, safe_href


@pytest.mark.parametrize(
    "text, quote, expected",
    [
        ('<a href="x">&</a>', True, "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"),
        ('say "hi" & bye', False, 'say "hi" &amp; bye'),
        ("", True, ""),
        ("plain 'text'", True, "plain 'text'"),
    ],
)
def test_escape_html(text, quote, expected):
    assert escape_html(text, quote) == expected


@pytest.mark.parametrize(
    "url, safe",
    [
        ("https://example.com", True),
        ("/relative/path", True),
        ("mailto:a@b.c", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" java\tscript:alert(1)", False),
        ("vbscript:x", False),
        ("data:text/html,x", False),
        ("file:///etc/passwd", False),
    ],
)
def test_is_safe_url(url, safe):
    assert is_safe_url(url) is safe


def test_safe_href():
    assert safe_href('/a b?x=1&y="2"') == "/a%20b?x=1&amp;y=&quot;2&quot;"
    assert safe_href("javascript:evil()") == "#"
