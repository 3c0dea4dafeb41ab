"""Exceptions raised by sparsegrid."""


class SparseError(Exception):
    """Base class for sparsegrid errors."""


class InvalidShapeError(SparseError, ValueError):
    """Raised when matrix dimensions are not positive integers."""


class ShapeMismatchError(SparseError, ValueError):
    """Raised when operand shapes are incompatible."""

    def __init__(self, operation: str, left: tuple[int, int], right: tuple[int, ...]) -> None:
        super().__init__(f"cannot {operation} shapes {left} and {right}")
        self.operation = operation
        self.left = left
        self.right = right


class MatrixIndexError(SparseError, IndexError):
    """Raised when a row or column index is out of range."""


class CorruptStructureError(SparseError, ValueError):
    """Raised when CSR arrays are inconsistent with each other."""
