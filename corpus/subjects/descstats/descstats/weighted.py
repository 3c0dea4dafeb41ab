"""Weighted versions of the central and spread statistics."""

from __future__ import annotations

import math
from enum import Enum
from typing import Sequence

from ._validation import paired
from .errors import WeightError


class WeightKind(Enum):
    """Interpretation of weights when estimating variance."""

    POPULATION = "population"
    FREQUENCY = "frequency"
    RELIABILITY = "reliability"


def weighted_mean(data: Sequence[float], weights: Sequence[float]) -> float:
    """Sum of w*x divided by the sum of weights."""
    values, w = paired(data, weights, "weighted_mean")
    return math.fsum(x * wi for x, wi in zip(values, w)) / math.fsum(w)


def weighted_variance(
    data: Sequence[float],
    weights: Sequence[float],
    kind: WeightKind = WeightKind.POPULATION,
) -> float:
    """Weighted variance under the chosen weight interpretation."""
    values, w = paired(data, weights, "weighted_variance")
    total = math.fsum(w)
    center = math.fsum(x * wi for x, wi in zip(values, w)) / total
    squares = math.fsum(wi * (x - center) ** 2 for x, wi in zip(values, w))
    if kind is WeightKind.POPULATION:
        denominator = total
    elif kind is WeightKind.FREQUENCY:
        denominator = total - 1
    else:
        denominator = total - math.fsum(wi * wi for wi in w) / total
    if denominator <= 0:
        raise WeightError(f"not enough effective observations for {kind.value} variance")
    return squares / denominator


def weighted_stdev(
    data: Sequence[float],
    weights: Sequence[float],
    kind: WeightKind = WeightKind.POPULATION,
) -> float:
    """Square root of :func:`weighted_variance`."""
    return math.sqrt(weighted_variance(data, weights, kind))


def weighted_median(data: Sequence[float], weights: Sequence[float]) -> float:
    """Value splitting the total weight in half; averages the straddling pair on an exact tie."""
    values, w = paired(data, weights, "weighted_median")
    pairs = sorted((x, wi) for x, wi in zip(values, w) if wi > 0)
    half = math.fsum(w) / 2
    cumulative = 0.0
    for index, (x, wi) in enumerate(pairs[:-1]):
        cumulative += wi
        if cumulative > half:
            return x
        if cumulative == half:
            return (x + pairs[index + 1][0]) / 2
    return pairs[-1][0]


def effective_sample_size(weights: Sequence[float]) -> float:
    """Kish's effective sample size: (sum w)^2 / sum w^2."""
    w = [float(x) for x in weights]
    if not w:
        raise WeightError("weights must not be empty")
    if any(x < 0 for x in w):
        raise WeightError("weights must be non-negative numbers")
    squares = math.fsum(x * x for x in w)
    if squares == 0:
        raise WeightError("weights must not all be zero")
    return math.fsum(w) ** 2 / squares
