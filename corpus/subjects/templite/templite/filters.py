"""Built-in filters. Register more with :func:`register` or pass them to a Template."""
from __future__ import annotations

from typing import Any, Callable, Iterable

from .expressions import Undefined
from .markup import Markup, escape

FILTERS: dict[str, Callable[..., Any]] = {}


def register(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator adding a function to the built-in filter table under ``name``."""

    def decorator(function: Callable[..., Any]) -> Callable[..., Any]:
        FILTERS[name] = function
        return function

    return decorator


def _text(value: Any) -> str:
    if not isinstance(value, (str, int, float, Undefined)) or isinstance(value, bool):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return str(value)


@register("upper")
def upper(value: Any) -> str:
    return _text(value).upper()


@register("lower")
def lower(value: Any) -> str:
    return _text(value).lower()


@register("title")
def title(value: Any) -> str:
    return " ".join(word[:1].upper() + word[1:].lower() for word in _text(value).split(" "))


@register("trim")
def trim(value: Any) -> str:
    return _text(value).strip()


@register("length")
def length(value: Any) -> int:
    return len(value)


@register("default")
def default(value: Any, fallback: Any = "") -> Any:
    """Replace undefined values, None and the empty string with ``fallback``."""
    if isinstance(value, Undefined) or value is None or value == "":
        return fallback
    return value


@register("join")
def join(value: Iterable[Any], separator: str = ", ") -> str:
    if isinstance(value, str):
        raise TypeError("join expects a sequence, not a string")
    return separator.join(str(item) for item in value)


@register("first")
def first(value: Iterable[Any]) -> Any:
    return next(iter(value), Undefined("first"))


@register("last")
def last(value: Any) -> Any:
    items = list(value)
    return items[-1] if items else Undefined("last")


@register("truncate")
def truncate(value: Any, size: int = 80, end: str = "...") -> str:
    """Shorten text to at most ``size`` characters including ``end``."""
    if not isinstance(size, int) or size < len(end):
        raise ValueError(f"size must be an integer of at least {len(end)}")
    text = _text(value)
    if len(text) <= size:
        return text
    return text[: size - len(end)] + end


@register("replace")
def replace(value: Any, old: str, new: str) -> str:
    return _text(value).replace(old, new)


@register("escape")
def escape_filter(value: Any) -> Markup:
    return escape(value)


@register("safe")
def safe(value: Any) -> Markup:
    return value if isinstance(value, Markup) else Markup(str(value))
