"""Measures of dispersion."""

from __future__ import annotations

import math
from typing import Iterable

from ._validation import as_floats
from .central import median
from .errors import DescStatsError
from .quantiles import QuantileMethod, quantile


def _sum_of_squares(values: list[float], center: float) -> float:
    """Sum of squared deviations with the compensated two-pass correction."""
    deviations = [v - center for v in values]
    total = math.fsum(d * d for d in deviations)
    drift = math.fsum(deviations)
    return total - drift * drift / len(values)


def variance(data: Iterable[float], ddof: int = 1) -> float:
    """Variance with ``ddof`` delta degrees of freedom (1 = sample, 0 = population)."""
    if ddof < 0:
        raise DescStatsError("ddof must be non-negative")
    values = as_floats(data, "variance", minimum=ddof + 1)
    center = math.fsum(values) / len(values)
    return _sum_of_squares(values, center) / (len(values) - ddof)


def pvariance(data: Iterable[float]) -> float:
    """Population variance."""
    return variance(data, ddof=0)


def stdev(data: Iterable[float], ddof: int = 1) -> float:
    """Standard deviation; sample by default."""
    return math.sqrt(variance(data, ddof))


def pstdev(data: Iterable[float]) -> float:
    """Population standard deviation."""
    return math.sqrt(variance(data, ddof=0))


def data_range(data: Iterable[float]) -> float:
    """Difference between the largest and smallest value."""
    values = as_floats(data, "data_range")
    return max(values) - min(values)


def iqr(data: Iterable[float], method: QuantileMethod = QuantileMethod.LINEAR) -> float:
    """Interquartile range: Q3 - Q1."""
    values = as_floats(data, "iqr")
    return quantile(values, 0.75, method) - quantile(values, 0.25, method)


def mean_absolute_deviation(data: Iterable[float]) -> float:
    """Average absolute distance from the mean."""
    values = as_floats(data, "mean_absolute_deviation")
    center = math.fsum(values) / len(values)
    return math.fsum(abs(v - center) for v in values) / len(values)


def median_absolute_deviation(data: Iterable[float], scale: float = 1.0) -> float:
    """Median of absolute deviations from the median, multiplied by ``scale``."""
    values = as_floats(data, "median_absolute_deviation")
    center = median(values)
    return scale * median(abs(v - center) for v in values)


def coefficient_of_variation(data: Iterable[float]) -> float:
    """Sample standard deviation divided by the absolute mean."""
    values = as_floats(data, "coefficient_of_variation", minimum=2)
    center = math.fsum(values) / len(values)
    if center == 0:
        raise DescStatsError("coefficient_of_variation is undefined for zero mean")
    return stdev(values) / abs(center)


def standard_error(data: Iterable[float]) -> float:
    """Standard error of the mean."""
    values = as_floats(data, "standard_error", minimum=2)
    return stdev(values) / math.sqrt(len(values))
