"""Helpers for plain list-of-lists matrices and scalar validation."""
from __future__ import annotations

import math
from typing import Sequence, Union

from .errors import InvalidShapeError, ShapeMismatchError

Number = Union[int, float]


def check_number(value: object) -> Number:
    """Return ``value`` if it is a finite int or float (bools are rejected)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"matrix entries must be numbers, got {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"matrix entries must be finite, got {value}")
    return value


def check_dimension(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidShapeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 1:
        raise InvalidShapeError(f"{name} must be at least 1, got {value}")
    return value


def dense_shape(rows: Sequence[Sequence[Number]]) -> tuple[int, int]:
    """Shape of a rectangular list of rows."""
    if not rows:
        raise InvalidShapeError("a dense matrix needs at least one row")
    width = len(rows[0])
    for number, row in enumerate(rows):
        if len(row) != width:
            raise InvalidShapeError(f"row {number} has {len(row)} entries, expected {width}")
    check_dimension("columns", width)
    return len(rows), width


def zeros(rows: int, cols: int) -> list[list[Number]]:
    check_dimension("rows", rows)
    check_dimension("columns", cols)
    return [[0] * cols for _ in range(rows)]


def check_vector(vector: Sequence[Number], length: int, shape: tuple[int, int]) -> list[Number]:
    """Validate a vector used in a matrix-vector product."""
    if len(vector) != length:
        raise ShapeMismatchError("multiply", shape, (len(vector),))
    return [check_number(value) for value in vector]


def format_dense(rows: Sequence[Sequence[Number]], precision: int = 2) -> str:
    """Right-aligned text table; floats are rounded to ``precision`` decimals."""
    if precision < 0:
        raise ValueError(f"precision must be non-negative, got {precision}")
    cells = [
        [f"{value:.{precision}f}" if isinstance(value, float) else str(value) for value in row]
        for row in rows
    ]
    width = max((len(cell) for row in cells for cell in row), default=0)
    return "\n".join(" ".join(cell.rjust(width) for cell in row) for row in cells)
