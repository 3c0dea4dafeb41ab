"""Reader: turns source text into nested Python lists, symbols and atoms."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from .datatypes import Symbol
from .errors import ReaderError

INTEGER = re.compile(r"[+-]?\d+")
DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?")
DELIMITERS = frozenset("()'\";")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
QUOTE = Symbol("quote")


@dataclass(frozen=True)
class Token:
    kind: str
    value: Any
    line: int


def _read_string(source: str, start: int, line: int) -> tuple[str, int, int]:
    """Read a string literal whose opening quote is at ``start``."""
    chars: list[str] = []
    index = start + 1
    while index < len(source):
        char = source[index]
        if char == '"':
            return "".join(chars), index + 1, line
        if char == "\\":
            if index + 1 >= len(source):
                break
            escaped = source[index + 1]
            if escaped not in ESCAPES:
                raise ReaderError(f"unknown escape \\{escaped}", line)
            chars.append(ESCAPES[escaped])
            index += 2
            continue
        if char == "\n":
            line += 1
        chars.append(char)
        index += 1
    raise ReaderError("unterminated string", line)


def parse_atom(text: str) -> Any:
    """Convert an atom's text into a number, boolean or symbol."""
    if INTEGER.fullmatch(text):
        return int(text)
    if DECIMAL.fullmatch(text):
        return float(text)
    if text == "#t":
        return True
    if text == "#f":
        return False
    return Symbol(text)


def tokenize(source: str) -> Iterator[Token]:
    index = 0
    line = 1
    length = len(source)
    while index < length:
        char = source[index]
        if char == "\n":
            line += 1
            index += 1
        elif char.isspace():
            index += 1
        elif char == ";":
            while index < length and source[index] != "\n":
                index += 1
        elif char in "()'":
            yield Token(char, char, line)
            index += 1
        elif char == '"':
            start_line = line
            text, index, line = _read_string(source, index, line)
            yield Token("string", text, start_line)
        else:
            end = index
            while end < length and not source[end].isspace() and source[end] not in DELIMITERS:
                end += 1
            yield Token("atom", parse_atom(source[index:end]), line)
            index = end


class Reader:
    """Reads successive expressions from a token stream."""

    def __init__(self, source: str) -> None:
        self.tokens = list(tokenize(source))
        self.position = 0

    def at_end(self) -> bool:
        return self.position >= len(self.tokens)

    def _last_line(self) -> int:
        return self.tokens[-1].line if self.tokens else 1

    def read(self) -> Any:
        if self.at_end():
            raise ReaderError("unexpected end of input", self._last_line())
        token = self.tokens[self.position]
        self.position += 1
        if token.kind == "(":
            return self._read_list(token.line)
        if token.kind == ")":
            raise ReaderError("unexpected ')'", token.line)
        if token.kind == "'":
            if self.at_end():
                raise ReaderError("quote with nothing to quote", token.line)
            return [QUOTE, self.read()]
        return token.value

    def _read_list(self, opened_on: int) -> list[Any]:
        items: list[Any] = []
        while True:
            if self.at_end():
                raise ReaderError(f"unclosed '(' opened on line {opened_on}", self._last_line())
            if self.tokens[self.position].kind == ")":
                self.position += 1
                return items
            items.append(self.read())


def read_all(source: str) -> list[Any]:
    """Read every expression in ``source``."""
    reader = Reader(source)
    expressions = []
    while not reader.at_end():
        expressions.append(reader.read())
    return expressions


def read(source: str) -> Any:
    """Read exactly one expression from ``source``."""
    expressions = read_all(source)
    if len(expressions) != 1:
        raise ReaderError(f"expected exactly one expression, found {len(expressions)}", 1)
    return expressions[0]
