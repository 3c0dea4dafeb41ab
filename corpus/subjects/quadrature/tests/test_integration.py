import math

import pytest

from quadrature import (
    ConvergenceError,
    QuadratureError,
    adaptive_simpson,
    romberg,
    simpson,
    trapezoid,
    trapezoid_samples,
)


def square(x):
    return x * x


@pytest.mark.parametrize("n, expected", [(1, 0.5), (2, 0.375), (4, 0.34375)])
def test_trapezoid_square(n, expected):
    assert trapezoid(square, 0, 1, n) == expected


def test_trapezoid_linear_is_exact():
    assert trapezoid(lambda x: 3 * x + 1, 0, 2, 1) == 8.0


def test_trapezoid_reversed_and_empty_interval():
    assert trapezoid(square, 1, 0, 2) == -0.375
    assert trapezoid(square, 2, 2) == 0.0


def test_trapezoid_samples_each_point_once(call_log):
    trapezoid(call_log.wrap(square), 0, 1, 4)
    assert sorted(call_log.points) == [0, 0.25, 0.5, 0.75, 1]


def test_trapezoid_validation():
    with pytest.raises(QuadratureError, match="at least 1"):
        trapezoid(square, 0, 1, 0)


@pytest.mark.parametrize(
    "func, a, b, n, expected",
    [
        (lambda x: x ** 3, 0, 2, 2, 4.0),
        (square, 0, 3, 2, 9.0),
        (lambda x: 1.0, -1, 1, 4, 2.0),
        (lambda x: x ** 3, 1, -1, 2, 0.0),
    ],
)
def test_simpson_exact_for_cubics(func, a, b, n, expected):
    assert simpson(func, a, b, n) == pytest.approx(expected, abs=1e-15)


def test_simpson_sine():
    assert simpson(math.sin, 0, math.pi, 10) == pytest.approx(2.0001095173150043)
    assert simpson(math.sin, 0, math.pi, 100) == pytest.approx(2.0, abs=1e-7)


def test_simpson_empty_interval():
    assert simpson(square, 1, 1) == 0.0


@pytest.mark.parametrize("n", [0, 1, 3])
def test_simpson_needs_even_panels(n):
    with pytest.raises(QuadratureError, match="even"):
        simpson(square, 0, 1, n)


def test_trapezoid_samples():
    assert trapezoid_samples([0, 1, 3], [0, 2, 2]) == 5.0
    assert trapezoid_samples([0, 0.5], [4, 4]) == 2.0


@pytest.mark.parametrize(
    "xs, ys, message",
    [
        ([0, 1], [1], "2 x values and 1 y values"),
        ([0], [1], "at least two"),
        ([0, 2, 1], [1, 1, 1], "strictly increasing"),
        ([0, 0], [1, 1], "strictly increasing"),
    ],
)
def test_trapezoid_samples_validation(xs, ys, message):
    with pytest.raises(QuadratureError, match=message):
        trapezoid_samples(xs, ys)


def test_romberg_exp():
    result = romberg(math.exp, 0, 1)
    assert result.value == pytest.approx(math.e - 1, abs=1e-12)
    assert result.error_estimate <= 1e-10
    assert result.evaluations == 33


def test_romberg_polynomial_converges_immediately():
    result = romberg(square, 0, 3)
    assert result.value == 9.0
    assert result.error_estimate == 0.0
    assert result.evaluations == 5


def test_romberg_limit():
    with pytest.raises(ConvergenceError, match="within 3 levels") as info:
        romberg(math.sqrt, 0, 1, tolerance=1e-14, max_levels=3)
    assert info.value.iterations == 3
    assert info.value.estimate == pytest.approx(2 / 3, abs=0.02)


def test_adaptive_simpson_polynomial():
    result = adaptive_simpson(square, 0, 3)
    assert result.value == 9.0
    assert result.error_estimate == 0.0
    assert result.evaluations == 5


def test_adaptive_simpson_sqrt():
    result = adaptive_simpson(math.sqrt, 0, 1, tolerance=1e-8)
    assert result.value == pytest.approx(2 / 3, abs=1e-8)
    assert result.error_estimate < 1e-8
    assert result.evaluations > 100


def test_adaptive_simpson_refines_only_where_needed(call_log):
    adaptive_simpson(call_log.wrap(lambda x: math.sqrt(abs(x))), -1, 1, tolerance=1e-6)
    near_kink = [x for x in call_log.points if abs(x) < 0.01]
    far = [x for x in call_log.points if abs(x) > 0.5]
    assert len(near_kink) > len(far)


def test_adaptive_simpson_empty_interval():
    result = adaptive_simpson(square, 2, 2)
    assert (result.value, result.error_estimate, result.evaluations) == (0.0, 0.0, 0)


def test_adaptive_simpson_reversed():
    assert adaptive_simpson(square, 3, 0).value == -9.0


def test_adaptive_simpson_depth_limit():
    with pytest.raises(ConvergenceError, match="max_depth=5") as info:
        adaptive_simpson(math.sqrt, 0, 1, tolerance=1e-12, max_depth=5)
    assert info.value.iterations == 5


@pytest.mark.parametrize("routine", [romberg, adaptive_simpson])
@pytest.mark.parametrize("tolerance", [0, -1e-6])
def test_tolerance_must_be_positive(routine, tolerance):
    with pytest.raises(QuadratureError, match="tolerance must be positive"):
        routine(square, 0, 1, tolerance)


def test_nan_from_function_is_reported():
    with pytest.raises(QuadratureError, match="NaN at x=0.5"):
        adaptive_simpson(lambda x: math.nan if x == 0.5 else x, 0, 1)
