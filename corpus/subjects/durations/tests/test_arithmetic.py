from datetime import date, timedelta
from decimal import Decimal

import pytest

from durations import Duration, DurationError


@pytest.mark.parametrize(
    "kwargs",
    [{"hours": 1.5}, {"days": "2"}, {"years": True}, {"seconds": 1.5}, {"seconds": "3"},
     {"hours": 1, "minutes": -5}, {"years": -1, "seconds": Decimal("0.5")}],
)
def test_invalid_components(kwargs):
    with pytest.raises(DurationError):
        Duration(**kwargs)


def test_seconds_accepts_int():
    assert Duration(seconds=5).seconds == Decimal(5)


def test_from_seconds():
    d = Duration.from_seconds(93784)
    assert (d.days, d.hours, d.minutes, d.seconds) == (1, 2, 3, Decimal(4))
    d = Duration.from_seconds(93784, carry_days=False)
    assert (d.days, d.hours) == (0, 26)
    d = Duration.from_seconds(Decimal("-3661.5"))
    assert (d.hours, d.minutes, d.seconds) == (-1, -1, Decimal("-1.5"))


def test_timedelta_conversion():
    d = Duration.from_timedelta(timedelta(days=1, seconds=5, microseconds=250000))
    assert (d.days, d.seconds) == (1, Decimal("5.25"))
    assert Duration(weeks=1, hours=1).to_timedelta() == timedelta(days=7, hours=1)
    assert Duration.from_timedelta(timedelta(seconds=-90)) == Duration(minutes=-1, seconds=-30)


def test_properties(meeting, calendar_span):
    assert meeting.exact_seconds == Decimal(9000)
    assert meeting.total_seconds() == Decimal(9000)
    assert calendar_span.total_months == 14
    assert calendar_span.is_calendar and not meeting.is_calendar
    assert (-meeting).is_negative and not meeting.is_negative
    assert bool(meeting) and not bool(Duration())


def test_total_seconds_calendar_error(calendar_span):
    with pytest.raises(DurationError, match="no fixed length"):
        calendar_span.total_seconds()


def test_normalized():
    d = Duration(months=14, weeks=1, hours=25, minutes=90, seconds=75).normalized()
    assert [d.years, d.months, d.weeks, d.days, d.hours, d.minutes, d.seconds] == [
        1, 2, 0, 8, 2, 31, Decimal(15)]


def test_normalized_without_day_carry():
    d = Duration(weeks=1, days=1, hours=25).normalized(carry_days=False)
    assert (d.days, d.hours) == (8, 25)


def test_normalized_negative():
    d = Duration(months=-13, minutes=-61).normalized()
    assert (d.years, d.months, d.hours, d.minutes) == (-1, -1, -1, -1)


def test_equality_by_length():
    assert Duration(minutes=60) == Duration(hours=1)
    assert Duration(weeks=1) == Duration(days=7)
    assert Duration(years=1) == Duration(months=12)
    assert Duration(days=1) != Duration(months=1)
    assert hash(Duration(minutes=60)) == hash(Duration(hours=1))
    assert Duration(hours=1) != "PT1H"


def test_ordering(meeting):
    assert Duration(hours=2) < meeting <= Duration(minutes=150)
    assert meeting > Duration(hours=2, minutes=29, seconds=59)
    assert Duration(months=1, days=1) > Duration(months=1)
    with pytest.raises(DurationError):
        Duration(months=1) < Duration(days=40)
    with pytest.raises(TypeError):
        meeting < 5


def test_addition_same_sign(meeting, calendar_span):
    total = meeting + calendar_span
    assert (total.years, total.months, total.days, total.hours, total.minutes) == (1, 2, 10, 2, 30)


def test_addition_mixed_signs_rebalances():
    result = Duration(days=1) + Duration(hours=-1)
    assert (result.days, result.hours, result.minutes) == (0, 23, 0)
    result = Duration(months=14, hours=2) - Duration(minutes=90)
    assert (result.years, result.months, result.hours, result.minutes) == (1, 2, 0, 30)


def test_addition_mixed_months_and_days():
    result = Duration(years=1, days=2) + Duration(months=-2, days=-1)
    assert (result.years, result.months, result.days) == (0, 10, 1)


def test_addition_conflict():
    with pytest.raises(DurationError, match="mixes"):
        Duration(months=1) + Duration(days=-1)


def test_subtraction_and_negation(meeting):
    assert meeting - Duration(minutes=30) == Duration(hours=2)
    assert -(-meeting) == meeting
    assert Duration() - meeting == -meeting


def test_multiplication(meeting):
    assert meeting * 3 == Duration(hours=7, minutes=30)
    assert 2 * Duration(months=7) == Duration(years=1, months=2)
    assert meeting * 0 == Duration()
    with pytest.raises(TypeError):
        meeting * 1.5
    with pytest.raises(TypeError):
        meeting * True


def test_unsupported_operands(meeting):
    with pytest.raises(TypeError):
        meeting + 5
    with pytest.raises(TypeError):
        meeting - 5


@pytest.mark.parametrize(
    "duration, start, expected",
    [
        (Duration(months=1), date(2024, 1, 31), date(2024, 2, 29)),
        (Duration(years=1), date(2024, 2, 29), date(2025, 2, 28)),
        (Duration(months=1, days=1), date(2024, 1, 31), date(2024, 3, 1)),
        (Duration(weeks=1, hours=24), date(2024, 1, 1), date(2024, 1, 9)),
        (Duration(months=-2, days=-1), date(2024, 3, 31), date(2024, 1, 30)),
        (Duration(), date(2024, 5, 5), date(2024, 5, 5)),
    ],
)
def test_add_to_date(duration, start, expected):
    assert duration.add_to(start) == expected


def test_add_to_date_errors():
    with pytest.raises(DurationError, match="whole days"):
        Duration(hours=5).add_to(date(2024, 1, 1))
    with pytest.raises(DurationError, match="out of range"):
        Duration(years=1).add_to(date(9999, 6, 1))
