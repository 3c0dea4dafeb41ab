"""Closed-form simple (one-predictor) least squares."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from .errors import DimensionMismatchError, InsufficientDataError, RegressionError


@dataclass(frozen=True)
class SimpleFit:
    """Result of regressing ``y`` on a single predictor ``x``."""

    slope: float
    intercept: float
    n: int
    sxx: float
    sxy: float
    syy: float
    x_mean: float

    def predict(self, x: float) -> float:
        return self.intercept + self.slope * x

    @property
    def sse(self) -> float:
        return max(self.syy - self.slope * self.sxy, 0.0)

    @property
    def r_squared(self) -> float:
        if self.syy == 0:
            return 1.0
        return 1.0 - self.sse / self.syy

    @property
    def r(self) -> float:
        """Pearson correlation coefficient between x and y."""
        if self.syy == 0:
            raise RegressionError("correlation is undefined when y is constant")
        return self.sxy / math.sqrt(self.sxx * self.syy)

    @property
    def residual_std_error(self) -> float:
        if self.n < 3:
            raise InsufficientDataError("standard errors need at least 3 observations")
        return math.sqrt(self.sse / (self.n - 2))

    @property
    def slope_stderr(self) -> float:
        return self.residual_std_error / math.sqrt(self.sxx)

    @property
    def intercept_stderr(self) -> float:
        return self.residual_std_error * math.sqrt(1.0 / self.n + self.x_mean ** 2 / self.sxx)


def simple_regression(x: Sequence[float], y: Sequence[float]) -> SimpleFit:
    """Fit ``y = intercept + slope * x`` by ordinary least squares."""
    if len(x) != len(y):
        raise DimensionMismatchError(f"x has {len(x)} values but y has {len(y)}")
    n = len(x)
    if n < 2:
        raise InsufficientDataError("simple regression needs at least 2 points")
    x_mean = math.fsum(x) / n
    y_mean = math.fsum(y) / n
    sxx = math.fsum((xi - x_mean) ** 2 for xi in x)
    if sxx == 0:
        raise RegressionError("x is constant; the slope is undefined")
    sxy = math.fsum((xi - x_mean) * (yi - y_mean) for xi, yi in zip(x, y))
    syy = math.fsum((yi - y_mean) ** 2 for yi in y)
    slope = sxy / sxx
    return SimpleFit(
        slope=slope,
        intercept=y_mean - slope * x_mean,
        n=n,
        sxx=sxx,
        sxy=sxy,
        syy=syy,
        x_mean=x_mean,
    )
