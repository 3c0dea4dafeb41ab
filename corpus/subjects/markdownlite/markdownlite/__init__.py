"""Convert a practical subset of Markdown to HTML."""
from .blocks import (
    BlockParser,
    BlockQuote,
    CodeBlock,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    ThematicBreak,
    match_marker,
    parse_blocks,
)
from .escaping import escape_html, is_safe_url, safe_href
from .inline import InlineRenderer, render_inline
from .renderer import HtmlRenderer, markdown_to_html, slugify

__all__ = [
    "BlockParser", "BlockQuote", "CodeBlock", "Heading", "HtmlRenderer", "InlineRenderer",
    "ListBlock", "ListItem", "Paragraph", "ThematicBreak", "escape_html", "is_safe_url",
    "markdown_to_html", "match_marker", "parse_blocks", "render_inline", "safe_href", "slugify",
]
