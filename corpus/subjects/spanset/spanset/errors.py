"""Exceptions raised by spanset."""


class IntervalError(Exception):
    """Base class for spanset errors."""


class InvalidIntervalError(IntervalError, ValueError):
    """Raised when interval bounds are malformed (wrong type, inverted, NaN)."""


class EmptyIntervalError(InvalidIntervalError):
    """Raised when bounds would describe an interval that contains no points."""


class DisjointIntervalsError(IntervalError, ValueError):
    """Raised when two intervals cannot be joined into a single interval."""


class IntervalParseError(IntervalError, ValueError):
    """Raised when text cannot be parsed as an interval or interval set."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"cannot parse {text!r}: {reason}")
        self.text = text
        self.reason = reason
