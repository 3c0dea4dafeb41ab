"""Splits template source into text, output, block and comment tokens."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterator

from .errors import TemplateSyntaxError


class TokenType(Enum):
    TEXT = "text"
    OUTPUT = "output"
    BLOCK = "block"
    COMMENT = "comment"


DELIMITERS = {"{{": ("}}", TokenType.OUTPUT), "{%": ("%}", TokenType.BLOCK), "{#": ("#}", TokenType.COMMENT)}


@dataclass(frozen=True)
class Token:
    type: TokenType
    content: str
    line: int


def _next_opening(source: str, start: int) -> int:
    positions = [source.find(opener, start) for opener in DELIMITERS]
    found = [position for position in positions if position != -1]
    return min(found) if found else -1


def iter_tokens(source: str) -> Iterator[Token]:
    """Yield tokens; ``{%-``/``-%}`` style markers strip neighbouring whitespace."""
    position = 0
    line = 1
    strip_next = False
    while position < len(source):
        opening = _next_opening(source, position)
        text_end = len(source) if opening == -1 else opening
        text = source[position:text_end]
        if strip_next:
            text = text.lstrip()
        tag_line = line + source.count("\n", position, text_end)
        if opening != -1 and source.startswith("-", opening + 2):
            text = text.rstrip()
        if text:
            yield Token(TokenType.TEXT, text, line)
        if opening == -1:
            return
        closer, token_type = DELIMITERS[source[opening : opening + 2]]
        closing = source.find(closer, opening + 2)
        if closing == -1:
            raise TemplateSyntaxError(f"unclosed '{source[opening:opening + 2]}' tag", tag_line)
        inner = source[opening + 2 : closing]
        strip_next = inner.endswith("-")
        inner = inner.removeprefix("-").removesuffix("-")
        yield Token(token_type, inner.strip(), tag_line)
        line = tag_line + source.count("\n", opening, closing)
        position = closing + 2
