"""Ready-made calendars."""

from __future__ import annotations

from .business_calendar import BusinessCalendar
from .rules import (
    FRIDAY,
    MONDAY,
    SATURDAY,
    THURSDAY,
    EasterHoliday,
    FixedHoliday,
    NthWeekdayHoliday,
    Observance,
)

NEAREST = Observance.NEAREST_WEEKDAY


def us_federal() -> BusinessCalendar:
    """United States federal holidays with their observed days."""
    return BusinessCalendar(name="US federal", rules=[
        FixedHoliday("New Year's Day", 1, 1, observance=NEAREST),
        NthWeekdayHoliday("Martin Luther King Jr. Day", 1, MONDAY, 3, first_year=1986),
        NthWeekdayHoliday("Washington's Birthday", 2, MONDAY, 3),
        NthWeekdayHoliday("Memorial Day", 5, MONDAY, -1),
        FixedHoliday("Juneteenth", 6, 19, observance=NEAREST, first_year=2021),
        FixedHoliday("Independence Day", 7, 4, observance=NEAREST),
        NthWeekdayHoliday("Labor Day", 9, MONDAY, 1),
        NthWeekdayHoliday("Columbus Day", 10, MONDAY, 2),
        FixedHoliday("Veterans Day", 11, 11, observance=NEAREST),
        NthWeekdayHoliday("Thanksgiving Day", 11, THURSDAY, 4),
        FixedHoliday("Christmas Day", 12, 25, observance=NEAREST),
    ])


def target() -> BusinessCalendar:
    """The euro area TARGET2 settlement calendar."""
    return BusinessCalendar(name="TARGET", rules=[
        FixedHoliday("New Year's Day", 1, 1),
        EasterHoliday("Good Friday", offset=-2),
        EasterHoliday("Easter Monday", offset=1),
        FixedHoliday("Labour Day", 5, 1),
        FixedHoliday("Christmas Day", 12, 25),
        FixedHoliday("St. Stephen's Day", 12, 26),
    ])


def middle_east_weekend(*rules) -> BusinessCalendar:
    """A calendar with a Friday/Saturday weekend and the given rules."""
    return BusinessCalendar(rules=rules, weekend=(FRIDAY, SATURDAY), name="Fri-Sat weekend")
