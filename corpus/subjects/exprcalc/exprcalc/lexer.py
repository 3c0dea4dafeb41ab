"""Tokenizer turning expression text into a sequence of tokens."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterator

from .errors import LexError


class TokenKind(Enum):
    NUMBER = "number"
    NAME = "name"
    OPERATOR = "operator"
    LPAREN = "("
    RPAREN = ")"
    COMMA = ","
    ASSIGN = "="
    END = "end"


@dataclass(frozen=True)
class Token:
    kind: TokenKind
    text: str
    position: int

    @property
    def value(self) -> int | float:
        """The numeric value of a NUMBER token."""
        if self.kind is not TokenKind.NUMBER:
            raise ValueError(f"token {self.text!r} is not a number")
        if any(char in self.text for char in ".eE"):
            return float(self.text)
        return int(self.text)


OPERATORS = ("**", "+", "-", "*", "/", "%", "^")
PUNCTUATION = {
    "(": TokenKind.LPAREN,
    ")": TokenKind.RPAREN,
    ",": TokenKind.COMMA,
    "=": TokenKind.ASSIGN,
}


def _scan_number(source: str, start: int) -> int:
    """Return the index just past the numeric literal that begins at ``start``."""
    length = len(source)
    index = start
    while index < length and source[index].isdigit():
        index += 1
    if index < length and source[index] == ".":
        index += 1
        while index < length and source[index].isdigit():
            index += 1
    if index - start == 1 and source[start] == ".":
        raise LexError("Malformed number '.'", start)
    if index < length and source[index] in "eE":
        cursor = index + 1
        if cursor < length and source[cursor] in "+-":
            cursor += 1
        digits_start = cursor
        while cursor < length and source[cursor].isdigit():
            cursor += 1
        if cursor == digits_start:
            raise LexError("Malformed exponent", index)
        index = cursor
    return index


def _scan_name(source: str, start: int) -> int:
    index = start + 1
    while index < len(source) and (source[index].isalnum() or source[index] == "_"):
        index += 1
    return index


def iter_tokens(source: str) -> Iterator[Token]:
    """Yield tokens for ``source`` followed by a single END token.

    The power operator may be written ``^`` or ``**``; both produce a token
    whose text is ``^``.
    """
    index = 0
    length = len(source)
    while index < length:
        char = source[index]
        if char.isspace():
            index += 1
        elif char.isdigit() or char == ".":
            end = _scan_number(source, index)
            yield Token(TokenKind.NUMBER, source[index:end], index)
            index = end
        elif char.isalpha() or char == "_":
            end = _scan_name(source, index)
            yield Token(TokenKind.NAME, source[index:end], index)
            index = end
        elif char in PUNCTUATION:
            yield Token(PUNCTUATION[char], char, index)
            index += 1
        else:
            operator = next((op for op in OPERATORS if source.startswith(op, index)), None)
            if operator is None:
                raise LexError(f"Unexpected character {char!r}", index)
            yield Token(TokenKind.OPERATOR, "^" if operator == "**" else operator, index)
            index += len(operator)
    yield Token(TokenKind.END, "", length)


def tokenize(source: str) -> list[Token]:
    """Return the complete token list for ``source``."""
    if not isinstance(source, str):
        raise TypeError(f"expected str, got {type(source).__name__}")
    return list(iter_tokens(source))
