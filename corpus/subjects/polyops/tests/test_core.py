from fractions import Fraction

import pytest

from polyops import Polynomial, PolynomialError


def test_trailing_zeros_trimmed():
    p = Polynomial([1, 2, 0, 0])
    assert p.coefficients == (1, 2)
    assert p.degree == 1


def test_zero_polynomial():
    zero = Polynomial([0, 0])
    assert zero.is_zero()
    assert zero.degree == -1
    assert zero.leading_coefficient == 0
    assert zero.coefficients == ()
    assert Polynomial() == zero
    assert zero(5) == 0


def test_constant_is_not_zero():
    p = Polynomial([4])
    assert not p.is_zero()
    assert p.degree == 0
    assert p.leading_coefficient == 4


@pytest.mark.parametrize("bad", ["1", None, True, [1]])
def test_coefficients_must_be_numbers(bad):
    with pytest.raises(TypeError, match="numbers"):
        Polynomial([1, bad])


def test_monomial():
    assert Polynomial.monomial(3).coefficients == (0, 0, 0, 1)
    assert Polynomial.monomial(0, 5).coefficients == (5,)
    assert Polynomial.monomial(2, 0).is_zero()
    with pytest.raises(PolynomialError, match="non-negative"):
        Polynomial.monomial(-1)


def test_from_roots(cubic):
    assert Polynomial.from_roots([1, 2, 3]) == cubic
    assert Polynomial.from_roots([]) == Polynomial([1])
    assert Polynomial.from_roots([2, 2]).coefficients == (4, -4, 1)


@pytest.mark.parametrize("x, expected", [(0, -6), (1, 0), (2, 0), (3, 0), (4, 6), (-1, -24)])
def test_horner_evaluation(cubic, x, expected):
    assert cubic(x) == expected


def test_evaluate_float_and_fraction(quadratic):
    assert quadratic(0.5) == 3.0
    assert quadratic(Fraction(1, 3)) == Fraction(20, 9)
    assert quadratic.evaluate_many([0, 1, 2]) == [1, 6, 15]


def test_equality_and_hash(quadratic):
    assert quadratic == Polynomial([1, 3, 2, 0])
    assert hash(quadratic) == hash(Polynomial([1, 3, 2]))
    assert quadratic != Polynomial([1, 3])
    assert Polynomial([7]) == 7
    assert Polynomial() == 0
    assert quadratic != "2x^2 + 3x + 1"


def test_repr(quadratic):
    assert repr(quadratic) == "Polynomial([1, 3, 2])"
    assert repr(Polynomial()) == "Polynomial([])"
