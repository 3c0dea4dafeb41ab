"""Exceptions raised by cronexpr."""
from __future__ import annotations


class CronError(Exception):
    """Base class for cronexpr errors."""


class CronSyntaxError(CronError, ValueError):
    """An expression or one of its fields could not be parsed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        text = message if field is None else f"{field}: {message}"
        super().__init__(text)
        self.field = field


class NoMatchError(CronError):
    """No matching time exists within the search horizon."""
