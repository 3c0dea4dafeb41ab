import pytest

from cronexpr import describe, is_valid


@pytest.mark.parametrize(
    "text, expected",
    [
        ("* * * * *", "every minute"),
        ("30 9 * * MON-FRI", "at 09:30 on MON-FRI"),
        ("5 * * * *", "at minute 5 of every hour"),
        ("0,30 * * * *", "at minutes 0,30 past every hour"),
        ("* 9-17 * * *", "every minute past hours 9-17"),
        ("15 8,20 * * *", "at minutes 15 past hours 8,20"),
        ("0 0 1,2,3,11,12,21,22,23 * *", "at 00:00 on the 1st, 2nd, 3rd, 11th, 12th, 21st, 22nd, 23rd"),
        ("0 0 13 * FRI", "at 00:00 on the 13th or on FRI"),
        ("0 6 * JUN-AUG SAT,SUN", "at 06:00 on SUN,SAT in JUN-AUG"),
        ("@yearly", "at 00:00 on the 1st in JAN"),
    ],
)
def test_describe(text, expected):
    assert describe(text) == expected


def test_describe_accepts_expression(parse):
    assert describe(parse("@hourly")) == "at minute 0 of every hour"


@pytest.mark.parametrize("text, valid", [("*/5 * * * *", True), ("* * *", False), ("@reboot", False)])
def test_is_valid(text, valid):
    assert is_valid(text) is valid
