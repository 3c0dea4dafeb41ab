"""Conversions from raw string values to Python types."""
from __future__ import annotations

import re

from .errors import ConversionError

BOOLEAN_STATES: dict[str, bool] = {
    "1": True,
    "yes": True,
    "true": True,
    "on": True,
    "0": False,
    "no": False,
    "false": False,
    "off": False,
}
INTEGER = re.compile(r"[+-]?\d+(_\d+)*")


def to_int(text: str) -> int:
    """Parse a decimal integer; underscores between digit groups are allowed."""
    cleaned = text.strip()
    if not INTEGER.fullmatch(cleaned):
        raise ConversionError(f"invalid integer: {text!r}")
    return int(cleaned.replace("_", ""))


def to_float(text: str) -> float:
    cleaned = text.strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise ConversionError(f"invalid float: {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ConversionError(f"non-finite float: {text!r}")
    return value


def to_bool(text: str) -> bool:
    try:
        return BOOLEAN_STATES[text.strip().lower()]
    except KeyError:
        raise ConversionError(f"invalid boolean: {text!r}") from None


def to_list(text: str, separator: str = ",") -> list[str]:
    """Split on newlines and ``separator``, stripping items and dropping empty ones."""
    if not separator or separator.isspace():
        raise ValueError("separator must be a non-blank string")
    items: list[str] = []
    for line in text.splitlines():
        items.extend(item.strip() for item in line.split(separator) if item.strip())
    return items
