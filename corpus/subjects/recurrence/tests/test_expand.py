from datetime import date

import pytest

from recurrence import MAX_IDLE_YEARS, RecurrenceError, Rule, nth_weekday_in, occurrences, take


def d(text):
    return date.fromisoformat(text)


def ds(*texts):
    return [d(t) for t in texts]


def test_daily_with_interval(jan1):
    assert take(Rule("DAILY", jan1, interval=3, count=4), 10) == ds(
        "2024-01-01", "2024-01-04", "2024-01-07", "2024-01-10")


def test_daily_until_inclusive(jan1):
    rule = Rule("DAILY", jan1, until=d("2024-01-03"))
    assert list(occurrences(rule)) == ds("2024-01-01", "2024-01-02", "2024-01-03")


def test_daily_filters(jan1):
    rule = Rule("DAILY", jan1, by_weekday=["SA", "SU"], by_month=[1], until=d("2024-02-29"))
    assert list(occurrences(rule)) == ds(
        "2024-01-06", "2024-01-07", "2024-01-13", "2024-01-14", "2024-01-20",
        "2024-01-21", "2024-01-27", "2024-01-28")


def test_daily_last_day_of_month(jan1):
    rule = Rule("DAILY", jan1, by_month_day=[-1], count=3)
    assert list(occurrences(rule)) == ds("2024-01-31", "2024-02-29", "2024-03-31")


def test_weekly_defaults_to_start_weekday():
    rule = Rule("WEEKLY", d("2024-01-03"), count=3)
    assert list(occurrences(rule)) == ds("2024-01-03", "2024-01-10", "2024-01-17")


def test_weekly_by_weekday_skips_days_before_start():
    rule = Rule("WEEKLY", d("2024-01-03"), by_weekday=["MO", "FR"], count=3)
    assert list(occurrences(rule)) == ds("2024-01-05", "2024-01-08", "2024-01-12")


@pytest.mark.parametrize(
    "week_start, expected",
    [
        (0, ["2024-01-02", "2024-01-07", "2024-01-16", "2024-01-21"]),
        (6, ["2024-01-02", "2024-01-14", "2024-01-16", "2024-01-28"]),
    ],
)
def test_weekly_interval_depends_on_week_start(week_start, expected):
    rule = Rule("WEEKLY", d("2024-01-02"), interval=2, by_weekday=["TU", "SU"],
                week_start=week_start, count=4)
    assert list(occurrences(rule)) == ds(*expected)


def test_weekly_by_month():
    rule = Rule("WEEKLY", d("2024-01-22"), by_month=[1, 3], count=4)
    assert list(occurrences(rule)) == ds("2024-01-22", "2024-01-29", "2024-03-04", "2024-03-11")


def test_monthly_skips_short_months():
    rule = Rule("MONTHLY", d("2024-01-31"), count=4)
    assert list(occurrences(rule)) == ds("2024-01-31", "2024-03-31", "2024-05-31", "2024-07-31")


def test_monthly_negative_month_days(jan1):
    rule = Rule("MONTHLY", jan1, by_month_day=[1, -1], count=5)
    assert list(occurrences(rule)) == ds(
        "2024-01-01", "2024-01-31", "2024-02-01", "2024-02-29", "2024-03-01")


def test_monthly_second_to_last_day():
    rule = Rule("MONTHLY", d("2023-02-01"), by_month_day=[-2], count=3)
    assert list(occurrences(rule)) == ds("2023-02-27", "2023-03-30", "2023-04-29")


def test_monthly_nth_weekdays(jan1):
    rule = Rule("MONTHLY", jan1, interval=2, by_weekday=["-1FR", "2MO"], count=6)
    assert list(occurrences(rule)) == ds(
        "2024-01-08", "2024-01-26", "2024-03-11", "2024-03-29", "2024-05-13", "2024-05-31")


def test_monthly_friday_13th(jan1):
    rule = Rule("MONTHLY", jan1, by_weekday=["FR"], by_month_day=[13], count=3)
    assert list(occurrences(rule)) == ds("2024-09-13", "2024-12-13", "2025-06-13")


