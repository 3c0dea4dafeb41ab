"""HTML rendering of block nodes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, BlockQuote, CodeBlock, Heading, ListBlock, ListItem, Paragraph, ThematicBreak, parse_blocks
from .escaping import escape_html
from .inline import InlineRenderer

TAG = re.compile(r"<[^>]*>")


def slugify(text: str) -> str:
    """Turn heading text (possibly containing HTML) into an id attribute value."""
    plain = TAG.sub("", text)
    plain = re.sub(r"&[a-z]+;|&#\d+;", " ", plain).lower()
    words = re.findall(r"[a-z0-9]+", plain)
    return "-".join(words) or "section"


@dataclass
class HtmlRenderer:
    """Renders blocks to HTML; ``heading_ids`` adds unique ``id`` attributes to headings."""

    heading_ids: bool = False
    inline: InlineRenderer = field(default_factory=InlineRenderer)
    _used_ids: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    def render(self, blocks: list[Block]) -> str:
        self._used_ids.clear()
        return "".join(self._block(block, tight=False) + "\n" for block in blocks)

    def _unique_id(self, text: str) -> str:
        base = slugify(text)
        count = self._used_ids.get(base, 0)
        self._used_ids[base] = count + 1
        return base if count == 0 else f"{base}-{count}"

    def _block(self, block: Block, tight: bool) -> str:
        if isinstance(block, Paragraph):
            content = self.inline.render(block.text)
            return content if tight else f"<p>{content}</p>"
        if isinstance(block, Heading):
            content = self.inline.render(block.text)
            attribute = f' id="{self._unique_id(content)}"' if self.heading_ids else ""
            return f"<h{block.level}{attribute}>{content}</h{block.level}>"
        if isinstance(block, CodeBlock):
            attribute = f' class="language-{escape_html(block.language)}"' if block.language else ""
            return f"<pre><code{attribute}>{escape_html(block.code, quote=False)}</code></pre>"
        if isinstance(block, ThematicBreak):
            return "<hr />"
        if isinstance(block, BlockQuote):
            inner = "".join(self._block(child, tight=False) + "\n" for child in block.children)
            return f"<blockquote>\n{inner}</blockquote>"
        if isinstance(block, ListBlock):
            return self._list(block)
        raise TypeError(f"unknown block type {type(block).__name__}")

    def _list(self, block: ListBlock) -> str:
        if block.ordered:
            tag = "ol"
            opening = "<ol>" if block.start == 1 else f'<ol start="{block.start}">'
        else:
            tag, opening = "ul", "<ul>"
        items = "".join(self._item(item, tight=not block.loose) + "\n" for item in block.items)
        return f"{opening}\n{items}</{tag}>"

    def _item(self, item: ListItem, tight: bool) -> str:
        if not item.children:
            return "<li></li>"
        parts = [self._block(child, tight) for child in item.children]
        if tight and isinstance(item.children[0], Paragraph):
            head, rest = parts[0], parts[1:]
            if not rest:
                return f"<li>{head}</li>"
            return f"<li>{head}\n" + "".join(part + "\n" for part in rest) + "</li>"
        return "<li>\n" + "".join(part + "\n" for part in parts) + "</li>"


def markdown_to_html(text: str, heading_ids: bool = False) -> str:
    """Convert Markdown ``text`` to an HTML fragment."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return HtmlRenderer(heading_ids=heading_ids).render(parse_blocks(text))
