"""Exceptions raised while compiling or rendering templates."""
from __future__ import annotations


class TemplateError(Exception):
    """Base class for all template errors."""


class TemplateSyntaxError(TemplateError):
    """The template source is malformed; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class TemplateRuntimeError(TemplateError):
    """Rendering failed, for example because a filter rejected its input."""


class UndefinedError(TemplateRuntimeError):
    """A strict template used a variable that is not defined."""
