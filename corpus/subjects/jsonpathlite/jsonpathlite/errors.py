"""Exceptions raised by jsonpathlite."""
from __future__ import annotations


class JSONPathError(Exception):
    """Base class for all jsonpathlite errors."""


class JSONPathSyntaxError(JSONPathError):
    """The query text is malformed; ``position`` is a zero-based offset."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at position {position}")
        self.message = message
        self.position = position
