import datetime as dt
import enum
from decimal import Decimal

import pytest

from dataserde.coerce import to_bool, to_date, to_datetime, to_decimal, to_enum, to_float, to_int, to_str
from dataserde.errors import CoercionError


class Size(enum.Enum):
    SMALL = "s"
    LARGE = "l"


@pytest.mark.parametrize("raw, expected", [(5, 5), (5.0, 5), (" 42 ", 42), ("-3", -3)])
def test_to_int_accepts(raw, expected):
    assert to_int(raw) == expected
    assert type(to_int(raw)) is int


@pytest.mark.parametrize(
    "raw, message",
    [(True, "expected int, got bool True"), (2.5, "non-integral float 2.5"), ("4.0", "cannot parse '4.0' as int"),
     (None, "expected int, got NoneType None")],
)
def test_to_int_rejects(raw, message):
    with pytest.raises(CoercionError, match=message):
        to_int(raw)


@pytest.mark.parametrize("raw, expected", [(2, 2.0), (2.5, 2.5), (" 1e3", 1000.0)])
def test_to_float_accepts(raw, expected):
    assert to_float(raw) == expected


@pytest.mark.parametrize("raw", [False, "abc", [1]])
def test_to_float_rejects(raw):
    with pytest.raises(CoercionError):
        to_float(raw)


@pytest.mark.parametrize(
    "raw, expected",
    [(Decimal("1.50"), Decimal("1.50")), (3, Decimal("3")), ("2.25 ", Decimal("2.25")), (0.1, Decimal("0.1"))],
)
def test_to_decimal_accepts(raw, expected):
    assert to_decimal(raw) == expected
    assert str(to_decimal("1.50")) == "1.50"


@pytest.mark.parametrize(
    "raw, message",
    [(True, "expected decimal"), ("x", "cannot parse 'x' as decimal"), ("NaN", "must be finite"),
     ("inf", "must be finite"), (None, "expected decimal")],
)
def test_to_decimal_rejects(raw, message):
    with pytest.raises(CoercionError, match=message):
        to_decimal(raw)


@pytest.mark.parametrize(
    "raw, expected",
    [(True, True), (False, False), (1, True), (0, False), ("Yes", True), (" off ", False), ("1", True), ("no", False)],
)
def test_to_bool_accepts(raw, expected):
    assert to_bool(raw) is expected


@pytest.mark.parametrize("raw", [2, "maybe", None, 1.0])
def test_to_bool_rejects(raw):
    with pytest.raises(CoercionError, match="expected bool"):
        to_bool(raw)


def test_to_str():
    assert to_str("x") == "x"
    assert to_str(12) == "12"
    assert to_str(1.5) == "1.5"
    with pytest.raises(CoercionError, match="expected str, got bool True"):
        to_str(True)
    with pytest.raises(CoercionError, match="expected str, got list"):
        to_str([])


def test_to_date():
    assert to_date("2024-02-29") == dt.date(2024, 2, 29)
    assert to_date(dt.date(2020, 1, 1)) == dt.date(2020, 1, 1)
    with pytest.raises(CoercionError, match="invalid ISO date '2023-02-29'"):
        to_date("2023-02-29")
    with pytest.raises(CoercionError, match="expected date, got datetime"):
        to_date(dt.datetime(2020, 1, 1))
    with pytest.raises(CoercionError, match="expected ISO date string, got int"):
        to_date(20200101)


def test_to_datetime():
    parsed = to_datetime("2024-03-01T10:30:00Z")
    assert parsed == dt.datetime(2024, 3, 1, 10, 30, tzinfo=dt.timezone.utc)
    assert to_datetime("2024-03-01T10:30:00").tzinfo is None
    same = dt.datetime(2000, 1, 1)
    assert to_datetime(same) is same
    with pytest.raises(CoercionError, match="invalid ISO datetime 'noon'"):
        to_datetime("noon")
    with pytest.raises(CoercionError, match="expected ISO datetime string"):
        to_datetime(5)


def test_to_enum():
    assert to_enum(Size, "s") is Size.SMALL
    assert to_enum(Size, "LARGE") is Size.LARGE
    assert to_enum(Size, Size.SMALL) is Size.SMALL
    with pytest.raises(CoercionError, match="'m' is not a valid Size; expected one of 's', 'l'"):
        to_enum(Size, "m")
