"""Turning dataclass instances into plain dicts, lists and scalars."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from dataserde.config import config_of, serialized_fields
from dataserde.errors import join_path

PLAIN = (str, int, float, bool, type(None))


def _encode_key(key: Any, path: str) -> str:
    if isinstance(key, enum.Enum):
        key = key.value
    if isinstance(key, bool) or not isinstance(key, (str, int)):
        raise TypeError(f"{path or '<root>'}: dict keys must be str, int or enum, got {type(key).__name__}")
    return str(key)


def encode(value: Any, path: str = "") -> Any:
    """Recursively convert ``value`` into JSON-compatible Python data."""
    if isinstance(value, PLAIN):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _encode_dataclass(value, path)
    if isinstance(value, enum.Enum):
        return encode(value.value, path)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [encode(item, join_path(path, index)) for index, item in enumerate(value)]
    if isinstance(value, (set, frozenset)):
        return sorted(encode(item, path) for item in value)
    if isinstance(value, dict):
        return {_encode_key(key, path): encode(item, join_path(path, str(key))) for key, item in value.items()}
    raise TypeError(f"{path or '<root>'}: cannot serialize {type(value).__name__}")


def _encode_dataclass(instance: Any, path: str) -> dict[str, Any]:
    cls = type(instance)
    omit_none = config_of(cls).omit_none
    result: dict[str, Any] = {}
    for field, key in serialized_fields(cls):
        raw = getattr(instance, field.name)
        if raw is None and omit_none:
            continue
        result[key] = encode(raw, join_path(path, field.name))
    return result


def to_dict(instance: Any) -> dict[str, Any]:
    """Serialize a dataclass instance into a dict."""
    if not dataclasses.is_dataclass(instance) or isinstance(instance, type):
        raise TypeError(f"to_dict expects a dataclass instance, got {type(instance).__name__}")
    return _encode_dataclass(instance, "")
