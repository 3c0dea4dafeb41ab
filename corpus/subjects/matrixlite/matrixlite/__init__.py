"""A small dense-matrix library in pure Python."""

from .decomposition import LUDecomposition, lu_decompose
from .echelon import RowReduction, has_full_rank, nullity, rank, rref
from .errors import MatrixError, NotSquareError, ShapeError, SingularMatrixError
from .matrix import Matrix
from .norms import Norm, condition_number, norm
from .solvers import cofactor_determinant, determinant, inverse, is_invertible, solve
