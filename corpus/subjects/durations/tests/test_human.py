from decimal import Decimal

import pytest

from durations import Duration, DurationError, format_human, parse_human


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2h 30m", Duration(hours=2, minutes=30)),
        ("1 day, 4 hours", Duration(days=1, hours=4)),
        ("3 weeks and 2 days", Duration(weeks=3, days=2)),
        ("1.5h", Duration(hours=1, minutes=30)),
        ("90 seconds", Duration(seconds=90)),
        ("1.5 days", Duration(days=1, hours=12)),
        ("2.5 weeks", Duration(weeks=2, days=3, hours=12)),
        ("1.5m 10s", Duration(minutes=1, seconds=40)),
        ("-2 hrs 5 mins", Duration(hours=-2, minutes=-5)),
        ("1 year 2 mo", Duration(years=1, months=2)),
        ("  10 SECS ", Duration(seconds=10)),
        ("1.25 min", Duration(minutes=1, seconds=15)),
    ],
)
def test_parse_human(text, expected):
    parsed = parse_human(text)
    assert format_human(parsed) == format_human(expected)
    assert parsed == expected


def test_parse_human_keeps_units_separate():
    parsed = parse_human("36.5 hours")
    assert (parsed.days, parsed.hours, parsed.minutes) == (0, 36, 30)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "cannot parse"),
        ("soon", "cannot parse"),
        ("2x", "unknown unit"),
        ("2h foo 3m", "unexpected text"),
        ("2h 3h", "given twice"),
        ("2h 3", "cannot parse"),
        ("1.5 months", "fractional months"),
        ("0.5y", "fractional years"),
    ],
)
def test_parse_human_errors(text, message):
    with pytest.raises(DurationError, match=message):
        parse_human(text)


def test_parse_human_non_string():
    with pytest.raises(DurationError):
        parse_human(None)


@pytest.mark.parametrize(
    "duration, style, expected",
    [
        (Duration(hours=2, minutes=30), "short", "2h 30m"),
        (Duration(hours=2, minutes=30), "long", "2 hours, 30 minutes"),
        (Duration(days=1, hours=4), "long", "1 day, 4 hours"),
        (Duration(years=1, months=1, weeks=1), "short", "1y 1mo 1w"),
        (Duration(seconds=1), "long", "1 second"),
        (Duration(seconds=Decimal("2.50")), "short", "2.5s"),
        (Duration(), "short", "0s"),
        (Duration(), "long", "0 seconds"),
        (Duration(minutes=-5, seconds=-3), "short", "-5m 3s"),
        (Duration(minutes=-5), "long", "-5 minutes"),
    ],
)
def test_format_human(duration, style, expected):
    assert format_human(duration, style) == expected


def test_format_human_max_units():
    duration = Duration(days=1, hours=4, minutes=30, seconds=15)
    assert format_human(duration, max_units=2) == "1d 4h"
    assert format_human(duration, "long", max_units=1) == "1 day"


@pytest.mark.parametrize("kwargs", [{"style": "medium"}, {"max_units": 0}])
def test_format_human_errors(kwargs):
    with pytest.raises(DurationError):
        format_human(Duration(hours=1), **kwargs)
