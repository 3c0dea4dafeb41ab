"""Input coercion helpers shared by the statistics modules."""

from __future__ import annotations

import math
from typing import Iterable, Sequence

from .errors import DescStatsError, EmptyDataError, WeightError


def as_floats(data: Iterable[float], statistic: str, minimum: int = 1) -> list[float]:
    """Materialize ``data`` as a list of floats, rejecting NaN and short inputs."""
    values: list[float] = []
    for item in data:
        if isinstance(item, bool) or not isinstance(item, (int, float)):
            raise DescStatsError(f"{statistic}: non-numeric value {item!r}")
        value = float(item)
        if math.isnan(value):
            raise DescStatsError(f"{statistic}: NaN is not allowed")
        values.append(value)
    if len(values) < minimum:
        raise EmptyDataError(statistic, minimum, len(values))
    return values


def as_weights(weights: Iterable[float], expected: int) -> list[float]:
    """Validate a weight vector against the number of data points."""
    result = [float(w) for w in weights]
    if len(result) != expected:
        raise WeightError(
            f"expected {expected} weights, got {len(result)}"
        )
    if any(w < 0 or math.isnan(w) for w in result):
        raise WeightError("weights must be non-negative numbers")
    if sum(result) == 0:
        raise WeightError("weights must not all be zero")
    return result


def paired(data: Sequence[float], weights: Sequence[float], statistic: str) -> tuple[list[float], list[float]]:
    """Validate data together with weights and return both as float lists."""
    values = as_floats(data, statistic)
    return values, as_weights(weights, len(values))
