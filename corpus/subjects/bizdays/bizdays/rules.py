"""Holiday rules: fixed dates, nth weekdays and Easter-relative days."""

from __future__ import annotations

import calendar as _cal
from abc import ABC, abstractmethod
from dataclasses import KW_ONLY, dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Optional

from .errors import HolidayRuleError

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class Observance(Enum):
    """How a holiday falling on a weekend is moved to a working day."""

    NONE = "none"
    NEAREST_WEEKDAY = "nearest_weekday"
    NEXT_MONDAY = "next_monday"
    SUNDAY_TO_MONDAY = "sunday_to_monday"

    def apply(self, day: date) -> date:
        weekday = day.weekday()
        if self is Observance.NEAREST_WEEKDAY:
            if weekday == SATURDAY:
                return day - timedelta(days=1)
            if weekday == SUNDAY:
                return day + timedelta(days=1)
        elif self is Observance.NEXT_MONDAY:
            if weekday >= SATURDAY:
                return day + timedelta(days=7 - weekday)
        elif self is Observance.SUNDAY_TO_MONDAY and weekday == SUNDAY:
            return day + timedelta(days=1)
        return day


def easter_sunday(year: int) -> date:
    """Return Western (Gregorian) Easter Sunday of *year*."""
    if year < 1583:
        raise HolidayRuleError("Gregorian Easter is only defined from 1583")
    golden = year % 19
    century, years = divmod(year, 100)
    leap_c, rem_c = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    leap_y, rem_y = divmod(years, 4)
    weekday = (32 + 2 * rem_c + 2 * leap_y - epact - rem_y) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> Optional[date]:
    """Return the *n*-th *weekday* of a month; negative *n* counts from the end.

    Returns ``None`` when the month has no such day (for example a fifth Monday).
    """
    if n == 0 or not -5 <= n <= 5:
        raise HolidayRuleError(f"n must be between 1 and 5 or -5 and -1, got {n}")
    if not 0 <= weekday <= 6:
        raise HolidayRuleError(f"weekday must be between 0 and 6, got {weekday}")
    days_in_month = _cal.monthrange(year, month)[1]
    if n > 0:
        first = date(year, month, 1)
        day = 1 + (weekday - first.weekday()) % 7 + 7 * (n - 1)
    else:
        last = date(year, month, days_in_month)
        day = days_in_month - (last.weekday() - weekday) % 7 + 7 * (n + 1)
    if 1 <= day <= days_in_month:
        return date(year, month, day)
    return None


@dataclass(frozen=True)
class HolidayRule(ABC):
    """A named holiday, valid from *first_year* to *last_year* inclusive."""

    name: str
    _: KW_ONLY
    observance: Observance = Observance.NONE
    first_year: Optional[int] = None
    last_year: Optional[int] = None

    def applies_to(self, year: int) -> bool:
        if self.first_year is not None and year < self.first_year:
            return False
        return self.last_year is None or year <= self.last_year

    @abstractmethod
    def actual(self, year: int) -> Optional[date]:
        """The date the holiday falls on in *year*, before observance."""

    def observed(self, year: int) -> Optional[date]:
        """The day off for the holiday of *year*, or ``None`` if there is none."""
        if not self.applies_to(year):
            return None
        day = self.actual(year)
        return None if day is None else self.observance.apply(day)


@dataclass(frozen=True)
class FixedHoliday(HolidayRule):
    month: int
    day: int

    def __post_init__(self) -> None:
        try:
            date(2000, self.month, self.day)
        except (TypeError, ValueError):
            raise HolidayRuleError(f"invalid month/day: {self.month}/{self.day}") from None

    def actual(self, year: int) -> Optional[date]:
        if self.month == 2 and self.day == 29 and not _cal.isleap(year):
            return None
        return date(year, self.month, self.day)


@dataclass(frozen=True)
class NthWeekdayHoliday(HolidayRule):
    month: int
    weekday: int
    n: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise HolidayRuleError(f"invalid month: {self.month}")
        nth_weekday(2000, self.month, self.weekday, self.n)

    def actual(self, year: int) -> Optional[date]:
        return nth_weekday(year, self.month, self.weekday, self.n)


@dataclass(frozen=True)
class EasterHoliday(HolidayRule):
    offset: int = 0

    def actual(self, year: int) -> Optional[date]:
        return easter_sunday(year) + timedelta(days=self.offset)
