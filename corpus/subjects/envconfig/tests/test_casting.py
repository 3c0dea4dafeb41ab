import datetime as dt

import pytest

from envconfig import CastError, Secret, cast_bool, cast_list, parse_duration
from envconfig.casting import cast_float, cast_int, cast_str, caster_for


@pytest.mark.parametrize("raw, expected", [("42", 42), (" -7 ", -7), ("1_000", 1000), (9, 9)])
def test_cast_int(raw, expected):
    assert cast_int(raw) == expected


@pytest.mark.parametrize("raw", ["4.5", "", True, None, [1]])
def test_cast_int_rejects(raw):
    with pytest.raises(CastError, match="expected an integer"):
        cast_int(raw)


@pytest.mark.parametrize("raw, expected", [("2.5", 2.5), (3, 3.0), (" 1e-2", 0.01), (0.25, 0.25)])
def test_cast_float(raw, expected):
    assert cast_float(raw) == expected


@pytest.mark.parametrize("raw", ["x", False, None])
def test_cast_float_rejects(raw):
    with pytest.raises(CastError, match="expected a number"):
        cast_float(raw)


@pytest.mark.parametrize(
    "raw, expected",
    [("TRUE", True), ("y", True), ("on", True), ("1", True), (" off ", False), ("", False), ("F", False),
     (1, True), (0, False), (True, True)],
)
def test_cast_bool(raw, expected):
    assert cast_bool(raw) is expected


@pytest.mark.parametrize("raw", ["maybe", 2, None])
def test_cast_bool_rejects(raw):
    with pytest.raises(CastError, match="expected a boolean"):
        cast_bool(raw)


def test_cast_str():
    assert cast_str("a") == "a"
    assert cast_str(5) == "5"
    with pytest.raises(CastError, match="expected a string, got True"):
        cast_str(True)
    with pytest.raises(CastError):
        cast_str({"a": 1})


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("90", dt.timedelta(seconds=90)),
        ("1.5", dt.timedelta(seconds=1.5)),
        ("250ms", dt.timedelta(milliseconds=250)),
        ("1h30m", dt.timedelta(hours=1, minutes=30)),
        ("2d 4h", dt.timedelta(days=2, hours=4)),
        ("1w1s", dt.timedelta(weeks=1, seconds=1)),
        ("0.5m", dt.timedelta(seconds=30)),
        ("10M", dt.timedelta(minutes=10)),
        (15, dt.timedelta(seconds=15)),
        (dt.timedelta(hours=2), dt.timedelta(hours=2)),
    ],
)
def test_parse_duration(raw, expected):
    assert parse_duration(raw) == expected


@pytest.mark.parametrize(
    "raw, message",
    [
        ("", "empty duration"),
        ("   ", "empty duration"),
        ("5x", "invalid duration '5x'"),
        ("h5", "invalid duration 'h5'"),
        ("5m3", "invalid duration '5m3'"),
        ("1h-5m", "invalid duration"),
        (-3, "must not be negative"),
        (True, "expected a duration"),
        ([1], "expected a duration"),
    ],
)
def test_parse_duration_rejects(raw, message):
    with pytest.raises(CastError, match=message):
        parse_duration(raw)


@pytest.mark.parametrize(
    "raw, item, separator, expected",
    [
        ("a, b ,c", cast_str, ",", ["a", "b", "c"]),
        ("", cast_str, ",", []),
        ("1;2", cast_int, ";", [1, 2]),
        (["3", 4], cast_int, ",", [3, 4]),
        (("x",), cast_str, ",", ["x"]),
        ("a,,b", cast_str, ",", ["a", "", "b"]),
    ],
)
def test_cast_list(raw, item, separator, expected):
    assert cast_list(raw, item, separator) == expected


def test_cast_list_errors():
    with pytest.raises(CastError, match="item 1: expected an integer, got 'x'"):
        cast_list("1,x", cast_int)
    with pytest.raises(CastError, match="expected a list"):
        cast_list(5)


def test_secret_masks_value():
    secret = Secret("hunter2")
    assert repr(secret) == "Secret('******')"
    assert str(secret) == "Secret('******')"
    assert "hunter2" not in f"{secret} {[secret]}"
    assert secret.reveal() == "hunter2"
    assert secret == Secret("hunter2")
    assert secret != Secret("other")
    assert secret != "hunter2"
    assert hash(secret) == hash(Secret("hunter2"))


def test_caster_for():
    assert caster_for(int) is cast_int
    assert caster_for(dt.timedelta) is parse_duration
    assert caster_for(str.upper) is str.upper
    with pytest.raises(TypeError, match="no caster for 5"):
        caster_for(5)
