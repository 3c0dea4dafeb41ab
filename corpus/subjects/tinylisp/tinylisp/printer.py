"""Printer: the inverse of the reader for data values."""
from __future__ import annotations

from typing import Any

from .datatypes import Lambda, Primitive, Symbol

STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def _quote_string(text: str) -> str:
    return '"' + "".join(STRING_ESCAPES.get(char, char) for char in text) + '"'


def to_string(value: Any, readable: bool = True) -> str:
    """Render ``value`` as Lisp text.

    With ``readable`` false, strings are written without quotes or escapes,
    the way ``display`` would show them.
    """
    if value is True:
        return "#t"
    if value is False:
        return "#f"
    if isinstance(value, Symbol):
        return str(value)
    if isinstance(value, str):
        return _quote_string(value) if readable else value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        if len(value) == 2 and isinstance(value[0], Symbol) and value[0] == "quote":
            return "'" + to_string(value[1], readable)
        return "(" + " ".join(to_string(item, readable) for item in value) + ")"
    if isinstance(value, Lambda):
        return f"#<lambda {value.name}>" if value.name else "#<lambda>"
    if isinstance(value, Primitive):
        return f"#<primitive {value.name}>"
    raise TypeError(f"cannot print {type(value).__name__}")
