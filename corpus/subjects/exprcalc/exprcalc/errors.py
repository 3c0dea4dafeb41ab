"""Exception hierarchy for exprcalc."""
from __future__ import annotations


class ExprError(Exception):
    """Base error carrying the zero-based position of the problem in the source."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at position {position}")
        self.message = message
        self.position = position

    def caret(self, source: str) -> str:
        """Return the source followed by a line with a caret under the error position."""
        offset = min(max(self.position, 0), len(source))
        return f"{source}\n{' ' * offset}^"


class LexError(ExprError):
    """Raised when the source contains text that starts no valid token."""


class ParseError(ExprError):
    """Raised when the tokens do not form a valid expression."""


class EvalError(ExprError):
    """Raised when a well-formed expression cannot be evaluated."""
