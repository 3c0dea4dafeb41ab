"""SQL dialects: identifier quoting and parameter placeholder styles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlbuilder.errors import BuilderError

PLACEHOLDER_STYLES = ("qmark", "numeric", "format")


@dataclass(frozen=True)
class Dialect:
    """How identifiers are quoted and parameters are written."""

    name: str
    quote_char: str = '"'
    placeholder: str = "qmark"

    def __post_init__(self) -> None:
        if self.placeholder not in PLACEHOLDER_STYLES:
            raise BuilderError(f"unknown placeholder style {self.placeholder!r}")
        if len(self.quote_char) != 1:
            raise BuilderError("quote_char must be a single character")

    def quote_part(self, part: str) -> str:
        """Quote one identifier part, doubling embedded quote characters."""
        if not part:
            raise BuilderError("empty identifier")
        if part == "*":
            return part
        escaped = part.replace(self.quote_char, self.quote_char * 2)
        return f"{self.quote_char}{escaped}{self.quote_char}"

    def quote(self, name: str) -> str:
        """Quote a possibly dotted identifier such as ``schema.table.column``."""
        parts = name.split(".")
        if "*" in parts[:-1]:
            raise BuilderError(f"invalid identifier {name!r}")
        return ".".join(self.quote_part(part) for part in parts)

    def placeholder_for(self, position: int) -> str:
        """The placeholder for the 1-based parameter ``position``."""
        if self.placeholder == "numeric":
            return f"${position}"
        if self.placeholder == "format":
            return "%s"
        return "?"


ANSI = Dialect("ansi")
POSTGRES = Dialect("postgres", placeholder="numeric")
MYSQL = Dialect("mysql", quote_char="`", placeholder="format")


@dataclass
class Context:
    """Accumulates parameters while SQL text is rendered left to right."""

    dialect: Dialect
    params: list[Any] = field(default_factory=list)

    def bind(self, value: Any) -> str:
        self.params.append(value)
        return self.dialect.placeholder_for(len(self.params))
