"""Serialize dataclasses to plain dicts and back, with path-aware errors."""

from dataserde.config import SerdeConfig, field_key, serde, serde_field
from dataserde.decoder import from_dict
from dataserde.encoder import to_dict
from dataserde.errors import FieldError, SerdeError

__all__ = [
    "FieldError",
    "SerdeConfig",
    "SerdeError",
    "field_key",
    "from_dict",
    "serde",
    "serde_field",
    "to_dict",
]
