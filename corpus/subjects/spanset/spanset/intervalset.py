"""Sets of real numbers stored as sorted, disjoint, non-adjacent intervals."""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Iterator, Union

from .errors import EmptyIntervalError
from .interval import Interval, Number

IntervalLike = Union[Interval, tuple[Number, Number]]


def as_interval(value: IntervalLike) -> Interval:
    """Accept an :class:`Interval` or a ``(lower, upper)`` pair meaning a closed interval."""
    if isinstance(value, Interval):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return Interval.closed(value[0], value[1])
    raise TypeError(f"expected an Interval or a (lower, upper) pair, got {value!r}")


def _normalize(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for interval in sorted(intervals, key=lambda iv: iv.sort_key):
        if merged and merged[-1].is_mergeable(interval):
            merged[-1] = merged[-1].hull(interval)
        else:
            merged.append(interval)
    return merged


class IntervalSet:
    """A mutable set of points represented by its maximal intervals."""

    __slots__ = ("_items",)

    def __init__(self, intervals: Iterable[IntervalLike] = ()) -> None:
        self._items: list[Interval] = _normalize(as_interval(item) for item in intervals)

    @classmethod
    def _from_normalized(cls, intervals: list[Interval]) -> IntervalSet:
        result = cls()
        result._items = intervals
        return result

    def copy(self) -> IntervalSet:
        return IntervalSet._from_normalized(list(self._items))

    def add(self, interval: IntervalLike) -> None:
        """Insert an interval, merging it with every member it overlaps or touches."""
        new = as_interval(interval)
        before: list[Interval] = []
        after: list[Interval] = []
        for item in self._items:
            if new.is_mergeable(item):
                new = new.hull(item)
            elif item.end_key < new.start_key:
                before.append(item)
            else:
                after.append(item)
        self._items = before + [new] + after

    def discard(self, interval: IntervalLike) -> None:
        """Remove all points of ``interval``; points not present are ignored."""
        cut = as_interval(interval)
        self._items = [piece for item in self._items for piece in item.difference(cut)]

    def remove(self, interval: IntervalLike) -> None:
        """Remove ``interval``, which must be entirely contained in the set."""
        cut = as_interval(interval)
        if cut not in self:
            raise KeyError(f"{cut} is not contained in {self}")
        self.discard(cut)

    def find(self, value: Number) -> Interval | None:
        """The member interval containing the point ``value``, if any."""
        index = bisect_right(self._items, (value, 0), key=lambda iv: iv.start_key)
        if index and self._items[index - 1].contains(value):
            return self._items[index - 1]
        return None

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Interval):
            index = bisect_right(self._items, item.start_key, key=lambda iv: iv.start_key)
            return bool(index) and self._items[index - 1].issuperset(item)
        return self.find(item) is not None  # type: ignore[arg-type]

    def overlapping(self, query: IntervalLike) -> list[Interval]:
        """Members sharing at least one point with ``query``."""
        window = as_interval(query)
        return [item for item in self._items if item.overlaps(window)]

    def clip(self, window: IntervalLike) -> IntervalSet:
        """The part of the set inside ``window``."""
        return self & IntervalSet([window])

    def union(self, other: IntervalSet) -> IntervalSet:
        return IntervalSet._from_normalized(_normalize(self._items + other._items))

    def intersection(self, other: IntervalSet) -> IntervalSet:
        result: list[Interval] = []
        i = j = 0
        while i < len(self._items) and j < len(other._items):
            mine, theirs = self._items[i], other._items[j]
            piece = mine.intersection(theirs)
            if piece is not None:
                result.append(piece)
            if mine.end_key < theirs.end_key:
                i += 1
            else:
                j += 1
        return IntervalSet._from_normalized(result)

    def difference(self, other: IntervalSet) -> IntervalSet:
        pieces: list[Interval] = []
        for item in self._items:
            remaining = [item]
            for cut in other.overlapping(item):
                remaining = [part for chunk in remaining for part in chunk.difference(cut)]
            pieces.extend(remaining)
        return IntervalSet._from_normalized(pieces)

    def symmetric_difference(self, other: IntervalSet) -> IntervalSet:
        return (self - other) | (other - self)

    def complement(self, within: Interval | None = None) -> IntervalSet:
        """Points of ``within`` (the whole real line by default) not in the set."""
        universe = within if within is not None else Interval.everything()
        return IntervalSet([universe]) - self

    def gaps(self) -> list[Interval]:
        """The holes between consecutive members, left to right."""
        holes: list[Interval] = []
        for left, right in zip(self._items, self._items[1:]):
            holes.append(Interval(left.upper, right.lower, not left.closed_upper, not right.closed_lower))
        return holes

    def hull(self) -> Interval:
        """The smallest single interval covering the whole set."""
        if not self._items:
            raise EmptyIntervalError("an empty set has no hull")
        return self._items[0].hull(self._items[-1])

    def measure(self) -> Number:
        """Total length of all members."""
        return sum(item.length for item in self._items)

    def issubset(self, other: IntervalSet) -> bool:
        return not (self - other)

    def __or__(self, other: IntervalSet) -> IntervalSet:
        return self.union(other)

    def __and__(self, other: IntervalSet) -> IntervalSet:
        return self.intersection(other)

    def __sub__(self, other: IntervalSet) -> IntervalSet:
        return self.difference(other)

    def __xor__(self, other: IntervalSet) -> IntervalSet:
        return self.symmetric_difference(other)

    def __le__(self, other: IntervalSet) -> bool:
        return self.issubset(other)

    def __iter__(self) -> Iterator[Interval]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IntervalSet):
            return NotImplemented
        return self._items == other._items

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        return " | ".join(str(item) for item in self._items) if self._items else "empty"

    def __repr__(self) -> str:
        return f"IntervalSet({str(self)!r})"
