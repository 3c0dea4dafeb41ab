"""Linear regression via normal equations on pure-Python matrices."""

from .design import ColumnKind, ColumnSpec, DesignBuilder, DesignMatrix
from .errors import (
    DesignError,
    DimensionMismatchError,
    InsufficientDataError,
    NotFittedError,
    RegressionError,
    SingularDesignError,
)
from .metrics import (
    max_error,
    mean_absolute_error,
    mean_squared_error,
    r2_score,
    root_mean_squared_error,
)
from .model import LinearRegression
from .simple import SimpleFit, simple_regression
