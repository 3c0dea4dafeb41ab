from datetime import date, datetime

import pytest

from recurrence import Frequency, RecurrenceError, Rule, WeekdaySpec


@pytest.mark.parametrize(
    "text, weekday, n",
    [("MO", 0, None), ("su", 6, None), ("2TU", 1, 2), ("+1WE", 2, 1), ("-1FR", 4, -1), (" 53SA ", 5, 53)],
)
def test_weekday_parse(text, weekday, n):
    spec = WeekdaySpec.parse(text)
    assert (spec.weekday, spec.n) == (weekday, n)


@pytest.mark.parametrize("text", ["XX", "M", "xMO", "0MO", "54MO", ""])
def test_weekday_parse_errors(text):
    with pytest.raises(RecurrenceError):
        WeekdaySpec.parse(text)


@pytest.mark.parametrize("weekday", [7, -1, True, "1"])
def test_weekday_spec_invalid(weekday):
    with pytest.raises(RecurrenceError):
        WeekdaySpec(weekday)


def test_weekday_str():
    assert [str(WeekdaySpec(0)), str(WeekdaySpec(4, -1)), str(WeekdaySpec(6, 2))] == ["MO", "-1FR", "2SU"]


def test_rule_normalizes_parts(jan1):
    rule = Rule("monthly", jan1, by_weekday=["FR", 0, WeekdaySpec(2, -1), "FR"],
                by_month_day=[15, -1, 15], by_month=[12, 3])
    assert rule.freq is Frequency.MONTHLY
    assert rule.by_weekday == (WeekdaySpec(0), WeekdaySpec(4), WeekdaySpec(2, -1))
    assert rule.by_month_day == (-1, 15)
    assert rule.by_month == (3, 12)


def test_is_finite(jan1):
    assert Rule(Frequency.DAILY, jan1, count=3).is_finite
    assert Rule(Frequency.DAILY, jan1, until=date(2024, 2, 1)).is_finite
    assert not Rule(Frequency.DAILY, jan1).is_finite


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"freq": "HOURLY"}, "unknown frequency"),
        ({"start": datetime(2024, 1, 1)}, "datetime.date"),
        ({"start": "2024-01-01"}, "datetime.date"),
        ({"until": date(2023, 12, 31)}, "until must not be before"),
        ({"count": 2, "until": date(2024, 2, 1)}, "both"),
        ({"count": 0}, "count must be positive"),
        ({"interval": 0}, "interval"),
        ({"week_start": 7}, "week_start"),
        ({"by_month_day": [0]}, "month days"),
        ({"by_month_day": [32]}, "month days"),
        ({"by_month": [13]}, "months must be"),
        ({"freq": "WEEKLY", "by_month_day": [1]}, "weekly"),
        ({"freq": "DAILY", "by_weekday": ["1MO"]}, "ordinals"),
        ({"freq": "WEEKLY", "by_weekday": ["-1MO"]}, "ordinals"),
        ({"by_weekday": ["6MO"]}, "at most five"),
        ({"freq": "YEARLY", "by_month": [1], "by_weekday": ["-6MO"]}, "at most five"),
        ({"by_month": [2], "by_month_day": [30, -31]}, "no month day"),
    ],
)
def test_rule_validation(jan1, kwargs, message):
    params = {"freq": "MONTHLY", "start": jan1, **kwargs}
    with pytest.raises(RecurrenceError, match=message):
        Rule(**params)


def test_yearly_allows_large_ordinal(jan1):
    assert Rule("YEARLY", jan1, by_weekday=["20MO"]).by_weekday == (WeekdaySpec(0, 20),)
