from fractions import Fraction

import pytest

from polyops import Polynomial


@pytest.mark.parametrize(
    "coefficients, expected",
    [
        ([], "0"),
        ([0], "0"),
        ([5], "5"),
        ([-5], "-5"),
        ([0, 1], "x"),
        ([0, -1], "-x"),
        ([1, 3, 2], "2x^2 + 3x + 1"),
        ([-6, 11, -6, 1], "x^3 - 6x^2 + 11x - 6"),
        ([0, 0, -1], "-x^2"),
        ([1, 0, 0, 1], "x^3 + 1"),
        ([0.5, -1.0, 2.25], "2.25x^2 - x + 0.5"),
        ([-1, -1], "-x - 1"),
        ([1, 1], "x + 1"),
        ([1e-7, 0, 1], "x^2 + 1e-07"),
    ],
)
def test_format(coefficients, expected):
    assert str(Polynomial(coefficients)) == expected


def test_custom_variable():
    assert Polynomial([1, -2, 1]).format("t") == "t^2 - 2t + 1"


def test_fraction_coefficients():
    assert str(Polynomial([Fraction(-1, 2), Fraction(1, 3)])) == "1/3x - 1/2"
