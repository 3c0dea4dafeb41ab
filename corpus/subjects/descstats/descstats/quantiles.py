"""Quantiles with selectable interpolation."""

from __future__ import annotations

import math
from enum import Enum
from typing import Iterable, Sequence

from ._validation import as_floats
from .errors import InvalidQuantileError


class QuantileMethod(Enum):
    """How to pick a value when the quantile position falls between two data points."""

    LINEAR = "linear"
    LOWER = "lower"
    HIGHER = "higher"
    NEAREST = "nearest"
    MIDPOINT = "midpoint"
    EXCLUSIVE = "exclusive"

    @classmethod
    def parse(cls, value: "QuantileMethod | str") -> "QuantileMethod":
        """Accept either a member or its string name."""
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            raise InvalidQuantileError(f"unknown quantile method {value!r}") from None


def _check_probability(p: float) -> float:
    if not 0.0 <= p <= 1.0:
        raise InvalidQuantileError(f"probability must be within [0, 1], got {p}")
    return float(p)


def _from_sorted(values: Sequence[float], p: float, method: QuantileMethod) -> float:
    n = len(values)
    if method is QuantileMethod.EXCLUSIVE:
        position = p * (n + 1) - 1
        position = min(max(position, 0.0), n - 1.0)
    else:
        position = p * (n - 1)
    lo = math.floor(position)
    hi = min(lo + 1, n - 1)
    fraction = position - lo
    if method is QuantileMethod.LOWER:
        return values[lo]
    if method is QuantileMethod.HIGHER:
        return values[hi] if fraction > 0 else values[lo]
    if method is QuantileMethod.NEAREST:
        if fraction > 0.5 or (fraction == 0.5 and lo % 2 == 1):
            return values[hi]
        return values[lo]
    if method is QuantileMethod.MIDPOINT:
        if fraction == 0:
            return values[lo]
        return (values[lo] + values[hi]) / 2
    return values[lo] + (values[hi] - values[lo]) * fraction


def quantile(
    data: Iterable[float],
    p: float,
    method: QuantileMethod | str = QuantileMethod.LINEAR,
) -> float:
    """The ``p``-quantile of ``data`` (0 <= p <= 1)."""
    chosen = QuantileMethod.parse(method)
    probability = _check_probability(p)
    values = sorted(as_floats(data, "quantile"))
    return _from_sorted(values, probability, chosen)


def percentile(
    data: Iterable[float],
    q: float,
    method: QuantileMethod | str = QuantileMethod.LINEAR,
) -> float:
    """The ``q``-th percentile (0 <= q <= 100)."""
    return quantile(data, q / 100.0, method)


def quantiles(
    data: Iterable[float],
    n: int = 4,
    method: QuantileMethod | str = QuantileMethod.LINEAR,
) -> list[float]:
    """The ``n - 1`` cut points dividing ``data`` into ``n`` equal-probability groups."""
    if n < 2:
        raise InvalidQuantileError("n must be at least 2")
    chosen = QuantileMethod.parse(method)
    values = sorted(as_floats(data, "quantiles"))
    return [_from_sorted(values, i / n, chosen) for i in range(1, n)]


def five_number_summary(data: Iterable[float]) -> tuple[float, float, float, float, float]:
    """Minimum, first quartile, median, third quartile, maximum."""
    values = sorted(as_floats(data, "five_number_summary"))
    q1, q2, q3 = (_from_sorted(values, p, QuantileMethod.LINEAR) for p in (0.25, 0.5, 0.75))
    return values[0], q1, q2, q3, values[-1]


def percentile_rank(data: Iterable[float], score: float) -> float:
    """Percentage of values strictly below ``score`` plus half of those equal to it."""
    values = as_floats(data, "percentile_rank")
    below = sum(1 for v in values if v < score)
    equal = sum(1 for v in values if v == score)
    return 100.0 * (below + 0.5 * equal) / len(values)
