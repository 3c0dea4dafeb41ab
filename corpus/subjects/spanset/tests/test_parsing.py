import math

import pytest

from spanset import Interval, IntervalParseError, IntervalSet, format_set, parse_interval, parse_number, parse_set


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[1, 2]", Interval.closed(1, 2)),
        ("(1,2)", Interval.open(1, 2)),
        ("  [0.5 , 3)  ", Interval.closed_open(0.5, 3)),
        ("(-inf, 4]", Interval.at_most(4)),
        ("[2, +inf)", Interval.at_least(2)),
        ("{7}", Interval.point(7)),
        ("{ -1.5 }", Interval.point(-1.5)),
        (" {7} ", Interval.point(7)),
        ("(-infinity, 0)", Interval.open(-float("inf"), 0)),
        ("(0, Infinity)", Interval.open(0, float("inf"))),
    ],
)
def test_parse_interval(text, expected):
    assert parse_interval(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "[1 2]", "[1, 2", "1, 2", "[a, 2]", "[3, 1]", "[-inf, 2]", "(1, 1)", "{}", "[1, nan]",
     " [3, 1] ", " [a, 2] ", " oops "],
)
def test_parse_interval_errors(text):
    with pytest.raises(IntervalParseError) as info:
        parse_interval(text)
    assert info.value.text == text


@pytest.mark.parametrize(
    "token, expected",
    [("3", 3), ("-3", -3), ("2.5", 2.5), ("1e3", 1000.0), ("INF", math.inf), ("-Infinity", -math.inf),
     (" 4 ", 4), (" inf ", math.inf), ("-inf ", -math.inf)],
)
def test_parse_number(token, expected):
    value = parse_number(token)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("token", ["1e999", "nan", "x"])
def test_parse_number_errors(token):
    with pytest.raises(IntervalParseError, match="bad number"):
        parse_number(token)


def test_parse_set_round_trip():
    text = "[1, 3] | [5, 7) | (9, 10)"
    assert str(parse_set(text)) == text


def test_parse_set_merges():
    assert str(parse_set("[4, 6] | [1, 2) | [2, 3]")) == "[1, 3] | [4, 6]"


@pytest.mark.parametrize("text", ["", "   ", "empty", " empty", "empty  "])
def test_parse_empty_set(text):
    assert parse_set(text) == IntervalSet()


def test_parse_set_rejects_blank_member():
    with pytest.raises(IntervalParseError, match="empty element") as info:
        parse_set(" [1, 2] | | [3, 4] ")
    assert info.value.text == " [1, 2] | | [3, 4] "


def test_format_set():
    s = IntervalSet([(1, 2), (4, 5)])
    assert format_set(s, " U ") == "[1, 2] U [4, 5]"
    assert format_set(s) == "[1, 2] | [4, 5]"
    assert format_set(IntervalSet()) == "empty"


def test_parse_error_message():
    with pytest.raises(IntervalParseError) as info:
        parse_interval("oops")
    assert str(info.value) == "cannot parse 'oops': expected an interval such as [1, 2)"
    assert info.value.reason == "expected an interval such as [1, 2)"


def test_parse_number_error_shows_original_token():
    with pytest.raises(IntervalParseError) as info:
        parse_number("X1")
    assert info.value.reason == "bad number 'X1'"
    assert info.value.text == "X1"