def test_monthly_fifth_weekday_missing_months(jan1):
    rule = Rule("MONTHLY", jan1, by_weekday=["5MO"], count=3)
    assert list(occurrences(rule)) == ds("2024-01-29", "2024-04-29", "2024-07-29")


def test_monthly_by_month(jan1):
    rule = Rule("MONTHLY", jan1, by_month=[6, 12], by_month_day=[15], count=3)
    assert list(occurrences(rule)) == ds("2024-06-15", "2024-12-15", "2025-06-15")


def test_yearly_default_leap_day():
    rule = Rule("YEARLY", d("2024-02-29"), count=3)
    assert list(occurrences(rule)) == ds("2024-02-29", "2028-02-29", "2032-02-29")


def test_yearly_us_thanksgiving(jan1):
    rule = Rule("YEARLY", jan1, by_month=[11], by_weekday=["4TH"], count=3)
    assert list(occurrences(rule)) == ds("2024-11-28", "2025-11-27", "2026-11-26")


def test_yearly_ordinal_within_year(jan1):
    rule = Rule("YEARLY", jan1, by_weekday=["20MO", "-1SU"], count=4)
    assert list(occurrences(rule)) == ds("2024-05-13", "2024-12-29", "2025-05-19", "2025-12-28")


def test_yearly_month_day_every_month(jan1):
    rule = Rule("YEARLY", jan1, interval=2, by_month_day=[31], count=8)
    assert take(rule, 8)[-2:] == ds("2024-12-31", "2026-01-31")


def test_yearly_month_day_and_weekday_in_year(jan1):
    rule = Rule("YEARLY", jan1, by_month_day=[1], by_weekday=["MO"], count=3)
    assert list(occurrences(rule)) == ds("2024-01-01", "2024-04-01", "2024-07-01")


def test_yearly_by_month_uses_start_day():
    rule = Rule("YEARLY", d("2024-03-10"), by_month=[1, 7], count=3)
    assert list(occurrences(rule)) == ds("2024-07-10", "2025-01-10", "2025-07-10")


def test_until_stops_between_periods(jan1):
    rule = Rule("MONTHLY", jan1, by_weekday=["5FR"], until=d("2024-06-30"))
    assert list(occurrences(rule)) == ds("2024-03-29", "2024-05-31")


def test_until_on_empty_period(jan1):
    rule = Rule("WEEKLY", jan1, by_month=[1], until=d("2024-02-20"))
    assert len(list(occurrences(rule))) == 5


def test_sparse_rule_stops_after_idle_years(jan1):
    rule = Rule("MONTHLY", jan1, by_month=[2], by_month_day=[29], by_weekday=["MO"])
    assert list(occurrences(rule)) == ds("2044-02-29", "2072-02-29")
    assert MAX_IDLE_YEARS == 28


def test_regular_gaps_longer_than_idle_limit():
    rule = Rule("YEARLY", d("2000-03-01"), interval=50, count=3)
    assert list(occurrences(rule)) == ds("2000-03-01", "2050-03-01", "2100-03-01")


def test_until_inside_period(jan1):
    rule = Rule("MONTHLY", jan1, by_month_day=[1, 15], until=d("2024-01-10"))
    assert list(occurrences(rule)) == ds("2024-01-01")


def test_end_of_date_range():
    rule = Rule("YEARLY", d("9997-06-01"))
    assert list(occurrences(rule)) == ds("9997-06-01", "9998-06-01", "9999-06-01")


def test_take_limits(jan1):
    rule = Rule("DAILY", jan1)
    assert take(rule, 0) == []
    assert take(rule, 2) == ds("2024-01-01", "2024-01-02")
    assert take(Rule("DAILY", jan1, count=1), 5) == ds("2024-01-01")
    with pytest.raises(RecurrenceError):
        take(rule, -1)


@pytest.mark.parametrize(
    "n, expected",
    [(1, "2024-01-01"), (5, "2024-01-29"), (-1, "2024-01-29"), (-5, "2024-01-01"), (6, None), (-6, None)],
)
def test_nth_weekday_in(n, expected):
    days = [date(2024, 1, i) for i in range(1, 32)]
    result = nth_weekday_in(days, 0, n)
    assert result == (d(expected) if expected else None)
