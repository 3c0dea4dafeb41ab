from datetime import date, datetime

import pytest

from cronexpr import ALIASES, CronExpression, CronSyntaxError, NoMatchError, cron_weekday


@pytest.mark.parametrize(
    "day, expected",
    [(date(2024, 3, 17), 0), (date(2024, 3, 18), 1), (date(2024, 3, 16), 6)],
)
def test_cron_weekday(day, expected):
    assert cron_weekday(day) == expected


@pytest.mark.parametrize(
    "alias, fields",
    [("@yearly", "0 0 1 1 *"), ("@Daily", "0 0 * * *"), ("@hourly", "0 * * * *"), ("@weekly", "0 0 * * 0")],
)
def test_aliases(parse, alias, fields):
    assert parse(alias) == parse(fields)
    assert set(ALIASES) >= {"@monthly", "@midnight", "@annually"}


@pytest.mark.parametrize("text", ["", "* * * *", "* * * * * *", "@sometimes", "61 * * * *"])
def test_parse_errors(parse, text):
    with pytest.raises(CronSyntaxError):
        parse(text)


def test_str_is_canonical(parse):
    assert str(parse("*/20 9-17 * JAN-MAR mon-fri")) == "0,20,40 9-17 * 1-3 1-5"
    assert str(parse("@daily")) == "0 0 * * *"
    expr = parse("5 4 1,15 */2 0,7")
    assert parse(str(expr)) == expr


def test_restriction_flags(parse):
    expr = parse("0 0 */2 * *")
    assert expr.day_restricted is True
    assert expr.weekday_restricted is False
    assert parse("0 0 1-31 * 0-7").day_restricted is False


def test_matches(parse):
    expr = parse("30 9 * * MON-FRI")
    assert expr.matches(datetime(2024, 3, 15, 9, 30)) is True
    assert expr.matches(datetime(2024, 3, 16, 9, 30)) is False
    assert expr.matches(datetime(2024, 3, 15, 9, 31)) is False
    assert expr.matches(datetime(2024, 3, 15, 10, 30)) is False
    assert parse("* * * FEB *").matches(datetime(2024, 3, 15, 9, 30)) is False


def test_day_or_semantics(parse):
    expr = parse("0 0 13 * FRI")
    assert expr.day_matches(date(2024, 3, 13)) is True
    assert expr.day_matches(date(2024, 3, 15)) is True
    assert expr.day_matches(date(2024, 3, 14)) is False


@pytest.mark.parametrize(
    "text, expected",
    [
        ("* * * * *", datetime(2024, 3, 15, 10, 18)),
        ("17 * * * *", datetime(2024, 3, 15, 11, 17)),
        ("45 * * * *", datetime(2024, 3, 15, 10, 45)),
        ("0 9 * * *", datetime(2024, 3, 16, 9, 0)),
        ("15 12 * * *", datetime(2024, 3, 15, 12, 15)),
        ("0 0 1 * *", datetime(2024, 4, 1, 0, 0)),
        ("0 0 * * MON", datetime(2024, 3, 18, 0, 0)),
        ("0 0 1 1 *", datetime(2025, 1, 1, 0, 0)),
        ("30 6 31 * *", datetime(2024, 3, 31, 6, 30)),
        ("0 12 29 2 *", datetime(2028, 2, 29, 12, 0)),
        ("0 0 13 * FRI", datetime(2024, 3, 22, 0, 0)),
        ("0 0 30 4 *", datetime(2024, 4, 30, 0, 0)),
    ],
)
def test_next_after(parse, base_time, text, expected):
    assert parse(text).next_after(base_time) == expected


def test_next_after_is_strict(parse):
    expr = parse("0 12 * * *")
    assert expr.next_after(datetime(2024, 1, 1, 12, 0)) == datetime(2024, 1, 2, 12, 0)
    assert expr.next_after(datetime(2024, 12, 31, 12, 0)) == datetime(2025, 1, 1, 12, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("* * * * *", datetime(2024, 3, 15, 10, 17)),
        ("20 * * * *", datetime(2024, 3, 15, 9, 20)),
        ("5 * * * *", datetime(2024, 3, 15, 10, 5)),
        ("0 9 * * *", datetime(2024, 3, 15, 9, 0)),
        ("0 11 * * *", datetime(2024, 3, 14, 11, 0)),
        ("59 23 * * SAT", datetime(2024, 3, 9, 23, 59)),
        ("0 0 1 * *", datetime(2024, 3, 1, 0, 0)),
        ("0 0 1 DEC *", datetime(2023, 12, 1, 0, 0)),
        ("0 12 29 2 *", datetime(2024, 2, 29, 12, 0)),
        ("30 8,20 * * *", datetime(2024, 3, 15, 8, 30)),
        ("30 6,7 * * *", datetime(2024, 3, 15, 7, 30)),
    ],
)
def test_previous_before(parse, base_time, text, expected):
    assert parse(text).previous_before(base_time) == expected


def test_previous_before_is_strict(parse):
    expr = parse("0 12 * * *")
    assert expr.previous_before(datetime(2024, 1, 1, 12, 0)) == datetime(2023, 12, 31, 12, 0)


def test_impossible_date_raises(parse, base_time):
    expr = parse("0 0 30 2 *")
    with pytest.raises(NoMatchError, match="within 10 years after"):
        expr.next_after(base_time)
    with pytest.raises(NoMatchError, match="within 3 years before"):
        expr.previous_before(base_time, horizon_years=3)


def test_upcoming(parse, base_time):
    runs = parse("*/20 10-11 * * *").upcoming(base_time, 4)
    assert runs == [
        datetime(2024, 3, 15, 10, 20),
        datetime(2024, 3, 15, 10, 40),
        datetime(2024, 3, 15, 11, 0),
        datetime(2024, 3, 15, 11, 20),
    ]
    assert parse("* * * * *").upcoming(base_time, 0) == []
    with pytest.raises(ValueError):
        parse("* * * * *").upcoming(base_time, -1)


def test_runs_between_inclusive_start(parse):
    expr = parse("0 */6 * * *")
    runs = expr.runs_between(datetime(2024, 3, 1, 0, 0), datetime(2024, 3, 2, 0, 0))
    assert runs == [datetime(2024, 3, 1, h, 0) for h in (0, 6, 12, 18)]


def test_runs_between_start_with_seconds(parse):
    expr = parse("0 */6 * * *")
    runs = expr.runs_between(datetime(2024, 3, 1, 0, 0, 1), datetime(2024, 3, 1, 12, 0))
    assert runs == [datetime(2024, 3, 1, 6, 0)]


def test_runs_between_no_match_and_errors(parse):
    assert parse("0 0 30 2 *").runs_between(datetime(2024, 1, 1), datetime(2024, 6, 1)) == []
    with pytest.raises(ValueError):
        parse("* * * * *").runs_between(datetime(2024, 1, 2), datetime(2024, 1, 1))
