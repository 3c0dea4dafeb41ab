"""Block structure: headings, paragraphs, lists, fenced code, quotes and breaks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$")
CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
FENCE_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
BULLET = re.compile(r"^( {0,3})([-+*])(?:([ \t]+)(.*))?$")
ORDERED = re.compile(r"^( {0,3})(\d{1,9})([.)])(?:([ \t]+)(.*))?$")
QUOTE = re.compile(r"^ {0,3}> ?(.*)$")


@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Paragraph:
    text: str


@dataclass
class CodeBlock:
    code: str
    language: str | None = None


@dataclass
class ThematicBreak:
    pass


@dataclass
class BlockQuote:
    children: list["Block"] = field(default_factory=list)


@dataclass
class ListItem:
    children: list["Block"] = field(default_factory=list)


@dataclass
class ListBlock:
    ordered: bool
    items: list[ListItem]
    start: int = 1
    loose: bool = False


Block = Union[Heading, Paragraph, CodeBlock, ThematicBreak, BlockQuote, ListBlock]


@dataclass(frozen=True)
class ListMarker:
    ordered: bool
    symbol: str
    start: int
    content_indent: int
    first_line: str

    def continues(self, other: "ListMarker") -> bool:
        """Whether ``other`` starts another item of the same list."""
        return self.ordered == other.ordered and self.symbol == other.symbol


def match_marker(line: str) -> ListMarker | None:
    """Recognise a bullet (``-``, ``+``, ``*``) or ordered (``1.``, ``1)``) list marker."""
    if THEMATIC_BREAK.match(line):
        return None
    bullet = BULLET.match(line)
    if bullet:
        indent, symbol, spacing, rest = bullet.groups()
        width = len(indent) + 1
        return ListMarker(False, symbol, 1, width + (len(spacing) if rest else 1), rest or "")
    ordered = ORDERED.match(line)
    if ordered:
        indent, number, symbol, spacing, rest = ordered.groups()
        width = len(indent) + len(number) + 1
        return ListMarker(True, symbol, int(number), width + (len(spacing) if rest else 1), rest or "")
    return None


def _expand_indent(line: str) -> str:
    body = line.lstrip(" \t")
    return line[: len(line) - len(body)].expandtabs(4) + body


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class BlockParser:
    """Splits Markdown text into a list of block nodes."""

    def parse(self, text: str) -> list[Block]:
        return self.parse_lines([_expand_indent(line) for line in text.splitlines()])

    def parse_lines(self, lines: list[str]) -> list[Block]:
        blocks: list[Block] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            if not line.strip():
                index += 1
                continue
            fence = self._fence_start(line)
            heading = ATX_HEADING.match(line)
            marker = match_marker(line)
            if fence is not None:
                block, index = self._fenced_code(lines, index, fence)
            elif heading:
                content = CLOSING_HASHES.sub("", heading.group(2).strip())
                block, index = Heading(len(heading.group(1)), content.strip()), index + 1
            elif THEMATIC_BREAK.match(line):
                block, index = ThematicBreak(), index + 1
            elif QUOTE.match(line):
                block, index = self._block_quote(lines, index)
            elif marker is not None:
                block, index = self._list(lines, index, marker)
            else:
                block, index = self._paragraph(lines, index)
            blocks.append(block)
        return blocks

    @staticmethod
    def _fence_start(line: str) -> re.Match[str] | None:
        match = FENCE_OPEN.match(line)
        if match is None or (match.group(2)[0] == "`" and "`" in match.group(3)):
            return None
        return match

    def interrupts_paragraph(self, line: str) -> bool:
        return bool(
            self._fence_start(line)
            or ATX_HEADING.match(line)
            or THEMATIC_BREAK.match(line)
            or QUOTE.match(line)
            or match_marker(line)
        )

    def _fenced_code(self, lines: list[str], index: int, fence: re.Match[str]) -> tuple[CodeBlock, int]:
        indent = len(fence.group(1))
        opener = fence.group(2)
        info = fence.group(3).strip()
        closing = re.compile(rf"^ {{0,3}}{re.escape(opener[0])}{{{len(opener)},}}[ \t]*$")
        body: list[str] = []
        index += 1
        while index < len(lines) and not closing.match(lines[index]):
            line = lines[index]
            body.append(line[min(indent, _indent_of(line)) :])
            index += 1
        code = "".join(line + "\n" for line in body)
        language = info.split()[0] if info else None
        return CodeBlock(code, language), index + 1

    def _paragraph(self, lines: list[str], index: int) -> tuple[Paragraph, int]:
        collected = [lines[index].lstrip()]
        index += 1
        while index < len(lines) and lines[index].strip() and not self.interrupts_paragraph(lines[index]):
            collected.append(lines[index].lstrip())
            index += 1
        return Paragraph("\n".join(collected).rstrip()), index

    def _block_quote(self, lines: list[str], index: int) -> tuple[BlockQuote, int]:
        inner: list[str] = []
        while index < len(lines):
            match = QUOTE.match(lines[index])
            if match:
                inner.append(match.group(1))
            elif lines[index].strip() and inner[-1].strip() and not self.interrupts_paragraph(lines[index]):
                inner.append(lines[index].lstrip())
            else:
                break
            index += 1
        return BlockQuote(self.parse_lines(inner)), index

    def _list(self, lines: list[str], index: int, marker: ListMarker) -> tuple[ListBlock, int]:
        first = marker
        items: list[ListItem] = []
        loose = False
        while True:
            item_lines = [marker.first_line]
            index += 1
            while index < len(lines):
                line = lines[index]
                if not line.strip():
                    item_lines.append("")
                elif _indent_of(line) >= marker.content_indent:
                    item_lines.append(line[marker.content_indent :])
                elif item_lines[-1].strip() and not self.interrupts_paragraph(line):
                    item_lines.append(line.lstrip())
                else:
                    break
                index += 1
            trailing_blank = False
            while len(item_lines) > 1 and not item_lines[-1].strip():
                item_lines.pop()
                trailing_blank = True
            if "" in item_lines[1:]:
                loose = True
            items.append(ListItem(self.parse_lines(item_lines)))
            following = match_marker(lines[index]) if index < len(lines) else None
            if following is None or not first.continues(following):
                break
            loose = loose or trailing_blank
            marker = following
        return ListBlock(first.ordered, items, first.start, loose), index


def parse_blocks(text: str) -> list[Block]:
    """Parse Markdown ``text`` into block nodes."""
    return BlockParser().parse(text)
