"""Differencing and related point-wise transforms."""

from __future__ import annotations

from .errors import TimeSeriesError
from .series import TimeSeries


def _check_lag(lag: int) -> None:
    if isinstance(lag, bool) or not isinstance(lag, int) or lag < 1:
        raise TimeSeriesError(f"lag must be a positive integer, got {lag!r}")


def difference(series: TimeSeries, lag: int = 1, order: int = 1) -> TimeSeries:
    """``x[i] - x[i - lag]`` applied ``order`` times; stamped at the later point.

    A difference involving a missing value is missing.
    """
    _check_lag(lag)
    if order < 0:
        raise TimeSeriesError("order must be non-negative")
    result = series
    for _ in range(order):
        points = list(result)
        result = TimeSeries(
            (
                (
                    current.timestamp,
                    None
                    if current.value is None or previous.value is None
                    else current.value - previous.value,
                )
                for previous, current in zip(points, points[lag:])
            ),
            series.name,
        )
    return result


def percent_change(series: TimeSeries, lag: int = 1) -> TimeSeries:
    """Relative change ``(x[i] - x[i-lag]) / x[i-lag]``; missing when the base is zero or absent."""
    _check_lag(lag)
    points = list(series)
    changes = []
    for previous, current in zip(points, points[lag:]):
        if current.value is None or not previous.value:
            changes.append((current.timestamp, None))
        else:
            changes.append((current.timestamp, (current.value - previous.value) / previous.value))
    return TimeSeries(changes, series.name)


def rate_of_change(series: TimeSeries) -> TimeSeries:
    """First difference divided by the elapsed time between the two points."""
    points = list(series.dropna())
    return TimeSeries(
        (
            (b.timestamp, (b.value - a.value) / (b.timestamp - a.timestamp))
            for a, b in zip(points, points[1:])
        ),
        series.name,
    )


def cumulative_sum(series: TimeSeries) -> TimeSeries:
    """Running total of present values; a missing value keeps its place but adds nothing."""
    total = 0.0
    result = []
    for point in series:
        if point.value is not None:
            total += point.value
        result.append((point.timestamp, None if point.value is None else total))
    return TimeSeries(result, series.name)
