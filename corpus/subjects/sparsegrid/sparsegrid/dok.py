"""Dictionary-of-keys sparse matrix: cheap to build and edit entry by entry."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Mapping, Sequence, Union

from .dense import Number, check_dimension, check_number, check_vector, dense_shape, format_dense
from .errors import MatrixIndexError, ShapeMismatchError

if TYPE_CHECKING:
    from .csr import CSRMatrix

Index = Union[int, slice]


class DOKMatrix:
    """A ``rows x cols`` matrix storing only its non-zero entries.

    Entries are addressed as ``m[i, j]``; negative indices count from the end.
    ``m[rows, cols]`` with slices (or an int and a slice) returns a new
    sub-matrix.  Assigning zero removes an entry.
    """

    __slots__ = ("_rows", "_cols", "_data")

    def __init__(self, rows: int, cols: int, entries: Mapping[tuple[int, int], Number] | None = None) -> None:
        self._rows = check_dimension("rows", rows)
        self._cols = check_dimension("columns", cols)
        self._data: dict[tuple[int, int], Number] = {}
        for (i, j), value in (entries or {}).items():
            self[i, j] = value

    @classmethod
    def identity(cls, size: int, scale: Number = 1) -> DOKMatrix:
        matrix = cls(size, size)
        for i in range(size):
            matrix[i, i] = scale
        return matrix

    @classmethod
    def from_dense(cls, rows: Sequence[Sequence[Number]]) -> DOKMatrix:
        height, width = dense_shape(rows)
        matrix = cls(height, width)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                matrix[i, j] = value
        return matrix

    @property
    def shape(self) -> tuple[int, int]:
        return (self._rows, self._cols)

    @property
    def nnz(self) -> int:
        """Number of stored (non-zero) entries."""
        return len(self._data)

    @property
    def density(self) -> float:
        return len(self._data) / (self._rows * self._cols)

    def _position(self, index: int, size: int, axis: str) -> int:
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError(f"{axis} index must be an int or slice, got {type(index).__name__}")
        position = index + size if index < 0 else index
        if not 0 <= position < size:
            raise MatrixIndexError(f"{axis} index {index} out of range for size {size}")
        return position

    def _span(self, index: Index, size: int, axis: str) -> range:
        if isinstance(index, slice):
            return range(*index.indices(size))
        position = self._position(index, size, axis)
        return range(position, position + 1)

    def __getitem__(self, key: tuple[Index, Index]) -> Number | DOKMatrix:
        i, j = key
        if isinstance(i, slice) or isinstance(j, slice):
            return self._submatrix(self._span(i, self._rows, "row"), self._span(j, self._cols, "column"))
        return self._data.get((self._position(i, self._rows, "row"), self._position(j, self._cols, "column")), 0)

    def __setitem__(self, key: tuple[int, int], value: Number) -> None:
        i, j = key
        cell = (self._position(i, self._rows, "row"), self._position(j, self._cols, "column"))
        if check_number(value) == 0:
            self._data.pop(cell, None)
        else:
            self._data[cell] = value

    def _submatrix(self, rows: range, cols: range) -> DOKMatrix:
        if not rows or not cols:
            raise MatrixIndexError("slice selects an empty sub-matrix")
        row_map = {old: new for new, old in enumerate(rows)}
        col_map = {old: new for new, old in enumerate(cols)}
        result = DOKMatrix(len(rows), len(cols))
        for (i, j), value in self._data.items():
            if i in row_map and j in col_map:
                result._data[row_map[i], col_map[j]] = value
        return result

    def row(self, i: int) -> dict[int, Number]:
        """Non-zero entries of row ``i`` as ``{column: value}``, by column."""
        i = self._position(i, self._rows, "row")
        return dict(sorted((c, v) for (r, c), v in self._data.items() if r == i))

    def col(self, j: int) -> dict[int, Number]:
        """Non-zero entries of column ``j`` as ``{row: value}``, by row."""
        j = self._position(j, self._cols, "column")
        return dict(sorted((r, v) for (r, c), v in self._data.items() if c == j))

    def items(self) -> Iterator[tuple[tuple[int, int], Number]]:
        """Stored entries in row-major order."""
        return iter(sorted(self._data.items()))

    def transpose(self) -> DOKMatrix:
        result = DOKMatrix(self._cols, self._rows)
        result._data = {(j, i): value for (i, j), value in self._data.items()}
        return result

    @property
    def T(self) -> DOKMatrix:
        return self.transpose()

    def _combine(self, other: DOKMatrix, sign: int, operation: str) -> DOKMatrix:
        if not isinstance(other, DOKMatrix):
            return NotImplemented
        if other.shape != self.shape:
            raise ShapeMismatchError(operation, self.shape, other.shape)
        result = self.copy()
        for cell, value in other._data.items():
            total = result._data.get(cell, 0) + sign * value
            if total == 0:
                result._data.pop(cell, None)
            else:
                result._data[cell] = total
        return result

    def __add__(self, other: DOKMatrix) -> DOKMatrix:
        return self._combine(other, 1, "add")

    def __sub__(self, other: DOKMatrix) -> DOKMatrix:
        return self._combine(other, -1, "subtract")

    def __neg__(self) -> DOKMatrix:
        return self * -1

    def __mul__(self, scalar: Number) -> DOKMatrix:
        if isinstance(scalar, DOKMatrix):
            return NotImplemented
        factor = check_number(scalar)
        result = DOKMatrix(self._rows, self._cols)
        if factor != 0:
            result._data = {cell: value * factor for cell, value in self._data.items()}
        return result

    __rmul__ = __mul__

    def multiply(self, other: DOKMatrix) -> DOKMatrix:
        """Element-wise (Hadamard) product."""
        if other.shape != self.shape:
            raise ShapeMismatchError("multiply element-wise", self.shape, other.shape)
        result = DOKMatrix(self._rows, self._cols)
        smaller, larger = sorted((self._data, other._data), key=len)
        for cell, value in smaller.items():
            if cell in larger:
                result._data[cell] = value * larger[cell]
        return result

    def __matmul__(self, other: DOKMatrix | Sequence[Number]) -> DOKMatrix | list[Number]:
        if not isinstance(other, DOKMatrix):
            vector = check_vector(other, self._cols, self.shape)
            product: list[Number] = [0] * self._rows
            for (i, j), value in self._data.items():
                product[i] += value * vector[j]
            return product
        if self._cols != other._rows:
            raise ShapeMismatchError("matrix-multiply", self.shape, other.shape)
        by_row: dict[int, list[tuple[int, Number]]] = {}
        for (k, j), value in other._data.items():
            by_row.setdefault(k, []).append((j, value))
        sums: dict[tuple[int, int], Number] = {}
        for (i, k), left in self._data.items():
            for j, right in by_row.get(k, ()):
                sums[i, j] = sums.get((i, j), 0) + left * right
        result = DOKMatrix(self._rows, other._cols)
        result._data = {cell: value for cell, value in sums.items() if value != 0}
        return result

    def copy(self) -> DOKMatrix:
        result = DOKMatrix(self._rows, self._cols)
        result._data = dict(self._data)
        return result

    def to_dense(self) -> list[list[Number]]:
        rows: list[list[Number]] = [[0] * self._cols for _ in range(self._rows)]
        for (i, j), value in self._data.items():
            rows[i][j] = value
        return rows

    def to_csr(self) -> CSRMatrix:
        from .csr import CSRMatrix

        return CSRMatrix.from_dok(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DOKMatrix):
            return NotImplemented
        return self.shape == other.shape and self._data == other._data

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        return format_dense(self.to_dense())

    def __repr__(self) -> str:
        return f"DOKMatrix({self._rows}x{self._cols}, nnz={self.nnz})"
