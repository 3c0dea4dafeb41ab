import pytest

from ratio import Rational, gcd


@pytest.mark.parametrize(
    "a, b, expected",
    [(12, 18, 6), (-12, 18, 6), (12, -18, 6), (0, 5, 5), (5, 0, 5), (0, 0, 0), (17, 5, 1)],
)
def test_gcd(a, b, expected):
    assert gcd(a, b) == expected


@pytest.mark.parametrize(
    "num, den, expected",
    [
        (2, 4, (1, 2)),
        (-2, 4, (-1, 2)),
        (2, -4, (-1, 2)),
        (-2, -4, (1, 2)),
        (0, -7, (0, 1)),
        (6, 3, (2, 1)),
        (7, 1, (7, 1)),
    ],
)
def test_normalization(num, den, expected):
    r = Rational(num, den)
    assert (r.numerator, r.denominator) == expected


def test_defaults():
    assert Rational() == 0
    assert Rational(5).denominator == 1


def test_rational_components():
    assert Rational(Rational(1, 2), 3) == Rational(1, 6)
    assert Rational(3, Rational(3, 4)) == Rational(4)
    assert Rational(Rational(2, 3), Rational(4, 9)) == Rational(3, 2)


def test_zero_denominator():
    with pytest.raises(ZeroDivisionError, match=r"Rational\(3, 0\)"):
        Rational(3, 0)
    with pytest.raises(ZeroDivisionError):
        Rational(1, Rational(0))


@pytest.mark.parametrize("bad", [1.5, "1", True, None])
def test_component_types(bad):
    with pytest.raises(TypeError, match="int or Rational"):
        Rational(bad)


@pytest.mark.parametrize(
    "value, expected",
    [
        (0.5, Rational(1, 2)),
        (-2.75, Rational(-11, 4)),
        (3.0, Rational(3)),
        (0.0, Rational(0)),
        (0.1, Rational(3602879701896397, 36028797018963968)),
        (2.0 ** 60, Rational(2 ** 60)),
        (5e-324, Rational(1, 2 ** 1074)),
        (7, Rational(7)),
    ],
)
def test_from_float_is_exact(value, expected):
    assert Rational.from_float(value) == expected


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_from_float_rejects_non_finite(value):
    with pytest.raises(ValueError, match="cannot convert"):
        Rational.from_float(value)


def test_from_float_type():
    with pytest.raises(TypeError, match="expected a float"):
        Rational.from_float("0.5")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3/4", Rational(3, 4)),
        (" 6 / -8 ", Rational(-3, 4)),
        ("-12", Rational(-12)),
        ("+7", Rational(7)),
        ("0.125", Rational(1, 8)),
        ("1.5e-3", Rational(3, 2000)),
        ("2.5E+2", Rational(250)),
        ("1e3", Rational(1000)),
        (".5", Rational(1, 2)),
        ("-.25", Rational(-1, 4)),
        ("7.", Rational(7)),
        ("0.000", Rational(0)),
        ("  42  ", Rational(42)),
    ],
)
def test_from_string(text, expected):
    assert Rational.from_string(text) == expected


@pytest.mark.parametrize(
    "text",
    ["abc", "1/2/3", "1.2.3", "+-5", "--1", "-", ".", "1e", "1e1.5", "3/", "/4", "1 2", "１", "0x10", "1/0.5"],
)
def test_from_string_invalid(text):
    with pytest.raises(ValueError, match="invalid rational literal"):
        Rational.from_string(text)


def test_from_string_empty():
    with pytest.raises(ValueError, match="empty string"):
        Rational.from_string("   ")


def test_from_string_zero_denominator():
    with pytest.raises(ZeroDivisionError):
        Rational.from_string("1/0")
