from decimal import Decimal

import pytest

from durations import Duration, DurationError, format_iso, parse_iso


@pytest.mark.parametrize(
    "text, expected",
    [
        ("P1Y2M10DT2H30M", Duration(years=1, months=2, days=10, hours=2, minutes=30)),
        ("P3W", Duration(weeks=3)),
        ("PT0S", Duration()),
        ("P0D", Duration()),
        ("PT36H", Duration(hours=36)),
        ("-PT1.5S", Duration(seconds=Decimal("-1.5"))),
        ("+P1D", Duration(days=1)),
        ("PT1,25S", Duration(seconds=Decimal("1.25"))),
        ("PT1.5H", Duration(hours=1, minutes=30)),
        ("PT2.75M", Duration(minutes=2, seconds=45)),
        ("PT1H0.5M", Duration(hours=1, seconds=30)),
        ("P1DT1.5H", Duration(days=1, hours=1, minutes=30)),
        ("-P2MT1.5H", Duration(months=-2, hours=-1, minutes=-30)),
        (" P2Y ", Duration(years=2)),
    ],
)
def test_parse_iso(text, expected):
    parsed = parse_iso(text)
    assert [getattr(parsed, n) for n in ("years", "months", "weeks", "days", "hours", "minutes")] == [
        getattr(expected, n) for n in ("years", "months", "weeks", "days", "hours", "minutes")
    ]
    assert parsed.seconds == expected.seconds


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "not an ISO"),
        ("P", "no components"),
        ("PT", "no components"),
        ("P1DT", "no components"),
        ("1D", "not an ISO"),
        ("P1H", "not an ISO"),
        ("PT1D", "not an ISO"),
        ("P1M1Y", "not an ISO"),
        ("P-1D", "not an ISO"),
        ("P1.5Y", "fractional years"),
        ("P0.5W", "fractional weeks"),
        ("PT1.5H30S", "only the last component"),
    ],
)
def test_parse_iso_errors(text, message):
    with pytest.raises(DurationError, match=message):
        parse_iso(text)


def test_parse_iso_rejects_non_string():
    with pytest.raises(DurationError):
        parse_iso(3600)


@pytest.mark.parametrize(
    "duration, expected",
    [
        (Duration(), "PT0S"),
        (Duration(years=1, months=2, days=10, hours=2, minutes=30), "P1Y2M10DT2H30M"),
        (Duration(weeks=2, days=1), "P2W1D"),
        (Duration(seconds=Decimal("1.500")), "PT1.5S"),
        (Duration(seconds=Decimal("10")), "PT10S"),
        (Duration(hours=-1, minutes=-2), "-PT1H2M"),
        (Duration(days=3), "P3D"),
        (Duration(minutes=5, seconds=Decimal("0.25")), "PT5M0.25S"),
    ],
)
def test_format_iso(duration, expected):
    assert format_iso(duration) == expected
    assert str(duration) == expected


@pytest.mark.parametrize(
    "text",
    ["P1Y2M3W4DT5H6M7.5S", "-P10D", "PT0.001S", "P2M", "PT45M"],
)
def test_iso_round_trip(text):
    assert format_iso(parse_iso(text)) == text
