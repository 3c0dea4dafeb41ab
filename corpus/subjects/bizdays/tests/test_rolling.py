from datetime import date

import pytest

from bizdays import (
    BusinessCalendar,
    CalendarError,
    FixedHoliday,
    RollConvention,
    add_months,
    first_business_day,
    is_month_end,
    last_business_day,
    month_end,
    roll,
    schedule,
)


@pytest.mark.parametrize(
    "day, months, eom, expected",
    [
        (date(2024, 1, 31), 1, False, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, False, date(2023, 2, 28)),
        (date(2024, 1, 15), 13, False, date(2025, 2, 15)),
        (date(2024, 3, 31), -1, False, date(2024, 2, 29)),
        (date(2024, 1, 10), -1, False, date(2023, 12, 10)),
        (date(2024, 2, 29), 1, False, date(2024, 3, 29)),
        (date(2024, 2, 29), 1, True, date(2024, 3, 31)),
        (date(2024, 4, 30), 1, True, date(2024, 5, 31)),
        (date(2024, 4, 29), 1, True, date(2024, 5, 29)),
        (date(2024, 12, 31), 0, False, date(2024, 12, 31)),
    ],
)
def test_add_months(day, months, eom, expected):
    assert add_months(day, months, end_of_month=eom) == expected


def test_add_months_out_of_range():
    with pytest.raises(CalendarError):
        add_months(date(9999, 12, 1), 1)


def test_month_end_helpers():
    assert month_end(2024, 2) == date(2024, 2, 29)
    assert month_end(2023, 2) == date(2023, 2, 28)
    assert is_month_end(date(2024, 4, 30))
    assert not is_month_end(date(2024, 3, 30))


@pytest.mark.parametrize(
    "convention, day, expected",
    [
        (RollConvention.UNADJUSTED, date(2024, 8, 31), date(2024, 8, 31)),
        (RollConvention.FOLLOWING, date(2024, 8, 31), date(2024, 9, 3)),
        (RollConvention.PRECEDING, date(2024, 8, 31), date(2024, 8, 30)),
        (RollConvention.MODIFIED_FOLLOWING, date(2024, 8, 31), date(2024, 8, 30)),
        (RollConvention.MODIFIED_FOLLOWING, date(2024, 7, 4), date(2024, 7, 5)),
        (RollConvention.MODIFIED_PRECEDING, date(2024, 6, 1), date(2024, 6, 3)),
        (RollConvention.MODIFIED_PRECEDING, date(2024, 6, 16), date(2024, 6, 14)),
        (RollConvention.FOLLOWING, date(2024, 7, 5), date(2024, 7, 5)),
        ("preceding", date(2024, 9, 2), date(2024, 8, 30)),
    ],
)
def test_roll(us, convention, day, expected):
    assert roll(day, convention, us) == expected


def test_roll_unknown_convention(us):
    with pytest.raises(ValueError):
        roll(date(2024, 1, 1), "sideways", us)


def test_first_and_last_business_day(us, euro):
    assert first_business_day(2024, 9, us) == date(2024, 9, 3)
    assert first_business_day(2024, 1, euro) == date(2024, 1, 2)
    assert last_business_day(2024, 8, us) == date(2024, 8, 30)
    assert last_business_day(2024, 12, euro) == date(2024, 12, 31)
    assert last_business_day(2023, 12, BusinessCalendar()) == date(2023, 12, 29)


def test_schedule_modified_following(us):
    assert schedule(date(2024, 1, 31), 4, us) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 29),
        date(2024, 4, 30),
    ]


def test_schedule_does_not_drift(plain):
    dates = schedule(date(2024, 1, 31), 3, plain, convention=RollConvention.UNADJUSTED)
    assert dates == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]


def test_schedule_end_of_month_quarterly(plain):
    dates = schedule(date(2024, 2, 29), 3, plain, months=3,
                     convention=RollConvention.UNADJUSTED, end_of_month=True)
    assert dates == [date(2024, 2, 29), date(2024, 5, 31), date(2024, 8, 31)]


def test_schedule_following_with_holiday():
    cal = BusinessCalendar(rules=[FixedHoliday("Mid", 3, 15)])
    dates = schedule(date(2024, 1, 15), 3, cal, convention=RollConvention.FOLLOWING)
    assert dates == [date(2024, 1, 15), date(2024, 2, 15), date(2024, 3, 18)]


def test_schedule_backwards_and_empty(plain):
    assert schedule(date(2024, 3, 15), 2, plain, months=-1) == [date(2024, 3, 15), date(2024, 2, 15)]
    assert schedule(date(2024, 3, 15), 0, plain) == []


@pytest.mark.parametrize("count, months", [(-1, 1), (2, 0)])
def test_schedule_invalid(plain, count, months):
    with pytest.raises(CalendarError):
        schedule(date(2024, 1, 1), count, plain, months=months)
