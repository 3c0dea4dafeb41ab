"""Recurrence rule definitions."""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Iterable, Optional, Tuple, Union

from .errors import RecurrenceError

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Frequency(Enum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


@dataclass(frozen=True, order=True)
class WeekdaySpec:
    """A weekday, optionally with an ordinal such as "second" (2) or "last" (-1)."""

    weekday: int
    n: Optional[int] = None

    def __post_init__(self) -> None:
        if isinstance(self.weekday, bool) or not isinstance(self.weekday, int) or not 0 <= self.weekday <= 6:
            raise RecurrenceError(f"weekday must be 0 (Monday) to 6 (Sunday), got {self.weekday!r}")
        if self.n is not None and (self.n == 0 or not -53 <= self.n <= 53):
            raise RecurrenceError(f"weekday ordinal must be 1..53 or -53..-1, got {self.n}")

    @classmethod
    def parse(cls, text: str) -> "WeekdaySpec":
        """Parse ``"MO"``, ``"2TU"``, ``"+1WE"`` or ``"-1FR"``."""
        token = text.strip().upper()
        code, prefix = token[-2:], token[:-2]
        if code not in DAY_CODES:
            raise RecurrenceError(f"unknown weekday: {text!r}")
        if not prefix:
            return cls(DAY_CODES.index(code))
        try:
            ordinal = int(prefix)
        except ValueError:
            raise RecurrenceError(f"invalid weekday ordinal in {text!r}") from None
        return cls(DAY_CODES.index(code), ordinal)

    def __str__(self) -> str:
        prefix = "" if self.n is None else str(self.n)
        return prefix + DAY_CODES[self.weekday]


WeekdayLike = Union[WeekdaySpec, int, str]


def _to_spec(value: WeekdayLike) -> WeekdaySpec:
    if isinstance(value, WeekdaySpec):
        return value
    if isinstance(value, str):
        return WeekdaySpec.parse(value)
    return WeekdaySpec(value)


def _check_date(name: str, value: object) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise RecurrenceError(f"{name} must be a datetime.date, got {value!r}")


def _unique_sorted(values: Iterable[int]) -> Tuple[int, ...]:
    return tuple(sorted(set(values)))


@dataclass(frozen=True)
class Rule:
    """A recurrence rule in the spirit of RFC 5545 ``RRULE``, on whole dates."""

    freq: Frequency
    start: date
    interval: int = 1
    count: Optional[int] = None
    until: Optional[date] = None
    by_weekday: Tuple[WeekdaySpec, ...] = ()
    by_month_day: Tuple[int, ...] = ()
    by_month: Tuple[int, ...] = ()
    week_start: int = 0

    def __post_init__(self) -> None:
        try:
            freq = Frequency(self.freq.upper() if isinstance(self.freq, str) else self.freq)
        except ValueError:
            raise RecurrenceError(f"unknown frequency: {self.freq!r}") from None
        object.__setattr__(self, "freq", freq)
        _check_date("start", self.start)
        if self.until is not None:
            _check_date("until", self.until)
            if self.until < self.start:
                raise RecurrenceError("until must not be before start")
        if self.count is not None and self.until is not None:
            raise RecurrenceError("count and until cannot both be set")
        if self.count is not None and self.count < 1:
            raise RecurrenceError("count must be positive")
        if self.interval < 1:
            raise RecurrenceError("interval must be positive")
        if not 0 <= self.week_start <= 6:
            raise RecurrenceError("week_start must be between 0 and 6")
        specs = tuple(sorted(set(_to_spec(v) for v in self.by_weekday),
                             key=lambda s: (s.n is not None, s.n or 0, s.weekday)))
        object.__setattr__(self, "by_weekday", specs)
        object.__setattr__(self, "by_month_day", _unique_sorted(self.by_month_day))
        object.__setattr__(self, "by_month", _unique_sorted(self.by_month))
        self._validate_parts()

    def _validate_parts(self) -> None:
        if any(day == 0 or not -31 <= day <= 31 for day in self.by_month_day):
            raise RecurrenceError("month days must be 1..31 or -31..-1")
        if any(not 1 <= month <= 12 for month in self.by_month):
            raise RecurrenceError("months must be 1..12")
        if self.by_month_day and self.freq is Frequency.WEEKLY:
            raise RecurrenceError("by_month_day cannot be used with a weekly frequency")
        ordinals = [spec.n for spec in self.by_weekday if spec.n is not None]
        if ordinals and self.freq in (Frequency.DAILY, Frequency.WEEKLY):
            raise RecurrenceError("weekday ordinals need a monthly or yearly frequency")
        in_month = self.freq is Frequency.MONTHLY or bool(self.by_month)
        if in_month and any(abs(n) > 5 for n in ordinals):
            raise RecurrenceError("a month has at most five of each weekday")
        if self.by_month_day:
            months = self.by_month or tuple(range(1, 13))
            longest = max(_cal.monthrange(2000, month)[1] for month in months)
            if all(abs(day) > longest for day in self.by_month_day):
                raise RecurrenceError("no month day of the rule exists in the selected months")

    @property
    def is_finite(self) -> bool:
        return self.count is not None or self.until is not None
