from datetime import date

import pytest

from recurrence import Frequency, Rule, RuleSyntaxError, WeekdaySpec, format_rule, parse_rule


def test_parse_full(jan1):
    rule = parse_rule(
        "RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,2MO;BYMONTHDAY=1,-1;BYMONTH=3,1;COUNT=6;WKST=SU",
        jan1,
    )
    assert rule.freq is Frequency.MONTHLY
    assert rule.interval == 2
    assert rule.count == 6
    assert rule.by_weekday == (WeekdaySpec(4, -1), WeekdaySpec(0, 2))
    assert rule.by_month_day == (-1, 1)
    assert rule.by_month == (1, 3)
    assert rule.week_start == 6


@pytest.mark.parametrize("until", ["20240131", "20240131T000000", "20240131T000000Z"])
def test_parse_until(jan1, until):
    assert parse_rule(f"freq=daily;until={until}", jan1).until == date(2024, 1, 31)


def test_parse_defaults(jan1):
    rule = parse_rule("FREQ=YEARLY;", jan1)
    assert rule == Rule(Frequency.YEARLY, jan1)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "FREQ is required"),
        ("INTERVAL=2", "FREQ is required"),
        ("FREQ=HOURLY", "unsupported frequency"),
        ("FREQ=DAILY;FREQ=WEEKLY", "duplicate"),
        ("FREQ=DAILY;BYSETPOS=1", "unsupported rule part"),
        ("FREQ=DAILY;COUNT", "KEY=VALUE"),
        ("FREQ=DAILY;COUNT=", "KEY=VALUE"),
        ("FREQ=DAILY;COUNT=x", "COUNT must be an integer"),
        ("FREQ=DAILY;BYMONTH=1,x", "BYMONTH must be an integer"),
        ("FREQ=DAILY;UNTIL=2024-01-31", "YYYYMMDD"),
        ("FREQ=DAILY;UNTIL=20240131T120000", "YYYYMMDD"),
        ("FREQ=DAILY;UNTIL=20240231", "not a valid date"),
        ("FREQ=DAILY;WKST=XX", "week start"),
        ("FREQ=DAILY;BYDAY=1MO", "ordinals"),
        ("FREQ=DAILY;COUNT=0", "count must be positive"),
    ],
)
def test_parse_errors(jan1, text, message):
    with pytest.raises(RuleSyntaxError, match=message):
        parse_rule(text, jan1)


def test_format_minimal(jan1):
    assert format_rule(Rule("WEEKLY", jan1)) == "FREQ=WEEKLY"


def test_format_full(jan1):
    rule = Rule("YEARLY", jan1, interval=3, until=date(2030, 6, 1), by_month=[11, 5],
                by_month_day=[-1], by_weekday=["TH", "-1FR"], week_start=6)
    assert format_rule(rule) == (
        "FREQ=YEARLY;INTERVAL=3;UNTIL=20300601;BYMONTH=5,11;BYMONTHDAY=-1;BYDAY=TH,-1FR;WKST=SU"
    )


@pytest.mark.parametrize(
    "text",
    ["FREQ=DAILY;COUNT=5", "FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,-1FR,2TU", "FREQ=WEEKLY;UNTIL=20241231;WKST=TU"],
)
def test_round_trip(jan1, text):
    assert format_rule(parse_rule(text, jan1)) == text
