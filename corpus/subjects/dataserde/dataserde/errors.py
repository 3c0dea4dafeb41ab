"""Exceptions raised while converting data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """A problem found at one location of the input."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '<root>'}: {self.message}"


class CoercionError(ValueError):
    """Raised by scalar converters; the decoder attaches the field path."""


class SerdeError(Exception):
    """Raised when decoding fails; carries every field error found."""

    def __init__(self, errors: list[FieldError]) -> None:
        if not errors:
            raise ValueError("SerdeError needs at least one FieldError")
        self.errors = list(errors)
        super().__init__("; ".join(str(error) for error in self.errors))

    @property
    def paths(self) -> list[str]:
        """The paths of every failing field, in discovery order."""
        return [error.path for error in self.errors]


def join_path(base: str, part: str | int) -> str:
    """Extend a dotted path with an attribute name or a list index."""
    if isinstance(part, int):
        return f"{base}[{part}]"
    return f"{base}.{part}" if base else part
