import math

import pytest

from linreg import (
    DimensionMismatchError,
    InsufficientDataError,
    RegressionError,
    simple_regression,
)


@pytest.fixture
def fit():
    return simple_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])


def test_coefficients(fit):
    assert fit.slope == pytest.approx(0.6)
    assert fit.intercept == pytest.approx(2.2)
    assert fit.n == 5


def test_sums(fit):
    assert fit.sxx == 10.0
    assert fit.sxy == 6.0
    assert fit.syy == 6.0
    assert fit.x_mean == 3.0


def test_goodness(fit):
    assert fit.sse == pytest.approx(2.4)
    assert fit.r_squared == pytest.approx(0.6)
    assert fit.r == pytest.approx(math.sqrt(0.6))


def test_standard_errors(fit):
    assert fit.residual_std_error == pytest.approx(math.sqrt(0.8))
    assert fit.slope_stderr == pytest.approx(0.28284271247461895)
    assert fit.intercept_stderr == pytest.approx(0.9380831519646857)


def test_predict(fit):
    assert fit.predict(10) == pytest.approx(8.2)
    assert fit.predict(0) == pytest.approx(2.2)


def test_perfect_line():
    fit = simple_regression([0, 1, 2, 3], [1, 3, 5, 7])
    assert fit.slope == 2.0
    assert fit.intercept == 1.0
    assert fit.sse == 0.0
    assert fit.r_squared == 1.0
    assert fit.r == 1.0
    assert fit.slope_stderr == 0.0


def test_negative_correlation():
    fit = simple_regression([1, 2, 3], [3, 2, 1])
    assert fit.slope == -1.0
    assert fit.r == -1.0


def test_constant_y():
    fit = simple_regression([1, 2, 3], [4, 4, 4])
    assert fit.slope == 0.0
    assert fit.intercept == 4.0
    assert fit.r_squared == 1.0
    with pytest.raises(RegressionError, match="y is constant"):
        fit.r


def test_two_points_have_no_stderr():
    fit = simple_regression([0, 2], [1, 5])
    assert fit.slope == 2.0
    with pytest.raises(InsufficientDataError, match="at least 3"):
        fit.slope_stderr


@pytest.mark.parametrize(
    "x, y, error, message",
    [
        ([1, 2], [1], DimensionMismatchError, "x has 2 values but y has 1"),
        ([1], [1], InsufficientDataError, "at least 2"),
        ([], [], InsufficientDataError, "at least 2"),
        ([2, 2, 2], [1, 2, 3], RegressionError, "x is constant"),
    ],
)
def test_errors(x, y, error, message):
    with pytest.raises(error, match=message):
        simple_regression(x, y)
