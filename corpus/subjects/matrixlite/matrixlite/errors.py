"""Exceptions raised by matrixlite."""


class MatrixError(Exception):
    """Base class for matrixlite errors."""


class ShapeError(MatrixError, ValueError):
    """Operands have incompatible shapes, or rows are ragged."""


class NotSquareError(ShapeError):
    """An operation that needs a square matrix received a rectangular one."""

    def __init__(self, operation: str, shape: tuple[int, int]) -> None:
        self.operation = operation
        self.shape = shape
        super().__init__(f"{operation} requires a square matrix, got {shape[0]}x{shape[1]}")


class SingularMatrixError(MatrixError, ArithmeticError):
    """The matrix has no inverse (a zero pivot was met during elimination)."""
