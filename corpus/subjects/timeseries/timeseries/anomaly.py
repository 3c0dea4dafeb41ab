"""Z-score based anomaly detection, globally or against a trailing window."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from .errors import EmptySeriesError, TimeSeriesError
from .series import TimeSeries


@dataclass(frozen=True)
class Anomaly:
    timestamp: float
    value: float
    score: float

    @property
    def direction(self) -> str:
        return "high" if self.score > 0 else "low"


def _mean_std(values: Sequence[float], sample: bool) -> tuple[float, float]:
    n = len(values)
    center = math.fsum(values) / n
    dof = n - 1 if sample else n
    squares = math.fsum((v - center) ** 2 for v in values)
    return center, math.sqrt(squares / dof)


def _check_threshold(threshold: float) -> None:
    if threshold <= 0:
        raise TimeSeriesError("threshold must be positive")


def zscores(series: TimeSeries, sample: bool = True) -> TimeSeries:
    """Standard score of each present value against the whole series; missing stay missing."""
    present = [v for v in series.values if v is not None]
    if len(present) < 2:
        raise EmptySeriesError("z-scores need at least two present values")
    center, spread = _mean_std(present, sample)
    if spread == 0:
        raise TimeSeriesError("z-scores are undefined for a constant series")
    return series.map_values(lambda v: (v - center) / spread)


def zscore_anomalies(series: TimeSeries, threshold: float = 3.0, sample: bool = True) -> list[Anomaly]:
    """Points whose absolute global z-score is strictly greater than ``threshold``."""
    _check_threshold(threshold)
    scores = zscores(series, sample)
    return [
        Anomaly(point.timestamp, point.value, score.value)
        for point, score in zip(series, scores)
        if score.value is not None and abs(score.value) > threshold
    ]


def rolling_zscore_anomalies(series: TimeSeries, window: int, threshold: float = 3.0) -> list[Anomaly]:
    """Compare each point with the mean and sample deviation of the ``window`` present values before it.

    A point deviating from a perfectly flat window gets an infinite score.
    """
    _check_threshold(threshold)
    if window < 2:
        raise TimeSeriesError("window must be at least 2")
    history: list[float] = []
    anomalies = []
    for point in series:
        if point.value is None:
            continue
        if len(history) == window:
            center, spread = _mean_std(history, sample=True)
            deviation = point.value - center
            if spread > 0:
                score = deviation / spread
            else:
                score = math.copysign(math.inf, deviation) if deviation else 0.0
            if abs(score) > threshold:
                anomalies.append(Anomaly(point.timestamp, point.value, score))
            history.pop(0)
        history.append(point.value)
    return anomalies
