"""Moving averages over the point sequence of a series."""

from __future__ import annotations

import math
from typing import Sequence

from .errors import TimeSeriesError
from .series import TimeSeries


def _check_window(window: int) -> None:
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise TimeSeriesError(f"window must be a positive integer, got {window!r}")


def simple_moving_average(series: TimeSeries, window: int) -> TimeSeries:
    """Mean of each run of ``window`` consecutive values, stamped at the run's last point.

    The result has ``len(series) - window + 1`` points (none if the series is shorter).
    """
    _check_window(window)
    values = series.complete_values("simple_moving_average")
    times = series.timestamps
    result = []
    running = 0.0
    for i, value in enumerate(values):
        running += value
        if i >= window:
            running -= values[i - window]
        if i >= window - 1:
            result.append((times[i], running / window))
    return TimeSeries(result, series.name)


def linear_weights(window: int) -> list[float]:
    """Weights 1, 2, ..., window (the newest point weighs most)."""
    _check_window(window)
    return [float(i) for i in range(1, window + 1)]


def weighted_moving_average(series: TimeSeries, weights: Sequence[float]) -> TimeSeries:
    """Weighted mean over trailing windows; ``weights[-1]`` applies to the newest point."""
    if not weights:
        raise TimeSeriesError("weights must not be empty")
    total = math.fsum(weights)
    if total == 0:
        raise TimeSeriesError("weights must not sum to zero")
    window = len(weights)
    values = series.complete_values("weighted_moving_average")
    times = series.timestamps
    return TimeSeries(
        (
            (times[end], math.fsum(w * v for w, v in zip(weights, values[end - window + 1 : end + 1])) / total)
            for end in range(window - 1, len(values))
        ),
        series.name,
    )


def smoothing_factor(alpha: float | None = None, span: float | None = None) -> float:
    """Resolve an EMA smoothing factor from exactly one of ``alpha`` or ``span``."""
    if (alpha is None) == (span is None):
        raise TimeSeriesError("specify exactly one of alpha or span")
    if span is not None:
        if span < 1:
            raise TimeSeriesError("span must be at least 1")
        alpha = 2.0 / (span + 1.0)
    if not 0 < alpha <= 1:
        raise TimeSeriesError(f"alpha must be in (0, 1], got {alpha}")
    return alpha


def exponential_moving_average(
    series: TimeSeries,
    alpha: float | None = None,
    span: float | None = None,
    adjust: bool = False,
) -> TimeSeries:
    """Exponentially weighted moving average.

    With ``adjust=False`` the recursion ``s = alpha*x + (1-alpha)*s`` starts from
    the first value.  With ``adjust=True`` each output is the weighted mean of all
    values so far with weights ``(1-alpha)**age``, which removes start-up bias.
    """
    factor = smoothing_factor(alpha, span)
    values = series.complete_values("exponential_moving_average")
    decay = 1.0 - factor
    smoothed: list[float] = []
    numerator = denominator = 0.0
    for value in values:
        if adjust:
            numerator = value + decay * numerator
            denominator = 1.0 + decay * denominator
            smoothed.append(numerator / denominator)
        elif smoothed:
            smoothed.append(factor * value + decay * smoothed[-1])
        else:
            smoothed.append(value)
    return TimeSeries(zip(series.timestamps, smoothed), series.name)


def cumulative_average(series: TimeSeries) -> TimeSeries:
    """Running mean of all values up to and including each point."""
    values = series.complete_values("cumulative_average")
    result = []
    running = 0.0
    for count, (t, value) in enumerate(zip(series.timestamps, values), start=1):
        running += value
        result.append((t, running / count))
    return TimeSeries(result, series.name)
