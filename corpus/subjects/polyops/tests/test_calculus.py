import math
from fractions import Fraction

import pytest

from polyops import ConvergenceError, Polynomial, PolynomialError, lagrange_interpolate, newton_root


def test_derivative(cubic):
    assert cubic.derivative() == Polynomial([11, -12, 3])
    assert cubic.derivative(2) == Polynomial([-12, 6])
    assert cubic.derivative(3) == Polynomial([6])
    assert cubic.derivative(4).is_zero()
    assert cubic.derivative(0) == cubic
    assert Polynomial([5]).derivative().is_zero()


def test_derivative_order_validation(cubic):
    with pytest.raises(PolynomialError, match="non-negative"):
        cubic.derivative(-1)


def test_integral(quadratic):
    assert quadratic.integral() == Polynomial([0, 1.0, 1.5, 2 / 3])
    assert quadratic.integral(constant=7)(0) == 7
    assert quadratic.integral().derivative() == Polynomial([1.0, 3.0, 2.0])


def test_integral_exact_with_fractions():
    p = Polynomial([Fraction(1), Fraction(3), Fraction(2)])
    assert p.integral() == Polynomial([0, Fraction(1), Fraction(3, 2), Fraction(2, 3)])
    assert p.definite_integral(0, 1) == Fraction(19, 6)


def test_definite_integral():
    assert Polynomial([0, 0, 3]).definite_integral(0, 2) == 8.0
    assert Polynomial([1]).definite_integral(5, 2) == -3.0
    assert Polynomial().definite_integral(0, 10) == 0


@pytest.mark.parametrize("start, root", [(0.0, 1.0), (1.9, 2.0), (5.0, 3.0)])
def test_newton_finds_roots(cubic, start, root):
    result = newton_root(cubic, start)
    assert result.root == pytest.approx(root, abs=1e-10)
    assert result.residual <= 1e-9
    assert result.iterations >= 1


def test_newton_sqrt2():
    result = newton_root(Polynomial([-2, 0, 1]), 1.0)
    assert result.root == pytest.approx(math.sqrt(2))
    assert result.iterations == 6


def test_newton_exact_start(cubic):
    result = newton_root(cubic, 2)
    assert result.root == 2.0
    assert result.iterations == 0
    assert result.residual == 0.0


def test_newton_zero_derivative():
    with pytest.raises(ConvergenceError, match="zero derivative at x=0.0") as info:
        newton_root(Polynomial([1, 0, 1]), 0.0)
    assert info.value.iterations == 0
    assert info.value.last_estimate == 0.0


def test_newton_no_real_root_runs_out():
    with pytest.raises(ConvergenceError, match="no convergence after 10 iterations") as info:
        newton_root(Polynomial([1, 0, 1]), 0.5, max_iterations=10)
    assert info.value.iterations == 10


@pytest.mark.parametrize(
    "poly, kwargs, message",
    [
        (Polynomial([3]), {}, "degree at least 1"),
        (Polynomial([1, 1]), {"tolerance": 0}, "tolerance"),
        (Polynomial([1, 1]), {"max_iterations": 0}, "max_iterations"),
    ],
)
def test_newton_validation(poly, kwargs, message):
    with pytest.raises(PolynomialError, match=message):
        newton_root(poly, 0.0, **kwargs)


def test_lagrange_recovers_polynomial(cubic):
    points = [(x, cubic(x)) for x in (0, 1, 4, 5)]
    interpolated = lagrange_interpolate(points)
    assert interpolated.degree == 3
    assert list(interpolated.coefficients) == pytest.approx([-6, 11, -6, 1])


def test_lagrange_exact_fractions():
    points = [(Fraction(0), Fraction(1)), (Fraction(1), Fraction(3)), (Fraction(2), Fraction(7))]
    assert lagrange_interpolate(points) == Polynomial([1, 1, 1])


def test_lagrange_single_point_and_line():
    assert lagrange_interpolate([(3, 5)]) == Polynomial([5.0])
    line = lagrange_interpolate([(0, 1), (2, 5)])
    assert line == Polynomial([1.0, 2.0])


def test_lagrange_collinear_points_drop_degree():
    p = lagrange_interpolate([(0, 0), (1, 2), (2, 4)])
    assert p.degree == 1
    assert p(10) == 20.0


@pytest.mark.parametrize(
    "points, message",
    [([], "at least one point"), ([(1, 2), (1, 3)], "distinct x")],
)
def test_lagrange_errors(points, message):
    with pytest.raises(PolynomialError, match=message):
        lagrange_interpolate(points)
