"""Errors raised while reading or evaluating Lisp code."""
from __future__ import annotations


class LispError(Exception):
    """Base class for all interpreter errors."""


class ReaderError(LispError):
    """Malformed source text; carries the 1-based line number."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class UnboundSymbolError(LispError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unbound symbol: {name}")
        self.name = name


class FormError(LispError):
    """A special form was used with the wrong shape."""


class LispTypeError(LispError):
    """A procedure received an argument of the wrong type."""


class ArityError(LispError):
    """A procedure was called with the wrong number of arguments."""
