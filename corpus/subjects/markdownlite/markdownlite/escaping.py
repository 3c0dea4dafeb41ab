"""HTML escaping and URL safety helpers."""
from __future__ import annotations

ESCAPABLE = frozenset("\\`*_{}[]()#+-.!>~|\"'<")
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")
_HTML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def escape_html(text: str, quote: bool = True) -> str:
    """Escape ``&``, ``<``, ``>`` and, when ``quote`` is true, ``"``."""
    return "".join(
        _HTML_ESCAPES[char] if char in _HTML_ESCAPES and (quote or char != '"') else char
        for char in text
    )


def is_safe_url(url: str) -> bool:
    """Reject URLs whose scheme could run script when clicked."""
    compact = "".join(char for char in url if not char.isspace() and ord(char) >= 32).lower()
    return not compact.startswith(UNSAFE_SCHEMES)


def safe_href(url: str) -> str:
    """Return an attribute-ready URL, replacing unsafe ones with ``#``."""
    if not is_safe_url(url):
        return "#"
    return escape_html(url.replace(" ", "%20"))
