"""Minimal dense linear algebra on lists of lists, enough for normal equations."""

from __future__ import annotations

from typing import Sequence

from .errors import DimensionMismatchError, SingularDesignError

Vector = list[float]
Rows = list[list[float]]

PIVOT_TOLERANCE = 1e-12


def check_rectangular(rows: Sequence[Sequence[float]]) -> int:
    """Return the common row width, raising on ragged or empty input."""
    if not rows:
        raise DimensionMismatchError("matrix has no rows")
    width = len(rows[0])
    for index, row in enumerate(rows):
        if len(row) != width:
            raise DimensionMismatchError(f"row {index} has width {len(row)}, expected {width}")
    return width


def transpose(rows: Sequence[Sequence[float]]) -> Rows:
    return [list(column) for column in zip(*rows)]


def matmul(left: Sequence[Sequence[float]], right: Sequence[Sequence[float]]) -> Rows:
    if len(left[0]) != len(right):
        raise DimensionMismatchError(
            f"cannot multiply {len(left)}x{len(left[0])} by {len(right)}x{len(right[0])}"
        )
    columns = transpose(right)
    return [[sum(a * b for a, b in zip(row, col)) for col in columns] for row in left]


def matvec(rows: Sequence[Sequence[float]], vector: Sequence[float]) -> Vector:
    if len(rows[0]) != len(vector):
        raise DimensionMismatchError(
            f"cannot multiply {len(rows)}x{len(rows[0])} matrix by vector of length {len(vector)}"
        )
    return [sum(a * b for a, b in zip(row, vector)) for row in rows]


def gram(rows: Sequence[Sequence[float]]) -> Rows:
    """X'X for a design matrix X."""
    return matmul(transpose(rows), rows)


def invert(square: Sequence[Sequence[float]]) -> Rows:
    """Gauss-Jordan inverse with partial pivoting."""
    n = len(square)
    augmented = [
        [float(x) for x in row] + [1.0 if i == j else 0.0 for j in range(n)]
        for i, row in enumerate(square)
    ]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(augmented[r][col]))
        if abs(augmented[pivot][col]) <= PIVOT_TOLERANCE:
            raise SingularDesignError(
                "design matrix columns are linearly dependent (X'X is singular)"
            )
        augmented[col], augmented[pivot] = augmented[pivot], augmented[col]
        scale = augmented[col][col]
        augmented[col] = [x / scale for x in augmented[col]]
        for r in range(n):
            if r != col:
                factor = augmented[r][col]
                augmented[r] = [x - factor * y for x, y in zip(augmented[r], augmented[col])]
    return [row[n:] for row in augmented]

