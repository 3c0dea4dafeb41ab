"""Parsing of unit expressions (``kg*m/s^2``) and quantity strings (``3.5 km/h``)."""

from __future__ import annotations

import re
from typing import Callable

from .errors import UnitParseError
from .quantity import Quantity
from .units import ONE, Unit

Lookup = Callable[[str], Unit]

_TOKEN = re.compile(
    r"\s*(?:(?P<power>\*\*|\^)|(?P<op>[*·/])|(?P<paren>[()])"
    r"|(?P<int>[-+]?\d+)|(?P<name>[A-Za-zµ°%Ω][A-Za-zµ°%Ω_0-9]*))"
)
_QUANTITY = re.compile(r"^\s*(?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?P<unit>.*?)\s*$")


def tokenize(text: str) -> list[tuple[str, str]]:
    """Split a unit expression into ``(kind, text)`` tokens."""
    tokens = []
    position = 0
    stripped = text.rstrip()
    while position < len(stripped):
        match = _TOKEN.match(stripped, position)
        if match is None:
            raise UnitParseError(f"unexpected character {stripped[position:].lstrip()[:1]!r} in {text!r}")
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str, lookup: Lookup) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0
        self.lookup = lookup

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise UnitParseError(f"unexpected end of unit expression {self.text!r}")
        self.index += 1
        return token

    def parse(self) -> Unit:
        if not self.tokens:
            raise UnitParseError("empty unit expression")
        unit = self.expression()
        if self.peek() is not None:
            raise UnitParseError(f"unexpected {self.peek()[1]!r} in {self.text!r}")
        return unit

    def expression(self) -> Unit:
        unit = self.factor()
        while (token := self.peek()) is not None and token[0] == "op":
            self.take()
            right = self.factor()
            unit = unit / right if token[1] == "/" else unit * right
        return unit

    def factor(self) -> Unit:
        unit = self.atom()
        token = self.peek()
        if token is not None and token[0] == "power":
            self.take()
            kind, text = self.take()
            if kind != "int":
                raise UnitParseError(f"exponent must be an integer, got {text!r} in {self.text!r}")
            unit = unit ** int(text)
        return unit

    def atom(self) -> Unit:
        kind, text = self.take()
        if kind == "name":
            return self.lookup(text)
        if kind == "int" and text == "1":
            return ONE
        if kind == "paren" and text == "(":
            unit = self.expression()
            closing = self.take()
            if closing != ("paren", ")"):
                raise UnitParseError(f"expected ')' in {self.text!r}")
            return unit
        raise UnitParseError(f"unexpected {text!r} in {self.text!r}")


def parse_unit(text: str, lookup: Lookup) -> Unit:
    """Parse a unit expression, resolving symbols through ``lookup``.

    Operators are left-associative: ``m/s/s`` means ``m/s^2``.
    """
    return _Parser(text, lookup).parse()


def parse_quantity(text: str, lookup: Lookup) -> Quantity:
    """Parse ``"<number> <unit expression>"``; a bare number is dimensionless."""
    match = _QUANTITY.match(text)
    if match is None:
        raise UnitParseError(f"cannot parse quantity {text!r}")
    number_text = match.group("number")
    number = float(number_text) if any(c in number_text for c in ".eE") else int(number_text)
    unit_text = match.group("unit")
    unit = parse_unit(unit_text, lookup) if unit_text else ONE
    return Quantity(number, unit)
