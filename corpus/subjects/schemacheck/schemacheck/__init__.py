"""A small JSON-Schema-like validator for plain Python data."""

from schemacheck.errors import SchemaError, ValidationError, ValidationFailed
from schemacheck.pointer import escape_token, join_pointer, resolve_pointer, split_pointer
from schemacheck.validator import Validator, validate

__all__ = [
    "SchemaError",
    "ValidationError",
    "ValidationFailed",
    "Validator",
    "escape_token",
    "join_pointer",
    "resolve_pointer",
    "split_pointer",
    "validate",
]
