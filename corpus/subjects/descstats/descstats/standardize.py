"""Standard scores, rescaling and a one-call summary."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Iterable, Iterator

from ._validation import as_floats
from .central import median
from .errors import DescStatsError
from .quantiles import QuantileMethod, quantile
from .spread import variance


def zscore(value: float, center: float, scale: float) -> float:
    """Standard score of a single value."""
    if scale <= 0:
        raise DescStatsError("scale must be positive")
    return (value - center) / scale


def zscores(data: Iterable[float], sample: bool = True) -> list[float]:
    """Standard scores of every value using the data's own mean and deviation."""
    values = as_floats(data, "zscores", minimum=2 if sample else 1)
    center = math.fsum(values) / len(values)
    scale = math.sqrt(variance(values, ddof=1 if sample else 0))
    if scale == 0:
        raise DescStatsError("zscores are undefined for constant data")
    return [(v - center) / scale for v in values]


def iter_outliers(data: Iterable[float], threshold: float = 3.0) -> Iterator[tuple[int, float]]:
    """Yield ``(index, value)`` for points whose absolute sample z-score exceeds ``threshold``."""
    if threshold <= 0:
        raise DescStatsError("threshold must be positive")
    values = as_floats(data, "iter_outliers", minimum=2)
    for index, (value, score) in enumerate(zip(values, zscores(values))):
        if abs(score) > threshold:
            yield index, value


def min_max_scale(data: Iterable[float], low: float = 0.0, high: float = 1.0) -> list[float]:
    """Linearly rescale values so the minimum maps to ``low`` and the maximum to ``high``."""
    if high <= low:
        raise DescStatsError("high must be greater than low")
    values = as_floats(data, "min_max_scale")
    smallest, largest = min(values), max(values)
    span = largest - smallest
    if span == 0:
        return [low for _ in values]
    return [low + (v - smallest) * (high - low) / span for v in values]


@dataclass(frozen=True)
class Summary:
    """Descriptive summary of a univariate sample."""

    count: int
    mean: float
    stdev: float
    minimum: float
    q1: float
    median: float
    q3: float
    maximum: float

    @property
    def iqr(self) -> float:
        return self.q3 - self.q1

    @property
    def range(self) -> float:
        return self.maximum - self.minimum

    def as_dict(self) -> dict[str, float]:
        return asdict(self)

    def format(self, digits: int = 3) -> str:
        """Render as aligned ``name: value`` lines."""
        fields = self.as_dict()
        width = max(len(name) for name in fields)
        lines = []
        for name, value in fields.items():
            shown = str(value) if name == "count" else f"{value:.{digits}f}"
            lines.append(f"{name.ljust(width)} : {shown}")
        return "\n".join(lines)


def describe(data: Iterable[float]) -> Summary:
    """Compute a :class:`Summary`; the deviation is 0.0 for a single value."""
    values = sorted(as_floats(data, "describe"))
    spread = math.sqrt(variance(values)) if len(values) > 1 else 0.0
    return Summary(
        count=len(values),
        mean=math.fsum(values) / len(values),
        stdev=spread,
        minimum=values[0],
        q1=quantile(values, 0.25, QuantileMethod.LINEAR),
        median=median(values),
        q3=quantile(values, 0.75, QuantileMethod.LINEAR),
        maximum=values[-1],
    )
