from fractions import Fraction

import pytest

from polyops import Polynomial, PolynomialError


def test_addition(quadratic):
    assert quadratic + Polynomial([1, 1]) == Polynomial([2, 4, 2])
    assert Polynomial([1, 1]) + quadratic == Polynomial([2, 4, 2])
    assert quadratic + 4 == Polynomial([5, 3, 2])
    assert 4 + quadratic == Polynomial([5, 3, 2])


def test_addition_cancels_leading_terms():
    total = Polynomial([1, 2, 3]) + Polynomial([0, 0, -3])
    assert total.degree == 1
    assert total == Polynomial([1, 2])


def test_subtraction(quadratic):
    assert quadratic - quadratic == Polynomial()
    assert quadratic - 1 == Polynomial([0, 3, 2])
    assert 1 - quadratic == Polynomial([0, -3, -2])
    assert -quadratic == Polynomial([-1, -3, -2])


def test_multiplication(quadratic):
    assert quadratic * Polynomial([1, -1]) == Polynomial([1, 2, -1, -2])
    assert quadratic * 3 == Polynomial([3, 9, 6])
    assert 0.5 * quadratic == Polynomial([0.5, 1.5, 1.0])
    assert quadratic * 0 == Polynomial()
    assert Polynomial() * quadratic == Polynomial()


@pytest.mark.parametrize("op", ["__add__", "__sub__", "__rsub__", "__mul__", "__divmod__"])
def test_unsupported_operand(quadratic, op):
    assert getattr(quadratic, op)("x") is NotImplemented


def test_type_error_from_operator(quadratic):
    with pytest.raises(TypeError):
        quadratic + "x"
    with pytest.raises(TypeError):
        quadratic // "x"


@pytest.mark.parametrize(
    "exponent, expected",
    [(0, [1]), (1, [1, 1]), (2, [1, 2, 1]), (3, [1, 3, 3, 1]), (5, [1, 5, 10, 10, 5, 1])],
)
def test_power(exponent, expected):
    assert Polynomial([1, 1]) ** exponent == Polynomial(expected)


@pytest.mark.parametrize("exponent", [-1, 1.5])
def test_power_validation(exponent):
    with pytest.raises(PolynomialError, match="non-negative integer"):
        Polynomial([1, 1]) ** exponent


def test_divmod_exact(cubic):
    quotient, remainder = divmod(cubic, Polynomial([-1, 1]))
    assert quotient == Polynomial([6, -5, 1])
    assert remainder.is_zero()


def test_divmod_with_remainder():
    dividend = Polynomial([5, 0, 3, 2])
    quotient, remainder = divmod(dividend, Polynomial([1, 1]))
    assert quotient == Polynomial([-1, 1, 2])
    assert remainder == Polynomial([6])
    assert quotient * Polynomial([1, 1]) + remainder == dividend


def test_divmod_non_monic_fraction():
    dividend = Polynomial([Fraction(1), Fraction(0), Fraction(1)])
    quotient, remainder = divmod(dividend, Polynomial([Fraction(1), Fraction(2)]))
    assert quotient == Polynomial([Fraction(-1, 4), Fraction(1, 2)])
    assert remainder == Polynomial([Fraction(5, 4)])


def test_floordiv_and_mod(quadratic):
    assert quadratic // Polynomial([1, 1]) == Polynomial([1.0, 2.0])
    assert quadratic % Polynomial([1, 1]) == Polynomial()
    assert quadratic // 2 == Polynomial([0.5, 1.5, 1.0])
    assert quadratic % 2 == Polynomial()


def test_divide_by_higher_degree(quadratic):
    quotient, remainder = divmod(quadratic, Polynomial([0, 0, 0, 1]))
    assert quotient.is_zero()
    assert remainder == quadratic


def test_divide_by_zero(quadratic):
    with pytest.raises(ZeroDivisionError):
        divmod(quadratic, Polynomial())
    with pytest.raises(ZeroDivisionError):
        quadratic % 0


def test_compose(quadratic):
    shifted = quadratic.compose(Polynomial([1, 1]))
    assert shifted == Polynomial([6, 7, 2])
    assert Polynomial([0, 1]).compose(quadratic) == quadratic
    assert Polynomial([3]).compose(quadratic) == Polynomial([3])
    assert Polynomial().compose(quadratic) == Polynomial()
