import math

import pytest

from linreg import (
    DimensionMismatchError,
    InsufficientDataError,
    SingularDesignError,
    max_error,
    mean_absolute_error,
    mean_squared_error,
    r2_score,
    root_mean_squared_error,
)
from linreg.matops import check_rectangular, gram, invert, matmul, matvec, transpose


ACTUAL = [3.0, -0.5, 2.0, 7.0]
PREDICTED = [2.5, 0.0, 2.0, 8.0]


def test_mse_rmse():
    assert mean_squared_error(ACTUAL, PREDICTED) == 0.375
    assert root_mean_squared_error(ACTUAL, PREDICTED) == math.sqrt(0.375)


def test_mae_and_max_error():
    assert mean_absolute_error(ACTUAL, PREDICTED) == 0.5
    assert max_error(ACTUAL, PREDICTED) == 1.0


def test_r2_score():
    assert r2_score(ACTUAL, PREDICTED) == pytest.approx(0.9486081370449679)
    assert r2_score([1, 2, 3], [1, 2, 3]) == 1.0
    assert r2_score([1, 2, 3], [2, 2, 2]) == 0.0


@pytest.mark.parametrize("predicted, expected", [([4, 4], 1.0), ([4, 5], 0.0)])
def test_r2_score_constant_actual(predicted, expected):
    assert r2_score([4, 4], predicted) == expected


@pytest.mark.parametrize("metric", [mean_squared_error, mean_absolute_error, max_error, r2_score])
def test_metric_errors(metric):
    with pytest.raises(DimensionMismatchError, match="2 actual values and 1 predictions"):
        metric([1, 2], [1])
    with pytest.raises(InsufficientDataError):
        metric([], [])


def test_matops_basics():
    a = [[1, 2], [3, 4]]
    assert transpose(a) == [[1, 3], [2, 4]]
    assert matmul(a, [[1], [1]]) == [[3], [7]]
    assert matvec(a, [2, -1]) == [0, 2]
    assert gram([[1, 2], [3, 4]]) == [[10, 14], [14, 20]]
    assert check_rectangular(a) == 2


def test_matops_invert():
    inv = invert([[4, 7], [2, 6]])
    assert inv[0] == pytest.approx([0.6, -0.7])
    assert inv[1] == pytest.approx([-0.2, 0.4])
    assert invert([[0, 1], [1, 0]]) == [[0.0, 1.0], [1.0, 0.0]]
    with pytest.raises(SingularDesignError):
        invert([[1, 2], [2, 4]])


def test_matops_mismatch():
    with pytest.raises(DimensionMismatchError, match="cannot multiply 2x2 by 3x1"):
        matmul([[1, 2], [3, 4]], [[1], [2], [3]])
    with pytest.raises(DimensionMismatchError, match="vector of length 3"):
        matvec([[1, 2]], [1, 2, 3])
