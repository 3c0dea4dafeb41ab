"""Locating gaps and filling them by linear interpolation in time."""

from __future__ import annotations

import bisect
from enum import Enum

from .errors import EmptySeriesError, TimeSeriesError
from .series import Point, TimeSeries


class EdgePolicy(Enum):
    """What to do with missing values before the first or after the last present value."""

    KEEP = "keep"
    NEAREST = "nearest"
    DROP = "drop"


def _lerp(t: float, t0: float, v0: float, t1: float, v1: float) -> float:
    return v0 + (v1 - v0) * (t - t0) / (t1 - t0)


def interpolate_at(series: TimeSeries, timestamp: float) -> float:
    """Linearly interpolated value at ``timestamp`` from the present values."""
    present = series.dropna()
    if len(present) == 0:
        raise EmptySeriesError("cannot interpolate in a series without values")
    times = present.timestamps
    if timestamp < times[0] or timestamp > times[-1]:
        raise TimeSeriesError(
            f"t={timestamp} is outside the series range [{times[0]}, {times[-1]}]"
        )
    index = bisect.bisect_left(times, timestamp)
    right = present[index]
    if right.timestamp == timestamp:
        return right.value
    left = present[index - 1]
    return _lerp(timestamp, left.timestamp, left.value, right.timestamp, right.value)


def find_gaps(series: TimeSeries, max_spacing: float) -> list[tuple[float, float]]:
    """Pairs of consecutive timestamps further apart than ``max_spacing``."""
    if max_spacing <= 0:
        raise TimeSeriesError("max_spacing must be positive")
    times = series.timestamps
    return [(a, b) for a, b in zip(times, times[1:]) if b - a > max_spacing]


def interpolate_missing(
    series: TimeSeries,
    edges: EdgePolicy = EdgePolicy.KEEP,
    max_gap: float | None = None,
) -> TimeSeries:
    """Replace interior ``None`` values by linear interpolation between present neighbours.

    A run of missing values is only filled when its present neighbours are at
    most ``max_gap`` apart in time (no limit when ``max_gap`` is ``None``).
    """
    points = list(series)
    known = [i for i, p in enumerate(points) if not p.is_missing]
    if not known:
        return series if edges is not EdgePolicy.DROP else TimeSeries((), series.name)
    filled: list[Point] = []
    for i, point in enumerate(points):
        if not point.is_missing:
            filled.append(point)
            continue
        position = bisect.bisect_left(known, i)
        if position == 0 or position == len(known):
            if edges is EdgePolicy.DROP:
                continue
            if edges is EdgePolicy.NEAREST:
                nearest = points[known[0] if position == 0 else known[-1]]
                filled.append(Point(point.timestamp, nearest.value))
            else:
                filled.append(point)
            continue
        left, right = points[known[position - 1]], points[known[position]]
        if max_gap is not None and right.timestamp - left.timestamp > max_gap:
            filled.append(point)
            continue
        value = _lerp(point.timestamp, left.timestamp, left.value, right.timestamp, right.value)
        filled.append(Point(point.timestamp, value))
    return TimeSeries(filled, series.name)


def regularize(series: TimeSeries, step: float, origin: float | None = None) -> TimeSeries:
    """Resample onto the grid ``origin + k*step`` covering the series, interpolating linearly."""
    if step <= 0:
        raise TimeSeriesError("step must be positive")
    present = series.dropna()
    if len(present) < 1:
        raise EmptySeriesError("cannot regularize a series without values")
    start = present.start if origin is None else origin
    if start > present.start:
        raise TimeSeriesError("origin must not be after the first present timestamp")
    grid = []
    k = 0
    while True:
        t = start + k * step
        if t > present.end:
            break
        if t >= present.start:
            grid.append((t, interpolate_at(present, t)))
        k += 1
    return TimeSeries(grid, series.name)
