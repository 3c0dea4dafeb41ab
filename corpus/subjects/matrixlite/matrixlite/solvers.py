"""Determinants, inverses and linear-system solving built on LU."""

from __future__ import annotations

from typing import Sequence

from .decomposition import DEFAULT_TOLERANCE, lu_decompose
from .errors import NotSquareError, ShapeError, SingularMatrixError
from .matrix import Matrix


def determinant(matrix: Matrix) -> float:
    """Determinant via LU decomposition; exactly 0.0 when a zero pivot is met."""
    if not matrix.is_square:
        raise NotSquareError("determinant", matrix.shape)
    if matrix.nrows == 1:
        return matrix[0, 0]
    if matrix.nrows == 2:
        return matrix[0, 0] * matrix[1, 1] - matrix[0, 1] * matrix[1, 0]
    return lu_decompose(matrix).determinant()


def cofactor_determinant(matrix: Matrix) -> float:
    """Determinant by Laplace expansion along the first row (exact for integers)."""
    if not matrix.is_square:
        raise NotSquareError("determinant", matrix.shape)
    if matrix.nrows == 1:
        return matrix[0, 0]
    total = 0
    for j in range(matrix.ncols):
        entry = matrix[0, j]
        if entry == 0:
            continue
        sign = -1 if j % 2 else 1
        total += sign * entry * cofactor_determinant(matrix.submatrix(0, j))
    return total


def inverse(matrix: Matrix, tolerance: float = DEFAULT_TOLERANCE) -> Matrix:
    """The inverse matrix; raises :class:`SingularMatrixError` if none exists."""
    lu = lu_decompose(matrix, tolerance)
    if lu.singular:
        raise SingularMatrixError("matrix is singular and has no inverse")
    n = matrix.nrows
    columns = [lu.solve([1.0 if i == j else 0.0 for i in range(n)]) for j in range(n)]
    return Matrix.from_columns(columns)


def solve(matrix: Matrix, rhs: Matrix | Sequence[float]) -> Matrix | list[float]:
    """Solve ``matrix @ x = rhs`` for a vector or for every column of a matrix."""
    lu = lu_decompose(matrix)
    if isinstance(rhs, Matrix):
        if rhs.nrows != matrix.nrows:
            raise ShapeError(
                f"right-hand side has {rhs.nrows} rows, expected {matrix.nrows}"
            )
        return Matrix.from_columns([lu.solve(rhs.column(j)) for j in range(rhs.ncols)])
    return lu.solve(list(rhs))


def is_invertible(matrix: Matrix, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    return matrix.is_square and not lu_decompose(matrix, tolerance).singular
