"""Goodness-of-fit metrics for predictions."""

from __future__ import annotations

import math
from typing import Sequence

from .errors import DimensionMismatchError, InsufficientDataError


def _pairs(actual: Sequence[float], predicted: Sequence[float]) -> list[tuple[float, float]]:
    if len(actual) != len(predicted):
        raise DimensionMismatchError(
            f"got {len(actual)} actual values and {len(predicted)} predictions"
        )
    if not actual:
        raise InsufficientDataError("metrics need at least one observation")
    return list(zip(actual, predicted))


def mean_squared_error(actual: Sequence[float], predicted: Sequence[float]) -> float:
    pairs = _pairs(actual, predicted)
    return math.fsum((a - p) ** 2 for a, p in pairs) / len(pairs)


def root_mean_squared_error(actual: Sequence[float], predicted: Sequence[float]) -> float:
    return math.sqrt(mean_squared_error(actual, predicted))


def mean_absolute_error(actual: Sequence[float], predicted: Sequence[float]) -> float:
    pairs = _pairs(actual, predicted)
    return math.fsum(abs(a - p) for a, p in pairs) / len(pairs)


def max_error(actual: Sequence[float], predicted: Sequence[float]) -> float:
    return max(abs(a - p) for a, p in _pairs(actual, predicted))


def r2_score(actual: Sequence[float], predicted: Sequence[float]) -> float:
    """Coefficient of determination; 1.0 for a perfect fit of constant data."""
    pairs = _pairs(actual, predicted)
    center = math.fsum(a for a, _ in pairs) / len(pairs)
    residual = math.fsum((a - p) ** 2 for a, p in pairs)
    total = math.fsum((a - center) ** 2 for a, _ in pairs)
    if total == 0:
        return 1.0 if residual == 0 else 0.0
    return 1.0 - residual / total
