"""Strings that are already safe to insert into HTML."""
from __future__ import annotations

from typing import Any

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"}


class Markup(str):
    """A ``str`` subclass marking text that must not be escaped again."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Markup({str.__repr__(self)})"


def escape(value: Any) -> Markup:
    """Escape ``value`` for HTML unless it is already :class:`Markup`."""
    if isinstance(value, Markup):
        return value
    return Markup("".join(_ESCAPES.get(char, char) for char in str(value)))
