import pytest

from sparsegrid import InvalidShapeError, dense_shape, format_dense, zeros


@pytest.mark.parametrize("rows, expected", [([[1, 2, 3]], (1, 3)), ([[1], [2]], (2, 1))])
def test_dense_shape(rows, expected):
    assert dense_shape(rows) == expected


@pytest.mark.parametrize("rows", [[], [[]], [[1, 2], [3]], [[1], [2, 3]]])
def test_dense_shape_invalid(rows):
    with pytest.raises(InvalidShapeError):
        dense_shape(rows)


def test_zeros():
    grid = zeros(2, 3)
    assert grid == [[0, 0, 0], [0, 0, 0]]
    grid[0][0] = 1
    assert grid[1][0] == 0
    with pytest.raises(InvalidShapeError):
        zeros(0, 1)


def test_format_dense():
    assert format_dense([[1, 2.5], [-3, 0]]) == "   1 2.50\n  -3    0"
    assert format_dense([[1.23456]], precision=3) == "1.235"
    assert format_dense([[1.5]], precision=0) == "2"


def test_format_dense_bad_precision():
    with pytest.raises(ValueError):
        format_dense([[1]], precision=-1)


def test_zeros_validates_columns():
    with pytest.raises(InvalidShapeError, match="columns"):
        zeros(1, 0)
