"""Matrix norms and the condition number."""

from __future__ import annotations

import math
from enum import Enum

from .errors import SingularMatrixError
from .matrix import Matrix
from .solvers import inverse


class Norm(Enum):
    FROBENIUS = "fro"
    ONE = "1"
    INFINITY = "inf"
    MAX = "max"


def norm(matrix: Matrix, kind: Norm = Norm.FROBENIUS) -> float:
    """Compute the requested matrix norm."""
    if kind is Norm.FROBENIUS:
        return math.sqrt(sum(x * x for row in matrix for x in row))
    if kind is Norm.ONE:
        return max(sum(abs(x) for x in matrix.column(j)) for j in range(matrix.ncols))
    if kind is Norm.INFINITY:
        return max(sum(abs(x) for x in row) for row in matrix)
    return max(abs(x) for row in matrix for x in row)


def condition_number(matrix: Matrix, kind: Norm = Norm.INFINITY) -> float:
    """``norm(A) * norm(inverse(A))``; infinite for singular matrices."""
    try:
        inv = inverse(matrix)
    except SingularMatrixError:
        return math.inf
    return norm(matrix, kind) * norm(inv, kind)
