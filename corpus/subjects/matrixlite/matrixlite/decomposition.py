"""LU decomposition with partial pivoting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .errors import NotSquareError, ShapeError, SingularMatrixError
from .matrix import Matrix

DEFAULT_TOLERANCE = 1e-12


@dataclass(frozen=True)
class LUDecomposition:
    """Factors with ``P @ A == L @ U``.

    ``permutation[i]`` is the index of the row of ``A`` that ends up in row ``i``.
    """

    lower: Matrix
    upper: Matrix
    permutation: tuple[int, ...]
    swaps: int
    singular: bool

    @property
    def size(self) -> int:
        return self.lower.nrows

    @property
    def sign(self) -> int:
        return -1 if self.swaps % 2 else 1

    def permutation_matrix(self) -> Matrix:
        n = self.size
        return Matrix([[1 if self.permutation[i] == j else 0 for j in range(n)] for i in range(n)])

    def determinant(self) -> float:
        if self.singular:
            return 0.0
        product = float(self.sign)
        for i in range(self.size):
            product *= self.upper[i, i]
        return product

    def solve(self, rhs: Sequence[float]) -> list[float]:
        """Solve ``A x = rhs`` for one right-hand side vector."""
        n = self.size
        if len(rhs) != n:
            raise ShapeError(f"right-hand side has length {len(rhs)}, expected {n}")
        if self.singular:
            raise SingularMatrixError("cannot solve a singular system")
        permuted = [rhs[self.permutation[i]] for i in range(n)]
        forward: list[float] = []
        for i in range(n):
            acc = permuted[i] - sum(self.lower[i, j] * forward[j] for j in range(i))
            forward.append(acc)
        solution = [0.0] * n
        for i in reversed(range(n)):
            acc = forward[i] - sum(self.upper[i, j] * solution[j] for j in range(i + 1, n))
            solution[i] = acc / self.upper[i, i]
        return solution


def lu_decompose(matrix: Matrix, tolerance: float = DEFAULT_TOLERANCE) -> LUDecomposition:
    """Doolittle factorization choosing the largest available pivot in each column."""
    if not matrix.is_square:
        raise NotSquareError("LU decomposition", matrix.shape)
    n = matrix.nrows
    work = [[float(x) for x in row] for row in matrix.rows()]
    lower = [[0.0] * n for _ in range(n)]
    permutation = list(range(n))
    swaps = 0
    singular = False
    for k in range(n):
        pivot_row = max(range(k, n), key=lambda r: abs(work[r][k]))
        if abs(work[pivot_row][k]) <= tolerance:
            singular = True
            continue
        if pivot_row != k:
            work[k], work[pivot_row] = work[pivot_row], work[k]
            lower[k], lower[pivot_row] = lower[pivot_row], lower[k]
            permutation[k], permutation[pivot_row] = permutation[pivot_row], permutation[k]
            swaps += 1
        for r in range(k + 1, n):
            factor = work[r][k] / work[k][k]
            lower[r][k] = factor
            for c in range(k, n):
                work[r][c] -= factor * work[k][c]
    for i in range(n):
        lower[i][i] = 1.0
    upper = [[work[i][j] if j >= i else 0.0 for j in range(n)] for i in range(n)]
    return LUDecomposition(Matrix(lower), Matrix(upper), tuple(permutation), swaps, singular)
