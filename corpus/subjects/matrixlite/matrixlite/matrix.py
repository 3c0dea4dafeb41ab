"""The dense :class:`Matrix` type and its elementwise and product operations."""

from __future__ import annotations

import math
from numbers import Real
from typing import Callable, Iterable, Iterator, Sequence

from .errors import NotSquareError, ShapeError


class Matrix:
    """An immutable dense matrix of real numbers stored row-major."""

    __slots__ = ("_rows", "_nrows", "_ncols")

    def __init__(self, rows: Iterable[Iterable[float]]) -> None:
        data = [[self._check_entry(x) for x in row] for row in rows]
        if not data or not data[0]:
            raise ShapeError("a matrix needs at least one row and one column")
        width = len(data[0])
        for index, row in enumerate(data):
            if len(row) != width:
                raise ShapeError(
                    f"row {index} has {len(row)} entries, expected {width}"
                )
        self._rows = data
        self._nrows = len(data)
        self._ncols = width

    @staticmethod
    def _check_entry(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, Real):
            raise TypeError(f"matrix entries must be real numbers, got {value!r}")
        return value

    @classmethod
    def zeros(cls, nrows: int, ncols: int | None = None) -> "Matrix":
        ncols = nrows if ncols is None else ncols
        if nrows < 1 or ncols < 1:
            raise ShapeError("dimensions must be positive")
        return cls([[0] * ncols for _ in range(nrows)])

    @classmethod
    def identity(cls, size: int) -> "Matrix":
        if size < 1:
            raise ShapeError("dimensions must be positive")
        return cls([[1 if i == j else 0 for j in range(size)] for i in range(size)])

    @classmethod
    def from_columns(cls, columns: Sequence[Sequence[float]]) -> "Matrix":
        if len({len(column) for column in columns}) > 1:
            raise ShapeError("columns must all have the same length")
        return cls(zip(*columns))

    @classmethod
    def diagonal(cls, values: Sequence[float]) -> "Matrix":
        n = len(values)
        return cls([[values[i] if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return self._nrows, self._ncols

    @property
    def nrows(self) -> int:
        return self._nrows

    @property
    def ncols(self) -> int:
        return self._ncols

    @property
    def is_square(self) -> bool:
        return self._nrows == self._ncols

    def __getitem__(self, key: tuple[int, int]) -> float:
        i, j = key
        return self._rows[i][j]

    def row(self, index: int) -> list[float]:
        return list(self._rows[index])

    def column(self, index: int) -> list[float]:
        return [row[index] for row in self._rows]

    def rows(self) -> list[list[float]]:
        return [list(row) for row in self._rows]

    def __iter__(self) -> Iterator[list[float]]:
        return iter(self.rows())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.shape == other.shape and self._rows == other._rows

    def __hash__(self) -> int:
        return hash(tuple(tuple(row) for row in self._rows))

    def almost_equal(self, other: "Matrix", tolerance: float = 1e-9) -> bool:
        """Elementwise comparison with an absolute tolerance."""
        if self.shape != other.shape:
            return False
        return all(
            math.isclose(a, b, rel_tol=0.0, abs_tol=tolerance)
            for mine, theirs in zip(self._rows, other._rows)
            for a, b in zip(mine, theirs)
        )

    def map(self, func: Callable[[float], float]) -> "Matrix":
        return Matrix([[func(x) for x in row] for row in self._rows])

    def _elementwise(self, other: "Matrix", op: Callable[[float, float], float], name: str) -> "Matrix":
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ShapeError(
                f"cannot {name} {self._nrows}x{self._ncols} and {other.nrows}x{other.ncols}"
            )
        return Matrix(
            [[op(a, b) for a, b in zip(mine, theirs)] for mine, theirs in zip(self._rows, other._rows)]
        )

    def __add__(self, other: "Matrix") -> "Matrix":
        return self._elementwise(other, lambda a, b: a + b, "add")

    def __sub__(self, other: "Matrix") -> "Matrix":
        return self._elementwise(other, lambda a, b: a - b, "subtract")

    def __neg__(self) -> "Matrix":
        return self.map(lambda x: -x)

    def __mul__(self, scalar: float) -> "Matrix":
        if isinstance(scalar, bool) or not isinstance(scalar, Real):
            return NotImplemented
        return self.map(lambda x: x * scalar)

    __rmul__ = __mul__

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if not isinstance(other, Matrix):
            return NotImplemented
        if self._ncols != other.nrows:
            raise ShapeError(
                f"cannot multiply {self._nrows}x{self._ncols} by {other.nrows}x{other.ncols}"
            )
        columns = [other.column(j) for j in range(other.ncols)]
        return Matrix(
            [[sum(a * b for a, b in zip(row, col)) for col in columns] for row in self._rows]
        )

    def __pow__(self, exponent: int) -> "Matrix":
        if not self.is_square:
            raise NotSquareError("power", self.shape)
        if not isinstance(exponent, int) or exponent < 0:
            raise ValueError("exponent must be a non-negative integer")
        result = Matrix.identity(self._nrows)
        base = self
        while exponent:
            if exponent & 1:
                result = result @ base
            base = base @ base
            exponent >>= 1
        return result

    def transpose(self) -> "Matrix":
        return Matrix(zip(*self._rows))

    @property
    def T(self) -> "Matrix":
        return self.transpose()

    def trace(self) -> float:
        if not self.is_square:
            raise NotSquareError("trace", self.shape)
        return sum(self._rows[i][i] for i in range(self._nrows))

    def is_symmetric(self) -> bool:
        return self.is_square and self == self.transpose()

    def submatrix(self, drop_row: int, drop_col: int) -> "Matrix":
        """The matrix with one row and one column removed."""
        if self._nrows < 2 or self._ncols < 2:
            raise ShapeError("cannot take a submatrix of a single row or column")
        return Matrix(
            [
                [x for j, x in enumerate(row) if j != drop_col]
                for i, row in enumerate(self._rows)
                if i != drop_row
            ]
        )

    def __repr__(self) -> str:
        return f"Matrix({self._rows!r})"

    def __str__(self) -> str:
        cells = [[f"{x:g}" for x in row] for row in self._rows]
        width = max(len(cell) for row in cells for cell in row)
        return "\n".join("[" + " ".join(cell.rjust(width) for cell in row) + "]" for row in cells)
