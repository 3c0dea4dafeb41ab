import pytest

from matrixlite import Matrix, has_full_rank, nullity, rank, rref


def test_rref_singular(singular3):
    result = rref(singular3)
    assert result.matrix == Matrix([[1, 0, 1], [0, 1, 1], [0, 0, 0]])
    assert result.pivots == (0, 1)
    assert result.rank == 2


def test_rref_rectangular(rect):
    result = rref(rect)
    assert result.matrix == Matrix([[1, 0, -1], [0, 1, 2]])
    assert result.pivots == (0, 1)


def test_rref_skips_zero_column():
    result = rref(Matrix([[0, 2, 4], [0, 1, 3]]))
    assert result.matrix == Matrix([[0, 1, 0], [0, 0, 1]])
    assert result.pivots == (1, 2)


def test_rref_tall():
    result = rref(Matrix([[1, 1], [2, 2], [3, 4]]))
    assert result.pivots == (0, 1)
    assert result.matrix == Matrix([[1, 0], [0, 1], [0, 0]])


def test_rref_identity_unchanged():
    assert rref(Matrix.identity(3)).matrix == Matrix.identity(3)


@pytest.mark.parametrize(
    "rows, expected_rank",
    [
        ([[0, 0], [0, 0]], 0),
        ([[1, 2], [2, 4]], 1),
        ([[1, 2], [3, 4]], 2),
        ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2),
        ([[1], [2], [3]], 1),
        ([[1, 0, 0, 0], [0, 1, 0, 0]], 2),
    ],
)
def test_rank(rows, expected_rank):
    assert rank(Matrix(rows)) == expected_rank


def test_rank_tolerance():
    m = Matrix([[1, 1], [1, 1 + 1e-12]])
    assert rank(m) == 1
    assert rank(m, tolerance=1e-15) == 2


def test_nullity_and_full_rank(rect, singular3, a3):
    assert nullity(rect) == 1
    assert nullity(singular3) == 1
    assert nullity(a3) == 0
    assert has_full_rank(rect)
    assert not has_full_rank(singular3)
    assert has_full_rank(a3)
