"""A single interval of real numbers with open or closed ends."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Union

from .errors import DisjointIntervalsError, EmptyIntervalError, InvalidIntervalError

Number = Union[int, float]
Key = tuple[Number, int]


def _check_bound(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidIntervalError(f"{name} bound must be a number, got {type(value).__name__}")
    if math.isnan(value):
        raise InvalidIntervalError(f"{name} bound must not be NaN")


@dataclass(frozen=True)
class Interval:
    """A non-empty interval between ``lower`` and ``upper``.

    Each end is closed (the bound belongs to the interval) or open.
    Infinite bounds are allowed but must be open.
    """

    lower: Number
    upper: Number
    closed_lower: bool = True
    closed_upper: bool = True

    def __post_init__(self) -> None:
        _check_bound("lower", self.lower)
        _check_bound("upper", self.upper)
        if self.lower > self.upper:
            raise InvalidIntervalError(f"lower bound {self.lower} exceeds upper bound {self.upper}")
        if math.isinf(self.lower) and self.closed_lower:
            raise InvalidIntervalError("an infinite lower bound must be open")
        if math.isinf(self.upper) and self.closed_upper:
            raise InvalidIntervalError("an infinite upper bound must be open")
        if self.lower == self.upper and not (self.closed_lower and self.closed_upper):
            raise EmptyIntervalError(f"interval at {self.lower} with an open end is empty")

    @classmethod
    def closed(cls, lower: Number, upper: Number) -> Interval:
        """``[lower, upper]``"""
        return cls(lower, upper, True, True)

    @classmethod
    def open(cls, lower: Number, upper: Number) -> Interval:
        """``(lower, upper)``"""
        return cls(lower, upper, False, False)

    @classmethod
    def closed_open(cls, lower: Number, upper: Number) -> Interval:
        """``[lower, upper)``"""
        return cls(lower, upper, True, False)

    @classmethod
    def open_closed(cls, lower: Number, upper: Number) -> Interval:
        """``(lower, upper]``"""
        return cls(lower, upper, False, True)

    @classmethod
    def point(cls, value: Number) -> Interval:
        """``[value, value]``"""
        return cls(value, value, True, True)

    @classmethod
    def at_least(cls, value: Number) -> Interval:
        """``[value, inf)``"""
        return cls(value, math.inf, True, False)

    @classmethod
    def at_most(cls, value: Number) -> Interval:
        """``(-inf, value]``"""
        return cls(-math.inf, value, False, True)

    @classmethod
    def everything(cls) -> Interval:
        """``(-inf, inf)``"""
        return cls(-math.inf, math.inf, False, False)

    @property
    def start_key(self) -> Key:
        """Sortable position of the first point: just after ``lower`` when open."""
        return (self.lower, 0 if self.closed_lower else 1)

    @property
    def end_key(self) -> Key:
        """Sortable position of the last point: just before ``upper`` when open."""
        return (self.upper, 0 if self.closed_upper else -1)

    @property
    def sort_key(self) -> tuple[Key, Key]:
        return (self.start_key, self.end_key)

    @property
    def length(self) -> Number:
        """Distance between the bounds (0 for a point)."""
        return self.upper - self.lower

    @property
    def is_point(self) -> bool:
        return self.lower == self.upper

    @property
    def is_bounded(self) -> bool:
        return not (math.isinf(self.lower) or math.isinf(self.upper))

    @classmethod
    def from_keys(cls, start: Key, end: Key) -> Interval | None:
        """Build an interval from start/end keys, or ``None`` if it would be empty."""
        if start > end:
            return None
        return cls(start[0], end[0], start[1] == 0, end[1] == 0)

    def contains(self, value: Number) -> bool:
        """Whether the point ``value`` lies in the interval."""
        above = self.lower < value or (self.closed_lower and value == self.lower)
        below = value < self.upper or (self.closed_upper and value == self.upper)
        return above and below

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Interval):
            return self.issuperset(item)
        return self.contains(item)  # type: ignore[arg-type]

    def issuperset(self, other: Interval) -> bool:
        return self.start_key <= other.start_key and other.end_key <= self.end_key

    def overlaps(self, other: Interval) -> bool:
        """Whether the intervals share at least one point."""
        return max(self.start_key, other.start_key) <= min(self.end_key, other.end_key)

    def is_mergeable(self, other: Interval) -> bool:
        """Whether the union of the two intervals is itself an interval."""
        first, second = sorted((self, other), key=lambda iv: iv.sort_key)
        if second.lower < first.upper:
            return True
        if second.lower > first.upper:
            return False
        return second.start_key[1] - first.end_key[1] <= 1

    def intersection(self, other: Interval) -> Interval | None:
        return Interval.from_keys(
            max(self.start_key, other.start_key), min(self.end_key, other.end_key)
        )

    def hull(self, other: Interval) -> Interval:
        """The smallest interval covering both intervals."""
        start = min(self.start_key, other.start_key)
        end = max(self.end_key, other.end_key)
        return Interval(start[0], end[0], start[1] == 0, end[1] == 0)

    def union(self, other: Interval) -> Interval:
        """Join two overlapping or adjacent intervals."""
        if not self.is_mergeable(other):
            raise DisjointIntervalsError(f"{self} and {other} leave a gap")
        return self.hull(other)

    def difference(self, other: Interval) -> list[Interval]:
        """The parts of this interval not covered by ``other`` (0, 1 or 2 pieces)."""
        if not self.overlaps(other):
            return [self]
        other_start, other_end = other.start_key, other.end_key
        left = Interval.from_keys(self.start_key, (other_start[0], other_start[1] - 1))
        right = Interval.from_keys((other_end[0], other_end[1] + 1), self.end_key)
        return [piece for piece in (left, right) if piece is not None]

    def shift(self, offset: Number) -> Interval:
        return Interval(self.lower + offset, self.upper + offset, self.closed_lower, self.closed_upper)

    def __str__(self) -> str:
        left = "[" if self.closed_lower else "("
        right = "]" if self.closed_upper else ")"
        return f"{left}{self.lower!r}, {self.upper!r}{right}"
