from datetime import date

import pytest

from bizdays import (
    EasterHoliday,
    FixedHoliday,
    HolidayRuleError,
    NthWeekdayHoliday,
    Observance,
    easter_sunday,
    nth_weekday,
)
from bizdays.rules import MONDAY, THURSDAY


@pytest.mark.parametrize(
    "year, expected",
    [
        (2000, date(2000, 4, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (1818, date(1818, 3, 22)),
        (2038, date(2038, 4, 25)),
        (1954, date(1954, 4, 18)),
    ],
)
def test_easter_sunday(year, expected):
    assert easter_sunday(year) == expected


def test_easter_before_gregorian():
    with pytest.raises(HolidayRuleError):
        easter_sunday(1500)


@pytest.mark.parametrize(
    "year, month, weekday, n, expected",
    [
        (2024, 1, MONDAY, 3, date(2024, 1, 15)),
        (2024, 11, THURSDAY, 4, date(2024, 11, 28)),
        (2024, 5, MONDAY, -1, date(2024, 5, 27)),
        (2024, 2, THURSDAY, 5, date(2024, 2, 29)),
        (2023, 2, THURSDAY, 5, None),
        (2024, 9, 6, 1, date(2024, 9, 1)),
        (2024, 8, 5, -1, date(2024, 8, 31)),
        (2024, 8, 5, -5, date(2024, 8, 3)),
        (2024, 8, 4, -5, date(2024, 8, 2)),
        (2024, 8, 0, -5, None),
    ],
)
def test_nth_weekday(year, month, weekday, n, expected):
    assert nth_weekday(year, month, weekday, n) == expected


@pytest.mark.parametrize("weekday, n", [(0, 0), (0, 6), (0, -6), (7, 1), (-1, 1)])
def test_nth_weekday_invalid(weekday, n):
    with pytest.raises(HolidayRuleError):
        nth_weekday(2024, 1, weekday, n)


@pytest.mark.parametrize(
    "observance, day, expected",
    [
        (Observance.NONE, date(2022, 12, 25), date(2022, 12, 25)),
        (Observance.NEAREST_WEEKDAY, date(2021, 12, 25), date(2021, 12, 24)),
        (Observance.NEAREST_WEEKDAY, date(2022, 12, 25), date(2022, 12, 26)),
        (Observance.NEAREST_WEEKDAY, date(2023, 12, 25), date(2023, 12, 25)),
        (Observance.NEXT_MONDAY, date(2021, 12, 25), date(2021, 12, 27)),
        (Observance.NEXT_MONDAY, date(2022, 12, 25), date(2022, 12, 26)),
        (Observance.NEXT_MONDAY, date(2023, 12, 29), date(2023, 12, 29)),
        (Observance.SUNDAY_TO_MONDAY, date(2021, 12, 25), date(2021, 12, 25)),
        (Observance.SUNDAY_TO_MONDAY, date(2022, 12, 25), date(2022, 12, 26)),
    ],
)
def test_observance(observance, day, expected):
    assert observance.apply(day) == expected


def test_fixed_holiday_year_range():
    rule = FixedHoliday("Juneteenth", 6, 19, observance=Observance.NEAREST_WEEKDAY,
                        first_year=2021, last_year=2030)
    assert rule.observed(2020) is None
    assert rule.observed(2021) == date(2021, 6, 18)
    assert rule.observed(2030) == date(2030, 6, 19)
    assert rule.observed(2031) is None
    assert rule.actual(2021) == date(2021, 6, 19)


def test_leap_day_holiday():
    rule = FixedHoliday("Leap", 2, 29)
    assert rule.observed(2024) == date(2024, 2, 29)
    assert rule.observed(2023) is None


@pytest.mark.parametrize("month, day", [(2, 30), (13, 1), (0, 5), ("1", 1)])
def test_fixed_holiday_invalid(month, day):
    with pytest.raises(HolidayRuleError):
        FixedHoliday("Bad", month, day)


def test_nth_weekday_holiday():
    rule = NthWeekdayHoliday("Fifth Thursday", 2, THURSDAY, 5)
    assert rule.observed(2024) == date(2024, 2, 29)
    assert rule.observed(2025) is None
    with pytest.raises(HolidayRuleError):
        NthWeekdayHoliday("Bad", 13, MONDAY, 1)
    with pytest.raises(HolidayRuleError):
        NthWeekdayHoliday("Bad", 1, MONDAY, 0)


def test_easter_holiday_offsets():
    assert EasterHoliday("Good Friday", offset=-2).observed(2024) == date(2024, 3, 29)
    assert EasterHoliday("Ascension", offset=39).observed(2024) == date(2024, 5, 9)
    assert EasterHoliday("Easter").observed(2024) == date(2024, 3, 31)
