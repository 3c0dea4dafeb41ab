"""Reading and writing intervals in mathematical notation."""
from __future__ import annotations

import math
import re

from .errors import IntervalParseError, InvalidIntervalError
from .interval import Interval, Number
from .intervalset import IntervalSet

_INTERVAL = re.compile(r"^([\[(])\s*([^,\s]+)\s*,\s*([^,\s\])]+)\s*([\])])$")
_POINT = re.compile(r"^\{\s*([^\s{}]+)\s*\}$")
_INFINITIES = {"inf": math.inf, "+inf": math.inf, "infinity": math.inf,
               "-inf": -math.inf, "-infinity": -math.inf}


def parse_number(token: str, text: str | None = None) -> Number:
    """Parse an int, a float or an infinity spelled ``inf``/``-inf``."""
    lowered = token.strip().lower()
    if lowered in _INFINITIES:
        return _INFINITIES[lowered]
    try:
        return int(lowered)
    except ValueError:
        pass
    try:
        value = float(lowered)
    except ValueError:
        raise IntervalParseError(text if text is not None else token, f"bad number {token!r}") from None
    if math.isnan(value) or math.isinf(value):
        raise IntervalParseError(text if text is not None else token, f"bad number {token!r}")
    return value


def parse_interval(text: str) -> Interval:
    """Parse ``[a, b]``, ``(a, b)``, ``[a, b)``, ``(a, b]`` or ``{a}`` for a single point."""
    stripped = text.strip()
    point = _POINT.match(stripped)
    if point:
        return Interval.point(parse_number(point.group(1), text))
    match = _INTERVAL.match(stripped)
    if not match:
        raise IntervalParseError(text, "expected an interval such as [1, 2)")
    left, low, high, right = match.groups()
    try:
        return Interval(parse_number(low, text), parse_number(high, text), left == "[", right == "]")
    except InvalidIntervalError as error:
        raise IntervalParseError(text, str(error)) from error


def parse_set(text: str) -> IntervalSet:
    """Parse intervals separated by ``|``; ``empty`` or blank text gives the empty set."""
    stripped = text.strip()
    if stripped in ("", "empty"):
        return IntervalSet()
    parts = stripped.split("|")
    if any(not part.strip() for part in parts):
        raise IntervalParseError(text, "empty element between separators")
    return IntervalSet(parse_interval(part) for part in parts)


def format_set(intervals: IntervalSet, separator: str = " | ") -> str:
    """Render a set with a custom separator between members."""
    if not intervals:
        return "empty"
    return separator.join(str(item) for item in intervals)
