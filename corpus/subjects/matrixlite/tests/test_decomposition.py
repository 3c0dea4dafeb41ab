import pytest

from matrixlite import Matrix, NotSquareError, ShapeError, SingularMatrixError, lu_decompose


def test_lu_factors(a3):
    lu = lu_decompose(a3)
    assert lu.lower == Matrix([[1, 0, 0], [0.5, 1, 0], [-0.5, 1, 1]])
    assert lu.upper == Matrix([[4, -6, 0], [0, 4, 1], [0, 0, 1]])
    assert lu.permutation == (1, 0, 2)
    assert lu.swaps == 1
    assert lu.sign == -1
    assert not lu.singular


def test_lu_reconstructs(a3):
    lu = lu_decompose(a3)
    assert lu.permutation_matrix() == Matrix([[0, 1, 0], [1, 0, 0], [0, 0, 1]])
    assert lu.permutation_matrix() @ a3 == lu.lower @ lu.upper


def test_lu_without_swaps():
    m = Matrix([[4, 3], [6, 3]])
    lu = lu_decompose(m)
    assert lu.permutation == (1, 0)
    identity_like = lu_decompose(Matrix([[5, 1], [1, 5]]))
    assert identity_like.swaps == 0
    assert identity_like.sign == 1
    assert identity_like.lower == Matrix([[1, 0], [0.2, 1]])


def test_lu_two_swaps_sign():
    m = Matrix([[0, 0, 1], [1, 0, 0], [0, 1, 0]])
    lu = lu_decompose(m)
    assert lu.swaps == 2
    assert lu.sign == 1
    assert lu.determinant() == 1.0


def test_lu_determinant(a3):
    assert lu_decompose(a3).determinant() == -16.0


def test_lu_singular(singular3):
    lu = lu_decompose(singular3)
    assert lu.singular
    assert lu.determinant() == 0.0
    with pytest.raises(SingularMatrixError):
        lu.solve([1, 2, 3])


def test_lu_tolerance():
    m = Matrix([[1e-14, 0], [0, 1]])
    assert lu_decompose(m).singular
    assert not lu_decompose(m, tolerance=1e-20).singular


def test_lu_solve(a3):
    lu = lu_decompose(a3)
    assert lu.solve([5, -2, 9]) == [1.0, 1.0, 2.0]


def test_lu_solve_length(a3):
    with pytest.raises(ShapeError, match="length 2, expected 3"):
        lu_decompose(a3).solve([1, 2])


def test_lu_requires_square(rect):
    with pytest.raises(NotSquareError, match="LU decomposition requires a square matrix, got 2x3"):
        lu_decompose(rect)
