import math

import pytest

from matrixlite import (
    Matrix,
    NotSquareError,
    ShapeError,
    SingularMatrixError,
    cofactor_determinant,
    condition_number,
    determinant,
    inverse,
    is_invertible,
    norm,
    Norm,
    solve,
)


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([[7]], 7),
        ([[1, 2], [3, 4]], -2),
        ([[2, 1, 1], [4, -6, 0], [-2, 7, 2]], -16),
        ([[1, 2, 3], [2, 4, 6], [1, 0, 1]], 0),
        ([[2, 0, 0, 0], [0, 3, 0, 0], [0, 0, 4, 0], [0, 0, 0, 5]], 120),
        ([[0, 1], [1, 0]], -1),
    ],
)
def test_determinant(rows, expected):
    m = Matrix(rows)
    assert determinant(m) == pytest.approx(expected)
    assert cofactor_determinant(m) == expected


def test_determinant_requires_square(rect):
    with pytest.raises(NotSquareError):
        determinant(rect)
    with pytest.raises(NotSquareError):
        cofactor_determinant(rect)


def test_inverse(a3):
    expected = Matrix([[0.75, -0.3125, -0.375], [0.5, -0.375, -0.25], [-1, 1, 1]])
    assert inverse(a3) == expected
    assert (a3 @ inverse(a3)).almost_equal(Matrix.identity(3))


def test_inverse_of_2x2():
    assert inverse(Matrix([[4, 7], [2, 6]])).almost_equal(Matrix([[0.6, -0.7], [-0.2, 0.4]]))


def test_inverse_singular(singular3):
    with pytest.raises(SingularMatrixError, match="no inverse"):
        inverse(singular3)


def test_solve_vector(a3):
    assert solve(a3, [5, -2, 9]) == [1.0, 1.0, 2.0]
    assert solve(a3, (0, 0, 0)) == [0.0, 0.0, 0.0]


def test_solve_matrix_rhs(a3):
    rhs = Matrix([[5, 2], [-2, 4], [9, -2]])
    assert solve(a3, rhs) == Matrix([[1, 1], [1, 0], [2, 0]])


def test_solve_matrix_rhs_shape(a3):
    with pytest.raises(ShapeError, match="has 2 rows, expected 3"):
        solve(a3, Matrix([[1], [2]]))


def test_solve_singular(singular3):
    with pytest.raises(SingularMatrixError):
        solve(singular3, [1, 1, 1])


def test_is_invertible(a3, singular3, rect):
    assert is_invertible(a3)
    assert not is_invertible(singular3)
    assert not is_invertible(rect)


@pytest.mark.parametrize(
    "kind, expected",
    [(Norm.FROBENIUS, math.sqrt(30)), (Norm.ONE, 6), (Norm.INFINITY, 7), (Norm.MAX, 4)],
)
def test_norms(kind, expected):
    m = Matrix([[1, -2], [-3, 4]])
    assert norm(m, kind) == pytest.approx(expected)


def test_norm_default_is_frobenius():
    assert norm(Matrix([[3, 4]])) == 5.0


def test_condition_number(a3, singular3):
    assert condition_number(Matrix.identity(3)) == 1.0
    assert condition_number(Matrix.diagonal([1, 100])) == 100.0
    assert condition_number(a3, Norm.ONE) == 31.5
    assert condition_number(singular3) == math.inf
