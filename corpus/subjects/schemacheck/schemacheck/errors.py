"""Error types reported by the validator."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class SchemaError(Exception):
    """Raised when a schema itself is malformed."""

    def __init__(self, message: str, schema_path: str = "") -> None:
        super().__init__(f"{message} (at schema path '{schema_path}')" if schema_path else message)
        self.message = message
        self.schema_path = schema_path


@dataclass(frozen=True, order=True)
class ValidationError:
    """One failed constraint, located by JSON pointers into instance and schema."""

    path: str
    keyword: str
    message: str
    schema_path: str = ""
    value: Any = field(default=None, compare=False)

    def __str__(self) -> str:
        location = self.path or "/"
        return f"{location}: {self.message} [{self.keyword}]"

    def to_dict(self) -> dict[str, str]:
        """Return a JSON-friendly description of the error."""
        return {
            "path": self.path,
            "keyword": self.keyword,
            "message": self.message,
            "schemaPath": self.schema_path,
        }


class ValidationFailed(Exception):
    """Raised by strict validation when at least one error was found."""

    def __init__(self, errors: list[ValidationError]) -> None:
        if not errors:
            raise ValueError("ValidationFailed requires at least one error")
        self.errors = list(errors)
        count = len(self.errors)
        noun = "error" if count == 1 else "errors"
        super().__init__(f"{count} validation {noun}; first: {self.errors[0]}")
