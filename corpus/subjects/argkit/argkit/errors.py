"""Exceptions raised by argkit."""

from __future__ import annotations


class SpecError(ValueError):
    """The parser was configured inconsistently."""


class ArgumentError(Exception):
    """The command line given by the user is invalid."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage

    def render(self, prog: str) -> str:
        """Render the error the way a CLI would print it to stderr."""
        lines = [self.usage] if self.usage else []
        lines.append(f"{prog}: error: {self.message}")
        return "\n".join(lines)


class HelpRequested(Exception):
    """``-h``/``--help`` was given; ``text`` holds the formatted help."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text
