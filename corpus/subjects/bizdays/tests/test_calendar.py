from datetime import date, timedelta

import pytest

from bizdays import BusinessCalendar, CalendarError, FixedHoliday, middle_east_weekend


def test_us_holidays_2023(us):
    assert list(us.holidays(2023).items())[:3] == [
        (date(2023, 1, 2), "New Year's Day"),
        (date(2023, 1, 16), "Martin Luther King Jr. Day"),
        (date(2023, 2, 20), "Washington's Birthday"),
    ]
    assert len(us.holidays(2023)) == 11


def test_observed_across_year_boundary(us):
    assert us.holiday_name(date(2021, 12, 31)) == "New Year's Day"
    assert date(2022, 1, 1) not in us.holidays(2022)
    assert len(us.holidays(2022)) == 10
    assert len(us.holidays(2021)) == 12


def test_rule_first_year(us):
    assert date(2020, 6, 19) not in us.holidays(2020)
    assert us.holiday_name(date(1985, 1, 21)) is None
    assert us.holiday_name(date(1986, 1, 20)) == "Martin Luther King Jr. Day"


def test_holidays_returns_copy(us):
    us.holidays(2024).clear()
    assert len(us.holidays(2024)) == 11


def test_target_holidays(euro):
    assert list(euro.holidays(2024)) == [
        date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1),
        date(2024, 5, 1), date(2024, 12, 25), date(2024, 12, 26),
    ]


def test_same_day_names_joined():
    cal = BusinessCalendar(rules=[FixedHoliday("A", 5, 1), FixedHoliday("B", 5, 1)],
                           extra_holidays={date(2024, 5, 1): "C"})
    assert cal.holiday_name(date(2024, 5, 1)) == "A / B / C"


@pytest.mark.parametrize(
    "day, expected",
    [
        (date(2024, 7, 4), False),
        (date(2024, 7, 5), True),
        (date(2024, 7, 6), False),
        (date(2024, 7, 7), False),
        (date(2024, 11, 28), False),
        (date(2024, 11, 29), True),
    ],
)
def test_is_business_day(us, day, expected):
    assert us.is_business_day(day) is expected


def test_extra_holidays_and_workdays():
    cal = BusinessCalendar(rules=[FixedHoliday("Labour", 5, 1)],
                           extra_holidays=[date(2024, 5, 2)],
                           extra_workdays=[date(2024, 5, 1), date(2024, 5, 4)])
    assert cal.holiday_name(date(2024, 5, 2)) == "Holiday"
    assert not cal.is_business_day(date(2024, 5, 2))
    assert cal.is_business_day(date(2024, 5, 1))
    assert not cal.is_holiday(date(2024, 5, 1))
    assert cal.is_business_day(date(2024, 5, 4))
    assert cal.is_weekend(date(2024, 5, 4))


@pytest.mark.parametrize("weekend", [(5, 7), (-1,), ("5",), range(7)])
def test_invalid_weekend(weekend):
    with pytest.raises(CalendarError):
        BusinessCalendar(weekend=weekend)


def test_friday_saturday_weekend():
    cal = middle_east_weekend(FixedHoliday("National", 12, 2))
    assert cal.next_business_day(date(2024, 5, 2)) == date(2024, 5, 5)
    assert not cal.is_business_day(date(2024, 12, 2))
    assert cal.is_business_day(date(2024, 5, 5))


def test_next_and_previous(us):
    assert us.next_business_day(date(2024, 7, 3)) == date(2024, 7, 5)
    assert us.next_business_day(date(2024, 7, 5)) == date(2024, 7, 8)
    assert us.next_business_day(date(2024, 7, 5), include_start=True) == date(2024, 7, 5)
    assert us.previous_business_day(date(2024, 7, 8)) == date(2024, 7, 5)
    assert us.previous_business_day(date(2024, 7, 5)) == date(2024, 7, 3)
    assert us.previous_business_day(date(2024, 7, 4), include_start=True) == date(2024, 7, 3)


@pytest.mark.parametrize(
    "start, count, expected",
    [
        (date(2024, 7, 3), 1, date(2024, 7, 5)),
        (date(2024, 7, 3), 3, date(2024, 7, 9)),
        (date(2024, 7, 6), 1, date(2024, 7, 8)),
        (date(2024, 7, 8), -1, date(2024, 7, 5)),
        (date(2024, 7, 8), -2, date(2024, 7, 3)),
        (date(2024, 7, 4), 0, date(2024, 7, 5)),
        (date(2024, 7, 3), 0, date(2024, 7, 3)),
        (date(2024, 12, 20), 5, date(2024, 12, 30)),
    ],
)
def test_add_business_days(us, start, count, expected):
    assert us.add_business_days(start, count) == expected


def test_subtract_business_days(us):
    assert us.subtract_business_days(date(2024, 7, 9), 3) == date(2024, 7, 3)


@pytest.mark.parametrize("count", [1.0, "2", True])
def test_add_business_days_invalid(us, count):
    with pytest.raises(CalendarError):
        us.add_business_days(date(2024, 1, 1), count)


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (date(2024, 7, 1), date(2024, 7, 8), 4),
        (date(2024, 7, 8), date(2024, 7, 1), -4),
        (date(2024, 7, 1), date(2024, 7, 1), 0),
        (date(2024, 7, 6), date(2024, 7, 8), 0),
        (date(2024, 1, 1), date(2025, 1, 1), 251),
        (date(2023, 12, 29), date(2024, 1, 3), 2),
    ],
)
def test_business_days_between(us, start, end, expected):
    assert us.business_days_between(start, end) == expected


def test_business_days_between_matches_day_by_day():
    cal = BusinessCalendar(rules=[FixedHoliday("Fixed", 3, 1), FixedHoliday("Sat", 3, 9)],
                           extra_workdays=[date(2024, 3, 16), date(2024, 3, 1)])
    start = date(2024, 2, 20)
    for length in range(0, 40, 3):
        end = start + timedelta(days=length)
        expected = sum(1 for i in range(length) if cal.is_business_day(start + timedelta(days=i)))
        assert cal.business_days_between(start, end) == expected


def test_plain_calendar_between(plain):
    assert plain.business_days_between(date(2024, 1, 1), date(2024, 1, 31)) == 22


def test_business_days_in_month(us):
    days = us.business_days_in_month(2024, 7)
    assert len(days) == 22
    assert days[:3] == [date(2024, 7, 1), date(2024, 7, 2), date(2024, 7, 3)]
    assert date(2024, 7, 4) not in days
    with pytest.raises(CalendarError):
        us.business_days_in_month(2024, 13)


def test_repr(us):
    assert repr(us) == "BusinessCalendar(name='US federal', rules=11)"
