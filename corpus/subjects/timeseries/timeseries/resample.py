"""Bucketed resampling with selectable aggregation."""

from __future__ import annotations

import math
from enum import Enum
from typing import Callable, Sequence

from .errors import TimeSeriesError
from .series import TimeSeries


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


class Aggregation(Enum):
    MEAN = "mean"
    SUM = "sum"
    MIN = "min"
    MAX = "max"
    COUNT = "count"
    FIRST = "first"
    LAST = "last"
    MEDIAN = "median"
    RANGE = "range"

    @classmethod
    def parse(cls, value: "Aggregation | str") -> "Aggregation":
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            raise TimeSeriesError(f"unknown aggregation {value!r}") from None

    def apply(self, values: Sequence[float]) -> float:
        """Aggregate a non-empty list of values."""
        return _AGGREGATORS[self](values)


_AGGREGATORS: dict[Aggregation, Callable[[Sequence[float]], float]] = {
    Aggregation.MEAN: lambda v: math.fsum(v) / len(v),
    Aggregation.SUM: math.fsum,
    Aggregation.MIN: min,
    Aggregation.MAX: max,
    Aggregation.COUNT: len,
    Aggregation.FIRST: lambda v: v[0],
    Aggregation.LAST: lambda v: v[-1],
    Aggregation.MEDIAN: _median,
    Aggregation.RANGE: lambda v: max(v) - min(v),
}


def bucket_start(timestamp: float, width: float, origin: float = 0.0) -> float:
    """Start of the ``[start, start + width)`` bucket containing ``timestamp``."""
    return origin + math.floor((timestamp - origin) / width) * width


def resample(
    series: TimeSeries,
    width: float,
    how: Aggregation | str = Aggregation.MEAN,
    origin: float = 0.0,
    fill_empty: bool = False,
    fill_value: float | None = None,
) -> TimeSeries:
    """Group points into fixed-width buckets and aggregate each bucket.

    Missing values are ignored; a bucket with no present values is empty.  Empty
    buckets between the first and last occupied bucket are omitted unless
    ``fill_empty`` is set, in which case they get ``fill_value``.
    """
    if width <= 0:
        raise TimeSeriesError("bucket width must be positive")
    aggregation = Aggregation.parse(how)
    buckets: dict[int, list[float]] = {}
    for point in series:
        if point.value is None:
            continue
        index = math.floor((point.timestamp - origin) / width)
        buckets.setdefault(index, []).append(point.value)
    if not buckets:
        return TimeSeries((), series.name)
    if fill_empty:
        indices = range(min(buckets), max(buckets) + 1)
    else:
        indices = sorted(buckets)
    points = []
    for index in indices:
        members = buckets.get(index)
        value = aggregation.apply(members) if members else fill_value
        points.append((origin + index * width, value))
    return TimeSeries(points, series.name)


def rolling_aggregate(
    series: TimeSeries,
    duration: float,
    how: Aggregation | str = Aggregation.MEAN,
) -> TimeSeries:
    """For each point, aggregate present values in the trailing window ``(t - duration, t]``."""
    if duration <= 0:
        raise TimeSeriesError("duration must be positive")
    aggregation = Aggregation.parse(how)
    present = series.dropna()
    times, values = present.timestamps, present.values
    result = []
    start = 0
    for end, t in enumerate(times):
        while times[start] <= t - duration:
            start += 1
        result.append((t, aggregation.apply(values[start : end + 1])))
    return TimeSeries(result, series.name)
