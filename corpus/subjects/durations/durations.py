"""Durations: ISO 8601 and human-readable parsing, formatting and arithmetic.

A :class:`Duration` keeps the components it was given (years, months,
weeks, days, hours, minutes, seconds). Years and months are calendar
units without a fixed length; everything else is treated as exact, with a
day of 24 hours. Two durations are equal when they have the same number of
months and the same exact length, so ``PT60M == PT1H``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import total_ordering
from typing import Dict, List, Optional, Tuple, Union

__all__ = ["Duration", "DurationError", "parse_iso", "format_iso", "parse_human", "format_human"]

SECONDS_PER = {"weeks": 604800, "days": 86400, "hours": 3600, "minutes": 60, "seconds": 1}
ORDER = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")

_ISO_RE = re.compile(
    r"^(?P<sign>[-+])?P"
    r"(?:(?P<years>\d+(?:[.,]\d+)?)Y)?"
    r"(?:(?P<months>\d+(?:[.,]\d+)?)M)?"
    r"(?:(?P<weeks>\d+(?:[.,]\d+)?)W)?"
    r"(?:(?P<days>\d+(?:[.,]\d+)?)D)?"
    r"(?P<time>T"
    r"(?:(?P<hours>\d+(?:[.,]\d+)?)H)?"
    r"(?:(?P<minutes>\d+(?:[.,]\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:[.,]\d+)?)S)?"
    r")?$"
)

_HUMAN_UNITS: Dict[str, str] = {}
for _name, _aliases in {
    "years": ("y", "yr", "yrs", "year", "years"),
    "months": ("mo", "mos", "month", "months"),
    "weeks": ("w", "wk", "wks", "week", "weeks"),
    "days": ("d", "day", "days"),
    "hours": ("h", "hr", "hrs", "hour", "hours"),
    "minutes": ("m", "min", "mins", "minute", "minutes"),
    "seconds": ("s", "sec", "secs", "second", "seconds"),
}.items():
    for _alias in _aliases:
        _HUMAN_UNITS[_alias] = _name

_SHORT_LABELS = {"years": "y", "months": "mo", "weeks": "w", "days": "d",
                 "hours": "h", "minutes": "m", "seconds": "s"}
_HUMAN_TOKEN_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]+)")
_HUMAN_FILLER_RE = re.compile(r"(?:\s|,|\band\b)+")


class DurationError(ValueError):
    """Raised for malformed duration text or unsupported operations."""


def _sign(value: Union[int, Decimal]) -> int:
    return (value > 0) - (value < 0)


@total_ordering
@dataclass(frozen=True, eq=False)
class Duration:
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        for spec in fields(self)[:-1]:
            value = getattr(self, spec.name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise DurationError(f"{spec.name} must be an integer, got {value!r}")
        if isinstance(self.seconds, (bool, float)) or not isinstance(self.seconds, (int, Decimal)):
            raise DurationError(f"seconds must be int or Decimal, got {self.seconds!r}")
        object.__setattr__(self, "seconds", Decimal(self.seconds))
        signs = {_sign(getattr(self, name)) for name in ORDER} - {0}
        if len(signs) > 1:
            raise DurationError("all components of a duration must have the same sign")

    @classmethod
    def from_seconds(cls, total: Union[int, Decimal], carry_days: bool = True) -> "Duration":
        """Build a duration from exact seconds, split into days, hours, minutes, seconds."""
        amount = Decimal(total)
        sign = -1 if amount < 0 else 1
        remaining = abs(amount)
        days = 0
        if carry_days:
            days, remaining = divmod(remaining, 86400)
        hours, remaining = divmod(remaining, 3600)
        minutes, remaining = divmod(remaining, 60)
        return cls(days=sign * int(days), hours=sign * int(hours),
                   minutes=sign * int(minutes), seconds=sign * remaining)

    @classmethod
    def from_timedelta(cls, delta: timedelta) -> "Duration":
        micros = (delta.days * 86400 + delta.seconds) * 1000000 + delta.microseconds
        return cls.from_seconds(Decimal(micros) / Decimal(1000000))

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    @property
    def exact_seconds(self) -> Decimal:
        """Length of the non-calendar components in seconds."""
        return sum((getattr(self, name) * factor for name, factor in SECONDS_PER.items()), Decimal(0))

    @property
    def is_calendar(self) -> bool:
        return self.total_months != 0

    @property
    def is_negative(self) -> bool:
        return any(getattr(self, name) < 0 for name in ORDER)

    def __bool__(self) -> bool:
        return any(getattr(self, name) != 0 for name in ORDER)

    def total_seconds(self) -> Decimal:
        if self.is_calendar:
            raise DurationError("years and months have no fixed length in seconds")
        return self.exact_seconds

    def to_timedelta(self) -> timedelta:
        return timedelta(seconds=float(self.total_seconds()))

    def normalized(self, carry_days: bool = True) -> "Duration":
        """Carry seconds into minutes, hours and (optionally) days, weeks into
        days, and months into years."""
        years, months = divmod(abs(self.total_months), 12)
        sign = -1 if self.is_negative else 1
        if carry_days:
            exact = Duration.from_seconds(abs(self.exact_seconds))
            days = exact.days
        else:
            clock = self.hours * 3600 + self.minutes * 60 + self.seconds
            exact = Duration.from_seconds(abs(clock), carry_days=False)
            days = abs(self.weeks) * 7 + abs(self.days)
        return Duration(years=sign * years, months=sign * months,
                        days=sign * days, hours=sign * exact.hours,
                        minutes=sign * exact.minutes, seconds=sign * exact.seconds)

    def _key(self) -> Tuple[int, Decimal]:
        return (self.total_months, self.exact_seconds)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Duration):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Duration):
            return NotImplemented
        if self.total_months != other.total_months:
            raise DurationError("durations with different years or months cannot be ordered")
        return self.exact_seconds < other.exact_seconds

    def __neg__(self) -> "Duration":
        return Duration(*(-getattr(self, name) for name in ORDER))

    def __add__(self, other: object) -> "Duration":
        if not isinstance(other, Duration):
            return NotImplemented
        combined = [getattr(self, name) + getattr(other, name) for name in ORDER]
        if len({_sign(value) for value in combined} - {0}) <= 1:
            return Duration(*combined)
        months = self.total_months + other.total_months
        exact = self.exact_seconds + other.exact_seconds
        if _sign(months) * _sign(exact) < 0:
            raise DurationError("result mixes positive and negative parts")
        result = Duration.from_seconds(exact)
        years, rest = divmod(abs(months), 12)
        sign = _sign(months)
        return Duration(sign * years, sign * rest, 0, result.days, result.hours,
                        result.minutes, result.seconds)

    def __sub__(self, other: object) -> "Duration":
        if not isinstance(other, Duration):
            return NotImplemented
        return self + (-other)

    def __mul__(self, factor: object) -> "Duration":
        if isinstance(factor, bool) or not isinstance(factor, int):
            return NotImplemented
        return Duration(*(getattr(self, name) * factor for name in ORDER))

    __rmul__ = __mul__

    def add_to(self, day: date) -> date:
        """Add the duration to a date: months first (clipped), then days."""
        exact = self.exact_seconds
        if exact % 86400:
            raise DurationError("only whole days can be added to a date")
        index = day.year * 12 + day.month - 1 + self.total_months
        year, month0 = divmod(index, 12)
        if not 1 <= year <= 9999:
            raise DurationError("resulting date is out of range")
        last = calendar.monthrange(year, month0 + 1)[1]
        shifted = date(year, month0 + 1, min(day.day, last))
        return shifted + timedelta(days=int(exact // 86400))

    def __str__(self) -> str:
        return format_iso(self)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def parse_iso(text: str) -> Duration:
    """Parse an ISO 8601 duration such as ``P1Y2M10DT2H30M`` or ``-PT1.5S``.

    Only the last component present may have a fraction; fractional hours
    and minutes are carried into the smaller time units.
    """
    match = _ISO_RE.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise DurationError(f"not an ISO 8601 duration: {text!r}")
    present = [name for name in ORDER if match.group(name) is not None]
    if not present or (match.group("time") and not any(match.group(n) for n in ORDER[4:])):
        raise DurationError(f"duration has no components: {text!r}")
    values: Dict[str, Decimal] = {name: _number(match.group(name)) for name in present}
    for name in present[:-1]:
        if values[name] != values[name].to_integral_value():
            raise DurationError(f"only the last component may have a fraction: {text!r}")
    last = present[-1]
    fraction = values[last] - int(values[last])
    if fraction and last in ORDER[:4]:
        raise DurationError(f"fractional {last} are not supported: {text!r}")
    sign = -1 if match.group("sign") == "-" else 1
    parts: Dict[str, int] = {name: int(value) for name, value in values.items() if name != "seconds"}
    seconds = values.get("seconds", Decimal(0))
    if fraction and last in ("hours", "minutes"):
        seconds += _add_carry(parts, fraction * SECONDS_PER[last])
    return Duration(**{name: sign * value for name, value in parts.items()}, seconds=sign * seconds)


def _add_carry(parts: Dict[str, int], carry: Decimal) -> Decimal:
    """Spread *carry* seconds over days, hours and minutes in *parts*; return the rest."""
    minutes, rest = divmod(carry, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        parts["days"] = parts.get("days", 0) + int(days)
    parts["hours"] = parts.get("hours", 0) + int(hours)
    parts["minutes"] = parts.get("minutes", 0) + int(minutes)
    return rest


def _format_seconds(value: Decimal) -> str:
    return format(value.normalize(), "f")


def format_iso(duration: Duration) -> str:
    """Format *duration* as ISO 8601; the zero duration is ``PT0S``."""
    if not duration:
        return "PT0S"
    magnitude = -duration if duration.is_negative else duration
    date_part = "".join(f"{getattr(magnitude, name)}{unit}"
                        for name, unit in zip(ORDER[:4], "YMWD") if getattr(magnitude, name))
    time_part = "".join(f"{getattr(magnitude, name)}{unit}"
                        for name, unit in zip(ORDER[4:6], "HM") if getattr(magnitude, name))
    if magnitude.seconds:
        time_part += _format_seconds(magnitude.seconds) + "S"
    text = "P" + date_part + ("T" + time_part if time_part else "")
    return "-" + text if duration.is_negative else text


def parse_human(text: str) -> Duration:
    """Parse forms like ``"2h 30m"``, ``"1 day, 4 hours"`` or ``"1.5 hours"``."""
    if not isinstance(text, str):
        raise DurationError(f"expected text, got {type(text).__name__}")
    body = text.strip().lower()
    sign = 1
    if body.startswith("-"):
        sign, body = -1, body[1:].lstrip()
    totals: Dict[str, Decimal] = {}
    position = 0
    for match in _HUMAN_TOKEN_RE.finditer(body):
        gap = body[position:match.start()]
        if _HUMAN_FILLER_RE.sub("", gap):
            raise DurationError(f"unexpected text {gap.strip()!r} in {text!r}")
        unit = _HUMAN_UNITS.get(match.group(2))
        if unit is None:
            raise DurationError(f"unknown unit {match.group(2)!r} in {text!r}")
        if unit in totals:
            raise DurationError(f"unit {unit} given twice in {text!r}")
        totals[unit] = Decimal(match.group(1))
        position = match.end()
    if _HUMAN_FILLER_RE.sub("", body[position:]) or not totals:
        raise DurationError(f"cannot parse duration {text!r}")
    parts: Dict[str, int] = {}
    carry = Decimal(0)
    for unit, amount in totals.items():
        whole = int(amount)
        if unit == "seconds":
            continue
        if amount != whole and unit not in SECONDS_PER:
            raise DurationError(f"fractional {unit} are not supported: {text!r}")
        parts[unit] = whole
        carry += (amount - whole) * SECONDS_PER.get(unit, 0)
    seconds = totals.get("seconds", Decimal(0))
    if carry:
        seconds += _add_carry(parts, carry)
    return Duration(**{name: sign * value for name, value in parts.items()}, seconds=sign * seconds)


def format_human(duration: Duration, style: str = "short",
                 max_units: Optional[int] = None) -> str:
    """Format as ``"2h 30m"`` (short) or ``"2 hours, 30 minutes"`` (long).

    *max_units* keeps only that many of the largest non-zero units.
    """
    if style not in ("short", "long"):
        raise DurationError(f"unknown style: {style!r}")
    if max_units is not None and max_units < 1:
        raise DurationError("max_units must be positive")
    magnitude = -duration if duration.is_negative else duration
    pieces: List[str] = []
    for name in ORDER:
        value = getattr(magnitude, name)
        if not value:
            continue
        number = _format_seconds(value) if name == "seconds" else str(value)
        if style == "short":
            pieces.append(f"{number}{_SHORT_LABELS[name]}")
        else:
            label = name[:-1] if value == 1 else name
            pieces.append(f"{number} {label}")
    if not pieces:
        return "0s" if style == "short" else "0 seconds"
    if max_units is not None:
        pieces = pieces[:max_units]
    text = " ".join(pieces) if style == "short" else ", ".join(pieces)
    return "-" + text if duration.is_negative else text
