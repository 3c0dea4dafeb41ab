"""Compressed sparse row matrices: compact and fast for row access and products."""
from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from .dense import Number, check_dimension, check_number, check_vector
from .dok import DOKMatrix
from .errors import CorruptStructureError, MatrixIndexError, ShapeMismatchError


class CSRMatrix:
    """Row ``i`` holds ``data[indptr[i]:indptr[i+1]]`` at columns ``indices[...]``.

    Column indices are strictly increasing within each row and no explicit
    zeros are stored.
    """

    __slots__ = ("_shape", "_data", "_indices", "_indptr")

    def __init__(
        self,
        shape: tuple[int, int],
        data: Sequence[Number],
        indices: Sequence[int],
        indptr: Sequence[int],
    ) -> None:
        rows, cols = shape
        self._shape = (check_dimension("rows", rows), check_dimension("columns", cols))
        self._data = [check_number(value) for value in data]
        self._indices = list(indices)
        self._indptr = list(indptr)
        self._validate()

    def _validate(self) -> None:
        rows, cols = self._shape
        if len(self._indptr) != rows + 1:
            raise CorruptStructureError(f"indptr needs {rows + 1} entries, got {len(self._indptr)}")
        if self._indptr[0] != 0 or self._indptr[-1] != len(self._data):
            raise CorruptStructureError("indptr must start at 0 and end at the number of entries")
        if len(self._indices) != len(self._data):
            raise CorruptStructureError("indices and data differ in length")
        for row in range(rows):
            start, stop = self._indptr[row], self._indptr[row + 1]
            if start > stop:
                raise CorruptStructureError(f"indptr decreases at row {row}")
            columns = self._indices[start:stop]
            if any(not 0 <= column < cols for column in columns):
                raise CorruptStructureError(f"column index out of range in row {row}")
            if any(left >= right for left, right in zip(columns, columns[1:])):
                raise CorruptStructureError(f"column indices not strictly increasing in row {row}")
        if any(value == 0 for value in self._data):
            raise CorruptStructureError("explicit zeros are not allowed")

    @classmethod
    def from_dok(cls, matrix: DOKMatrix) -> CSRMatrix:
        rows, cols = matrix.shape
        data: list[Number] = []
        indices: list[int] = []
        indptr = [0] * (rows + 1)
        for (i, j), value in matrix.items():
            data.append(value)
            indices.append(j)
            indptr[i + 1] += 1
        for i in range(rows):
            indptr[i + 1] += indptr[i]
        return cls((rows, cols), data, indices, indptr)

    @classmethod
    def from_dense(cls, rows: Sequence[Sequence[Number]]) -> CSRMatrix:
        return cls.from_dok(DOKMatrix.from_dense(rows))

    @property
    def shape(self) -> tuple[int, int]:
        return self._shape

    @property
    def nnz(self) -> int:
        return len(self._data)

    @property
    def data(self) -> list[Number]:
        return list(self._data)

    @property
    def indices(self) -> list[int]:
        return list(self._indices)

    @property
    def indptr(self) -> list[int]:
        return list(self._indptr)

    def _row_index(self, i: int) -> int:
        rows = self._shape[0]
        position = i + rows if i < 0 else i
        if not 0 <= position < rows:
            raise MatrixIndexError(f"row index {i} out of range for {rows} rows")
        return position

    def row(self, i: int) -> list[tuple[int, Number]]:
        """``(column, value)`` pairs of row ``i``."""
        i = self._row_index(i)
        start, stop = self._indptr[i], self._indptr[i + 1]
        return list(zip(self._indices[start:stop], self._data[start:stop], strict=True))

    def __getitem__(self, key: tuple[int, int]) -> Number:
        i, j = key
        i = self._row_index(i)
        cols = self._shape[1]
        column = j + cols if j < 0 else j
        if not 0 <= column < cols:
            raise MatrixIndexError(f"column index {j} out of range for {cols} columns")
        start, stop = self._indptr[i], self._indptr[i + 1]
        position = bisect_left(self._indices, column, start, stop)
        if position < stop and self._indices[position] == column:
            return self._data[position]
        return 0

    def row_slice(self, start: int | None = None, stop: int | None = None) -> CSRMatrix:
        """Rows ``start:stop`` (step 1) as a new matrix."""
        selected = range(*slice(start, stop).indices(self._shape[0]))
        if not selected:
            raise MatrixIndexError("row slice selects no rows")
        first, last = self._indptr[selected.start], self._indptr[selected.stop]
        indptr = [self._indptr[i] - first for i in range(selected.start, selected.stop + 1)]
        return CSRMatrix(
            (len(selected), self._shape[1]), self._data[first:last], self._indices[first:last], indptr
        )

    def transpose(self) -> CSRMatrix:
        rows, cols = self._shape
        counts = [0] * (cols + 1)
        for column in self._indices:
            counts[column + 1] += 1
        for column in range(cols):
            counts[column + 1] += counts[column]
        indptr = list(counts)
        next_slot = counts[:-1]
        data: list[Number] = [0] * len(self._data)
        indices = [0] * len(self._data)
        for i in range(rows):
            for position in range(self._indptr[i], self._indptr[i + 1]):
                column = self._indices[position]
                slot = next_slot[column]
                data[slot] = self._data[position]
                indices[slot] = i
                next_slot[column] += 1
        return CSRMatrix((cols, rows), data, indices, indptr)

    @property
    def T(self) -> CSRMatrix:
        return self.transpose()

    def __add__(self, other: CSRMatrix) -> CSRMatrix:
        if not isinstance(other, CSRMatrix):
            return NotImplemented
        if other._shape != self._shape:
            raise ShapeMismatchError("add", self._shape, other._shape)
        data: list[Number] = []
        indices: list[int] = []
        indptr = [0]
        for i in range(self._shape[0]):
            merged = dict(self.row(i))
            for column, value in other.row(i):
                merged[column] = merged.get(column, 0) + value
            for column in sorted(merged):
                if merged[column] != 0:
                    indices.append(column)
                    data.append(merged[column])
            indptr.append(len(data))
        return CSRMatrix(self._shape, data, indices, indptr)

    def __matmul__(self, other: CSRMatrix | Sequence[Number]) -> CSRMatrix | list[Number]:
        if not isinstance(other, CSRMatrix):
            vector = check_vector(other, self._shape[1], self._shape)
            return [sum(value * vector[column] for column, value in self.row(i)) for i in range(self._shape[0])]
        if self._shape[1] != other._shape[0]:
            raise ShapeMismatchError("matrix-multiply", self._shape, other._shape)
        data: list[Number] = []
        indices: list[int] = []
        indptr = [0]
        for i in range(self._shape[0]):
            accumulator: dict[int, Number] = {}
            for k, left in self.row(i):
                for j, right in other.row(k):
                    accumulator[j] = accumulator.get(j, 0) + left * right
            for column in sorted(accumulator):
                if accumulator[column] != 0:
                    indices.append(column)
                    data.append(accumulator[column])
            indptr.append(len(data))
        return CSRMatrix((self._shape[0], other._shape[1]), data, indices, indptr)

    def to_dok(self) -> DOKMatrix:
        matrix = DOKMatrix(*self._shape)
        for i in range(self._shape[0]):
            for column, value in self.row(i):
                matrix[i, column] = value
        return matrix

    def to_dense(self) -> list[list[Number]]:
        rows: list[list[Number]] = []
        for i in range(self._shape[0]):
            dense_row: list[Number] = [0] * self._shape[1]
            for column, value in self.row(i):
                dense_row[column] = value
            rows.append(dense_row)
        return rows

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CSRMatrix):
            return NotImplemented
        return (
            self._shape == other._shape
            and self._indptr == other._indptr
            and self._indices == other._indices
            and self._data == other._data
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CSRMatrix({self._shape[0]}x{self._shape[1]}, nnz={self.nnz})"
