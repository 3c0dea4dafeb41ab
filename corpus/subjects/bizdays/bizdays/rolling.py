"""Date rolling conventions, month arithmetic and payment schedules."""

from __future__ import annotations

import calendar as _cal
from datetime import date
from enum import Enum
from typing import List

from .business_calendar import BusinessCalendar
from .errors import CalendarError


class RollConvention(Enum):
    """How a date falling on a non-business day is adjusted."""

    UNADJUSTED = "unadjusted"
    FOLLOWING = "following"
    PRECEDING = "preceding"
    MODIFIED_FOLLOWING = "modified_following"
    MODIFIED_PRECEDING = "modified_preceding"


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def is_month_end(day: date) -> bool:
    return day == month_end(day.year, day.month)


def add_months(day: date, months: int, end_of_month: bool = False) -> date:
    """Add calendar months, clipping to the last day of shorter months.

    With *end_of_month*, a date on the last day of its month moves to the
    last day of the target month.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise CalendarError("resulting date is out of range")
    last = _cal.monthrange(year, month)[1]
    if end_of_month and is_month_end(day):
        return date(year, month, last)
    return date(year, month, min(day.day, last))


def roll(day: date, convention: RollConvention, calendar: BusinessCalendar) -> date:
    """Adjust *day* to a business day of *calendar* following *convention*."""
    convention = RollConvention(convention)
    if convention is RollConvention.UNADJUSTED or calendar.is_business_day(day):
        return day
    if convention is RollConvention.FOLLOWING:
        return calendar.next_business_day(day)
    if convention is RollConvention.PRECEDING:
        return calendar.previous_business_day(day)
    if convention is RollConvention.MODIFIED_FOLLOWING:
        following = calendar.next_business_day(day)
        if following.month == day.month:
            return following
        return calendar.previous_business_day(day)
    preceding = calendar.previous_business_day(day)
    if preceding.month == day.month:
        return preceding
    return calendar.next_business_day(day)


def first_business_day(year: int, month: int, calendar: BusinessCalendar) -> date:
    return calendar.next_business_day(date(year, month, 1), include_start=True)


def last_business_day(year: int, month: int, calendar: BusinessCalendar) -> date:
    return calendar.previous_business_day(month_end(year, month), include_start=True)


def schedule(start: date, count: int, calendar: BusinessCalendar, months: int = 1,
             convention: RollConvention = RollConvention.MODIFIED_FOLLOWING,
             end_of_month: bool = False) -> List[date]:
    """Return *count* dates spaced *months* apart from *start*, each rolled.

    Each date is computed from *start* directly, so clipping in a short
    month does not carry over to later dates.
    """
    if count < 0:
        raise CalendarError("count must not be negative")
    if months == 0:
        raise CalendarError("months must not be zero")
    return [roll(add_months(start, months * i, end_of_month), convention, calendar)
            for i in range(count)]
