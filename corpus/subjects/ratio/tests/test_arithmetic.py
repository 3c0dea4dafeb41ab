import math

import pytest

from ratio import Rational


def test_add_sub(half, third):
    assert half + third == Rational(5, 6)
    assert half - third == Rational(1, 6)
    assert third - half == Rational(-1, 6)
    assert half + half == 1


def test_mixed_with_int(half):
    assert half + 1 == Rational(3, 2)
    assert 1 + half == Rational(3, 2)
    assert 1 - half == half
    assert half - 1 == Rational(-1, 2)
    assert 3 * half == Rational(3, 2)
    assert 1 / half == 2
    assert half / 2 == Rational(1, 4)


def test_mul_div(half, third):
    assert half * third == Rational(1, 6)
    assert half / third == Rational(3, 2)
    assert Rational(-2, 3) * Rational(9, 4) == Rational(-3, 2)


def test_division_by_zero(half):
    with pytest.raises(ZeroDivisionError, match="division by zero"):
        half / 0
    with pytest.raises(ZeroDivisionError):
        1 / Rational(0)
    with pytest.raises(ZeroDivisionError, match="integer division by zero"):
        half // Rational(0)
    with pytest.raises(ZeroDivisionError):
        half % 0


def test_float_fallback(half):
    assert half + 0.25 == 0.75
    assert isinstance(half + 0.25, float)
    assert 0.25 + half == 0.75
    assert 1.0 - half == 0.5
    assert half * 4.0 == 2.0
    assert 1.0 / half == 2.0
    assert 3.5 // half == 7.0
    assert 1.25 % half == 0.25


@pytest.mark.parametrize(
    "a, b, quotient, remainder",
    [
        (Rational(7, 2), 2, 1, Rational(3, 2)),
        (Rational(-7, 2), 2, -2, Rational(1, 2)),
        (Rational(7, 2), Rational(-1, 3), -11, Rational(-1, 6)),
        (Rational(5), Rational(5), 1, 0),
    ],
)
def test_floordiv_mod(a, b, quotient, remainder):
    assert a // b == quotient
    assert a % b == remainder
    assert divmod(a, b) == (quotient, remainder)


def test_reflected_floordiv_mod():
    assert 7 // Rational(2) == 3
    assert 7 % Rational(2, 3) == Rational(1, 3)


def test_unsupported_operands(half):
    with pytest.raises(TypeError):
        half + "1"
    with pytest.raises(TypeError):
        "1" * half
    with pytest.raises(TypeError):
        half ** "2"
    with pytest.raises(TypeError):
        "2" ** half
    assert half.__add__(None) is NotImplemented


@pytest.mark.parametrize(
    "base, exponent, expected",
    [
        (Rational(2, 3), 2, Rational(4, 9)),
        (Rational(2, 3), 0, Rational(1)),
        (Rational(2, 3), -2, Rational(9, 4)),
        (Rational(-2, 3), -3, Rational(-27, 8)),
        (Rational(4, 9), Rational(2), Rational(16, 81)),
    ],
)
def test_integer_powers(base, exponent, expected):
    assert base ** exponent == expected


def test_fractional_powers():
    assert Rational(1, 4) ** 0.5 == 0.5
    assert Rational(9, 4) ** Rational(1, 2) == 1.5
    assert 4 ** Rational(1, 2) == 2.0
    assert 2 ** Rational(3) == 8
    assert isinstance(2 ** Rational(3), Rational)
    assert 2 ** Rational(-1) == Rational(1, 2)
    assert 4.0 ** Rational(1, 2) == 2.0


def test_zero_negative_power():
    with pytest.raises(ZeroDivisionError, match="negative power"):
        Rational(0) ** -1


def test_unary(half):
    assert -half == Rational(-1, 2)
    assert +half is half
    assert abs(Rational(-3, 4)) == Rational(3, 4)


def test_conversions():
    assert float(Rational(1, 4)) == 0.25
    assert int(Rational(7, 2)) == 3
    assert int(Rational(-7, 2)) == -3
    assert math.floor(Rational(-7, 2)) == -4
    assert math.ceil(Rational(-7, 2)) == -3
    assert math.ceil(Rational(7, 2)) == 4
    assert bool(Rational(0)) is False
    assert bool(Rational(1, 9)) is True


@pytest.mark.parametrize(
    "value, expected",
    [
        (Rational(5, 2), 2),
        (Rational(7, 2), 4),
        (Rational(-5, 2), -2),
        (Rational(-7, 2), -4),
        (Rational(13, 10), 1),
        (Rational(17, 10), 2),
        (Rational(-17, 10), -2),
    ],
)
def test_round_half_even(value, expected):
    assert round(value) == expected


def test_round_to_digits():
    assert round(Rational(12345, 1000), 2) == Rational(617, 50)
    assert round(Rational(1, 3), 0) == Rational(0)
    assert round(Rational(1250), -2) == Rational(1200)
    assert round(Rational(1350), -2) == Rational(1400)
    assert round(Rational(1, 8), 2) == Rational(3, 25)
