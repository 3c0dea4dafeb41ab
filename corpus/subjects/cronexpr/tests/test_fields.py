import pytest

from cronexpr import FIELDS, CronSyntaxError, format_field, parse_field

MINUTE, HOUR, DAY, MONTH, WEEKDAY = FIELDS


@pytest.mark.parametrize(
    "text, spec, expected",
    [
        ("*", HOUR, set(range(24))),
        ("5", MINUTE, {5}),
        ("1-4", DAY, {1, 2, 3, 4}),
        ("*/15", MINUTE, {0, 15, 30, 45}),
        ("10-20/5", MINUTE, {10, 15, 20}),
        ("50/4", MINUTE, {50, 54, 58}),
        ("1,3,5-6", DAY, {1, 3, 5, 6}),
        ("jan,MAR-may", MONTH, {1, 3, 4, 5}),
        ("MON-FRI", WEEKDAY, {1, 2, 3, 4, 5}),
        ("7", WEEKDAY, {0}),
        ("5-7", WEEKDAY, {5, 6, 0}),
        ("*", WEEKDAY, {0, 1, 2, 3, 4, 5, 6}),
        (" 3 , 4 ", HOUR, {3, 4}),
    ],
)
def test_parse_field(text, spec, expected):
    assert parse_field(text, spec) == frozenset(expected)


@pytest.mark.parametrize(
    "text, spec, message",
    [
        ("", MINUTE, "minute: field is empty"),
        ("60", MINUTE, "minute: value 60 out of range 0-59"),
        ("0", DAY, "out of range 1-31"),
        ("5-2", HOUR, "reversed"),
        ("*/0", MINUTE, "invalid step"),
        ("*/x", MINUTE, "invalid step"),
        ("1,,2", HOUR, "empty list element"),
        ("FOO", MONTH, "invalid value 'FOO'"),
        ("-1", HOUR, "invalid value"),
        ("8", WEEKDAY, "day of week: value 8"),
    ],
)
def test_parse_field_errors(text, spec, message):
    with pytest.raises(CronSyntaxError, match=message) as info:
        parse_field(text, spec)
    assert info.value.field == spec.name


@pytest.mark.parametrize(
    "values, spec, names, expected",
    [
        (range(60), MINUTE, False, "*"),
        ({0, 15, 30, 45}, MINUTE, False, "0,15,30,45"),
        ({1, 2, 3, 4, 9, 10}, DAY, False, "1-4,9,10"),
        ({1, 2, 3, 4, 5}, WEEKDAY, True, "MON-FRI"),
        ({0, 6}, WEEKDAY, True, "SUN,SAT"),
        ({12}, MONTH, True, "DEC"),
        ({12}, MONTH, False, "12"),
    ],
)
def test_format_field(values, spec, names, expected):
    assert format_field(values, spec, use_names=names) == expected


def test_spec_all_values_folds_weekday_seven():
    assert WEEKDAY.all_values == frozenset(range(7))
    assert len(MINUTE.all_values) == 60
