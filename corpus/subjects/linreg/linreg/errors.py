"""Exceptions raised by linreg."""


class RegressionError(ValueError):
    """Base class for linreg errors."""


class DimensionMismatchError(RegressionError):
    """Inputs have inconsistent lengths or widths."""


class SingularDesignError(RegressionError):
    """X'X is singular: the design matrix has linearly dependent columns."""


class InsufficientDataError(RegressionError):
    """Too few observations for the requested estimate."""


class NotFittedError(RegressionError):
    """A model method was called before :meth:`fit`."""


class DesignError(RegressionError):
    """A design-matrix specification or record is invalid."""
