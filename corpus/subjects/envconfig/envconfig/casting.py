"""Converting raw strings (or already-typed values) into Python values."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable, Generic, TypeVar

from envconfig.errors import CastError

T = TypeVar("T")

TRUE_WORDS = frozenset({"1", "true", "yes", "on", "y", "t"})
FALSE_WORDS = frozenset({"0", "false", "no", "off", "n", "f", ""})

_DURATION_UNITS = {
    "ms": dt.timedelta(milliseconds=1),
    "s": dt.timedelta(seconds=1),
    "m": dt.timedelta(minutes=1),
    "h": dt.timedelta(hours=1),
    "d": dt.timedelta(days=1),
    "w": dt.timedelta(weeks=1),
}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)")


class Secret(Generic[T]):
    """A value that never shows itself in ``repr`` or ``str``."""

    __slots__ = ("_value",)
    MASK = "******"

    def __init__(self, value: T) -> None:
        self._value = value

    def reveal(self) -> T:
        """Return the wrapped value."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{self.MASK}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))


def cast_int(raw: Any) -> int:
    """Convert to int, accepting ``_`` digit separators in strings."""
    if isinstance(raw, bool):
        raise CastError(f"expected an integer, got {raw!r}")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        try:
            return int(raw.strip(), 10)
        except ValueError:
            pass
    raise CastError(f"expected an integer, got {raw!r}")


def cast_float(raw: Any) -> float:
    """Convert to float from numbers or numeric strings."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    if isinstance(raw, str):
        try:
            return float(raw.strip())
        except ValueError:
            pass
    raise CastError(f"expected a number, got {raw!r}")


def cast_bool(raw: Any) -> bool:
    """Convert common truthy/falsy words; an empty string is false."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    raise CastError(f"expected a boolean, got {raw!r}")


def cast_str(raw: Any) -> str:
    """Accept strings and render numbers; reject containers."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return str(raw)
    raise CastError(f"expected a string, got {raw!r}")


def parse_duration(raw: Any) -> dt.timedelta:
    """Parse ``"1h30m"``, ``"250ms"`` or plain seconds into a timedelta."""
    if isinstance(raw, dt.timedelta):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if raw < 0:
            raise CastError(f"duration must not be negative, got {raw!r}")
        return dt.timedelta(seconds=raw)
    if not isinstance(raw, str):
        raise CastError(f"expected a duration, got {raw!r}")
    text = raw.strip().lower().replace(" ", "")
    if not text:
        raise CastError("empty duration")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return dt.timedelta(seconds=float(text))
    total = dt.timedelta()
    position = 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != position:
            break
        total += float(match.group(1)) * _DURATION_UNITS[match.group(2)]
        position = match.end()
    if position != len(text):
        raise CastError(f"invalid duration {raw!r}")
    return total


def cast_list(raw: Any, item: Callable[[Any], T] = cast_str, separator: str = ",") -> list[T]:
    """Split a delimited string (or take a list) and cast every item."""
    if isinstance(raw, str):
        parts = [part.strip() for part in raw.split(separator)]
        if parts == [""]:
            parts = []
    elif isinstance(raw, (list, tuple)):
        parts = list(raw)
    else:
        raise CastError(f"expected a list, got {raw!r}")
    result = []
    for index, part in enumerate(parts):
        try:
            result.append(item(part))
        except CastError as exc:
            raise CastError(f"item {index}: {exc}") from exc
    return result


CASTERS: dict[Any, Callable[[Any], Any]] = {
    str: cast_str,
    int: cast_int,
    float: cast_float,
    bool: cast_bool,
    dt.timedelta: parse_duration,
}


def caster_for(kind: Any) -> Callable[[Any], Any]:
    """Return the cast function for a declared type or custom callable."""
    if kind in CASTERS:
        return CASTERS[kind]
    if callable(kind):
        return kind
    raise TypeError(f"no caster for {kind!r}")
