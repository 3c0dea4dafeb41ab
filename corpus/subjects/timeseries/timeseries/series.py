"""The :class:`TimeSeries` container: strictly increasing timestamps with optional values."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from .errors import EmptySeriesError, MissingValueError, OrderError, TimeSeriesError


@dataclass(frozen=True, order=True)
class Point:
    """One observation; ``value`` is ``None`` when the observation is missing."""

    timestamp: float
    value: float | None

    @property
    def is_missing(self) -> bool:
        return self.value is None


class TimeSeries:
    """An immutable, time-ordered sequence of :class:`Point` objects."""

    __slots__ = ("_points", "_times", "name")

    def __init__(self, points: Iterable[Point | tuple[float, float | None]] = (), name: str = "") -> None:
        items = [p if isinstance(p, Point) else Point(*p) for p in points]
        for previous, current in zip(items, items[1:]):
            if current.timestamp <= previous.timestamp:
                raise OrderError(
                    f"timestamps must be strictly increasing: {current.timestamp} after {previous.timestamp}"
                )
        self._points = tuple(items)
        self._times = [p.timestamp for p in items]
        self.name = name

    @classmethod
    def from_unsorted(cls, points: Iterable[tuple[float, float | None]], name: str = "") -> "TimeSeries":
        """Sort by timestamp; duplicate timestamps are rejected."""
        return cls(sorted(points, key=lambda p: p[0]), name)

    @classmethod
    def from_mapping(cls, mapping: Mapping[float, float | None], name: str = "") -> "TimeSeries":
        return cls.from_unsorted(mapping.items(), name)

    @classmethod
    def from_values(cls, values: Sequence[float | None], start: float = 0, step: float = 1, name: str = "") -> "TimeSeries":
        if step <= 0:
            raise TimeSeriesError("step must be positive")
        return cls(((start + i * step, v) for i, v in enumerate(values)), name)

    def __len__(self) -> int:
        return len(self._points)

    def __iter__(self) -> Iterator[Point]:
        return iter(self._points)

    def __getitem__(self, index: int) -> Point:
        return self._points[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TimeSeries):
            return NotImplemented
        return self._points == other._points

    def __repr__(self) -> str:
        label = f" {self.name!r}" if self.name else ""
        return f"<TimeSeries{label} n={len(self)}>"

    @property
    def timestamps(self) -> list[float]:
        return list(self._times)

    @property
    def values(self) -> list[float | None]:
        return [p.value for p in self._points]

    @property
    def start(self) -> float:
        return self._require(1)[0].timestamp

    @property
    def end(self) -> float:
        return self._require(1)[-1].timestamp

    @property
    def missing_count(self) -> int:
        return sum(1 for p in self._points if p.is_missing)

    def _require(self, minimum: int) -> tuple[Point, ...]:
        if len(self._points) < minimum:
            raise EmptySeriesError(f"series needs at least {minimum} points, has {len(self._points)}")
        return self._points

    def complete_values(self, operation: str) -> list[float]:
        """All values, raising :class:`MissingValueError` at the first gap."""
        result = []
        for p in self._points:
            if p.value is None:
                raise MissingValueError(p.timestamp, operation)
            result.append(p.value)
        return result

    def value_at(self, timestamp: float) -> float | None:
        """Exact lookup; raises ``KeyError`` when no point has this timestamp."""
        index = bisect.bisect_left(self._times, timestamp)
        if index < len(self._times) and self._times[index] == timestamp:
            return self._points[index].value
        raise KeyError(timestamp)

    def between(self, start: float, end: float, inclusive_end: bool = False) -> "TimeSeries":
        """Points with ``start <= t < end`` (or ``<= end`` when ``inclusive_end``)."""
        lo = bisect.bisect_left(self._times, start)
        finder = bisect.bisect_right if inclusive_end else bisect.bisect_left
        hi = finder(self._times, end)
        return TimeSeries(self._points[lo:hi], self.name)

    def append(self, timestamp: float, value: float | None) -> "TimeSeries":
        """A new series with one more point, which must come after the last one."""
        return TimeSeries(self._points + (Point(timestamp, value),), self.name)

    def map_values(self, func: Callable[[float], float]) -> "TimeSeries":
        """Apply ``func`` to every present value; missing values stay missing."""
        return TimeSeries(
            (Point(p.timestamp, None if p.value is None else func(p.value)) for p in self._points),
            self.name,
        )

    def dropna(self) -> "TimeSeries":
        return TimeSeries((p for p in self._points if not p.is_missing), self.name)

    def shift(self, offset: float) -> "TimeSeries":
        return TimeSeries((Point(p.timestamp + offset, p.value) for p in self._points), self.name)
