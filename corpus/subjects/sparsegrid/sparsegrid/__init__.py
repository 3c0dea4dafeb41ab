"""Sparse matrices: a dictionary-of-keys builder and a compressed sparse row format."""
from .csr import CSRMatrix
from .dense import dense_shape, format_dense, zeros
from .dok import DOKMatrix
from .errors import (
    CorruptStructureError,
    InvalidShapeError,
    MatrixIndexError,
    ShapeMismatchError,
    SparseError,
)

__all__ = [
    "CSRMatrix",
    "CorruptStructureError",
    "DOKMatrix",
    "InvalidShapeError",
    "MatrixIndexError",
    "ShapeMismatchError",
    "SparseError",
    "dense_shape",
    "format_dense",
    "zeros",
]
