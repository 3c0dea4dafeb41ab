"""Tokenizer for JSONPath query strings."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, Iterator

from .errors import JSONPathSyntaxError


class Kind(Enum):
    ROOT = "$"
    CURRENT = "@"
    DOT = "."
    DESCENDANT = ".."
    LBRACKET = "["
    RBRACKET = "]"
    LPAREN = "("
    RPAREN = ")"
    STAR = "*"
    COLON = ":"
    COMMA = ","
    QUESTION = "?"
    NOT = "!"
    AND = "&&"
    OR = "||"
    COMPARE = "comparison"
    NAME = "name"
    INT = "int"
    NUMBER = "number"
    STRING = "string"
    END = "end"


@dataclass(frozen=True)
class Token:
    kind: Kind
    value: Any
    position: int


SYMBOLS = [
    ("..", Kind.DESCENDANT),
    ("&&", Kind.AND),
    ("||", Kind.OR),
    ("==", Kind.COMPARE),
    ("!=", Kind.COMPARE),
    ("<=", Kind.COMPARE),
    (">=", Kind.COMPARE),
    ("<", Kind.COMPARE),
    (">", Kind.COMPARE),
    *((symbol, Kind(symbol)) for symbol in "$@.[]()*:,?!"),
]
NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", "'": "'", '"': '"'}


def _read_string(source: str, start: int) -> tuple[str, int]:
    quote = source[start]
    chars: list[str] = []
    index = start + 1
    while index < len(source):
        char = source[index]
        if char == quote:
            return "".join(chars), index + 1
        if char == "\\":
            code = source[index + 1 : index + 2]
            if code == "u":
                digits = source[index + 2 : index + 6]
                if len(digits) != 4 or not all(d in "0123456789abcdefABCDEF" for d in digits):
                    raise JSONPathSyntaxError("invalid \\u escape", index)
                chars.append(chr(int(digits, 16)))
                index += 6
                continue
            if code not in ESCAPES:
                raise JSONPathSyntaxError(f"invalid escape \\{code}", index)
            chars.append(ESCAPES[code])
            index += 2
            continue
        chars.append(char)
        index += 1
    raise JSONPathSyntaxError("unterminated string", start)


def iter_tokens(source: str) -> Iterator[Token]:
    index = 0
    while index < len(source):
        char = source[index]
        if char.isspace():
            index += 1
            continue
        if char in "'\"":
            text, end = _read_string(source, index)
            yield Token(Kind.STRING, text, index)
            index = end
            continue
        number = NUMBER.match(source, index)
        if number:
            text = number.group()
            is_integer = number.group(1) is None and number.group(2) is None
            yield Token(Kind.INT if is_integer else Kind.NUMBER, int(text) if is_integer else float(text), index)
            index = number.end()
            continue
        name = NAME.match(source, index)
        if name:
            yield Token(Kind.NAME, name.group(), index)
            index = name.end()
            continue
        symbol = next(((text, kind) for text, kind in SYMBOLS if source.startswith(text, index)), None)
        if symbol is None:
            raise JSONPathSyntaxError(f"unexpected character {char!r}", index)
        yield Token(symbol[1], symbol[0], index)
        index += len(symbol[0])
    yield Token(Kind.END, None, len(source))


def tokenize(source: str) -> list[Token]:
    if not isinstance(source, str):
        raise TypeError(f"expected str, got {type(source).__name__}")
    return list(iter_tokens(source))
