"""Row reduction for rectangular matrices: echelon forms, rank, nullity."""

from __future__ import annotations

from dataclasses import dataclass

from .matrix import Matrix

RANK_TOLERANCE = 1e-10


@dataclass(frozen=True)
class RowReduction:
    """Reduced row echelon form together with the pivot columns found."""

    matrix: Matrix
    pivots: tuple[int, ...]

    @property
    def rank(self) -> int:
        return len(self.pivots)


def rref(matrix: Matrix, tolerance: float = RANK_TOLERANCE) -> RowReduction:
    """Gauss-Jordan elimination with partial pivoting."""
    work = [[float(x) for x in row] for row in matrix.rows()]
    nrows, ncols = matrix.shape
    pivots: list[int] = []
    lead = 0
    for col in range(ncols):
        if lead >= nrows:
            break
        best = max(range(lead, nrows), key=lambda r: abs(work[r][col]))
        if abs(work[best][col]) <= tolerance:
            for r in range(lead, nrows):
                work[r][col] = 0.0
            continue
        work[lead], work[best] = work[best], work[lead]
        scale = work[lead][col]
        work[lead] = [x / scale for x in work[lead]]
        for r in range(nrows):
            if r != lead and work[r][col] != 0.0:
                factor = work[r][col]
                work[r] = [x - factor * y for x, y in zip(work[r], work[lead])]
        pivots.append(col)
        lead += 1
    cleaned = [[0.0 if abs(x) <= tolerance else x for x in row] for row in work]
    return RowReduction(Matrix(cleaned), tuple(pivots))


def rank(matrix: Matrix, tolerance: float = RANK_TOLERANCE) -> int:
    """Number of linearly independent rows (equivalently columns)."""
    return rref(matrix, tolerance).rank


def nullity(matrix: Matrix, tolerance: float = RANK_TOLERANCE) -> int:
    """Dimension of the null space: columns minus rank."""
    return matrix.ncols - rank(matrix, tolerance)


def has_full_rank(matrix: Matrix, tolerance: float = RANK_TOLERANCE) -> bool:
    return rank(matrix, tolerance) == min(matrix.shape)
