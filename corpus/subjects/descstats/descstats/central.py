"""Measures of central tendency."""

from __future__ import annotations

import math
from collections import Counter
from typing import Hashable, Iterable

from ._validation import as_floats
from .errors import DescStatsError, EmptyDataError


def mean(data: Iterable[float]) -> float:
    """Arithmetic mean, computed with a compensated sum."""
    values = as_floats(data, "mean")
    return math.fsum(values) / len(values)


def geometric_mean(data: Iterable[float]) -> float:
    """Geometric mean of strictly positive values."""
    values = as_floats(data, "geometric_mean")
    if any(v <= 0 for v in values):
        raise DescStatsError("geometric_mean requires strictly positive values")
    return math.exp(math.fsum(math.log(v) for v in values) / len(values))


def harmonic_mean(data: Iterable[float]) -> float:
    """Harmonic mean of non-negative values; zero if any value is zero."""
    values = as_floats(data, "harmonic_mean")
    if any(v < 0 for v in values):
        raise DescStatsError("harmonic_mean requires non-negative values")
    if any(v == 0 for v in values):
        return 0.0
    return len(values) / math.fsum(1.0 / v for v in values)


def median(data: Iterable[float]) -> float:
    """Median; the mean of the two middle values for even-sized data."""
    values = sorted(as_floats(data, "median"))
    n = len(values)
    mid = n // 2
    if n % 2 == 1:
        return values[mid]
    return (values[mid - 1] + values[mid]) / 2


def median_low(data: Iterable[float]) -> float:
    """The smaller of the two middle values for even-sized data."""
    values = sorted(as_floats(data, "median_low"))
    n = len(values)
    return values[(n - 1) // 2]


def median_high(data: Iterable[float]) -> float:
    """The larger of the two middle values for even-sized data."""
    values = sorted(as_floats(data, "median_high"))
    return values[len(values) // 2]


def multimode(data: Iterable[Hashable]) -> list[Hashable]:
    """All most-common values, in order of first appearance."""
    counts = Counter(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def mode(data: Iterable[Hashable]) -> Hashable:
    """The single most common value; ties resolve to the first encountered."""
    modes = multimode(data)
    if not modes:
        raise EmptyDataError("mode", 1, 0)
    return modes[0]


def midrange(data: Iterable[float]) -> float:
    """Average of the minimum and maximum."""
    values = as_floats(data, "midrange")
    return (min(values) + max(values)) / 2


def trimmed_mean(data: Iterable[float], proportion: float) -> float:
    """Mean after removing ``proportion`` of values from each end."""
    if not 0 <= proportion < 0.5:
        raise DescStatsError("proportion must be in [0, 0.5)")
    values = sorted(as_floats(data, "trimmed_mean"))
    cut = int(len(values) * proportion)
    kept = values[cut:len(values) - cut]
    return math.fsum(kept) / len(kept)
