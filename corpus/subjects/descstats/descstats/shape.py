"""Moment-based shape statistics: skewness and kurtosis."""

from __future__ import annotations

import math
from typing import Iterable

from ._validation import as_floats
from .errors import DescStatsError


def central_moment(data: Iterable[float], order: int) -> float:
    """The ``order``-th central moment about the mean (population form)."""
    if order < 1:
        raise DescStatsError("moment order must be at least 1")
    values = as_floats(data, "central_moment")
    center = math.fsum(values) / len(values)
    return math.fsum((v - center) ** order for v in values) / len(values)


def _moments(values: list[float]) -> tuple[float, float, float]:
    center = math.fsum(values) / len(values)
    n = len(values)
    m2 = math.fsum((v - center) ** 2 for v in values) / n
    m3 = math.fsum((v - center) ** 3 for v in values) / n
    m4 = math.fsum((v - center) ** 4 for v in values) / n
    if m2 == 0:
        raise DescStatsError("shape statistics are undefined for constant data")
    return m2, m3, m4


def skewness(data: Iterable[float], bias: bool = True) -> float:
    """Fisher-Pearson skewness; ``bias=False`` applies the small-sample adjustment."""
    values = as_floats(data, "skewness", minimum=3 if not bias else 2)
    m2, m3, _ = _moments(values)
    g1 = m3 / m2 ** 1.5
    if bias:
        return g1
    n = len(values)
    return g1 * math.sqrt(n * (n - 1)) / (n - 2)


def kurtosis(data: Iterable[float], bias: bool = True, excess: bool = True) -> float:
    """Kurtosis; excess (normal = 0) by default, ``bias=False`` for the sample estimator."""
    values = as_floats(data, "kurtosis", minimum=4 if not bias else 2)
    m2, _, m4 = _moments(values)
    g2 = m4 / (m2 * m2) - 3.0
    if not bias:
        n = len(values)
        g2 = ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3))
    return g2 if excess else g2 + 3.0
