"""A fixed-capacity ring buffer and sliding-window statistics built on it."""
from __future__ import annotations

import math
from collections import deque
from enum import Enum
from typing import Any, Generic, Iterable, Iterator, TypeVar, overload

__all__ = [
    "BufferEmptyError",
    "BufferFullError",
    "OverflowPolicy",
    "RingBuffer",
    "RingBufferError",
    "SlidingWindow",
    "Statistic",
    "rolling",
]

T = TypeVar("T")


class RingBufferError(Exception):
    """Base class for ring buffer errors."""


class BufferFullError(RingBufferError):
    """Raised when appending to a full buffer whose policy is REJECT."""


class BufferEmptyError(RingBufferError, IndexError):
    """Raised when removing or reading from an empty buffer."""


class OverflowPolicy(Enum):
    """What ``append`` does when the buffer is full."""

    OVERWRITE = "overwrite"
    REJECT = "reject"


def _check_capacity(capacity: object) -> int:
    if isinstance(capacity, bool) or not isinstance(capacity, int):
        raise TypeError(f"capacity must be an int, got {type(capacity).__name__}")
    if capacity < 1:
        raise ValueError(f"capacity must be at least 1, got {capacity}")
    return capacity


class RingBuffer(Generic[T]):
    """Holds at most ``capacity`` items, indexed from oldest (0) to newest (-1)."""

    def __init__(
        self,
        capacity: int,
        items: Iterable[T] = (),
        *,
        policy: OverflowPolicy | str = OverflowPolicy.OVERWRITE,
    ) -> None:
        self._capacity = _check_capacity(capacity)
        self._policy = OverflowPolicy(policy)
        self._slots: list[Any] = [None] * self._capacity
        self._head = 0
        self._size = 0
        self._dropped = 0
        self.extend(items)

    @property
    def capacity(self) -> int:
        return self._capacity

    @property
    def policy(self) -> OverflowPolicy:
        return self._policy

    @property
    def dropped(self) -> int:
        """How many items have been overwritten since creation."""
        return self._dropped

    @property
    def is_full(self) -> bool:
        return self._size == self._capacity

    def __len__(self) -> int:
        return self._size

    def __bool__(self) -> bool:
        return self._size > 0

    def _physical(self, logical: int) -> int:
        return (self._head + logical) % self._capacity

    def append(self, item: T) -> bool:
        """Add ``item`` as the newest element; return whether an old item was overwritten."""
        if self._size < self._capacity:
            self._slots[self._physical(self._size)] = item
            self._size += 1
            return False
        if self._policy is OverflowPolicy.REJECT:
            raise BufferFullError(f"buffer of capacity {self._capacity} is full")
        self._slots[self._head] = item
        self._head = (self._head + 1) % self._capacity
        self._dropped += 1
        return True

    def extend(self, items: Iterable[T]) -> int:
        """Append every item and return how many old items were overwritten."""
        return sum(1 for item in items if self.append(item))

    def popleft(self) -> T:
        """Remove and return the oldest item."""
        if not self._size:
            raise BufferEmptyError("pop from an empty ring buffer")
        item = self._slots[self._head]
        self._slots[self._head] = None
        self._head = (self._head + 1) % self._capacity
        self._size -= 1
        return item

    def pop(self) -> T:
        """Remove and return the newest item."""
        if not self._size:
            raise BufferEmptyError("pop from an empty ring buffer")
        index = self._physical(self._size - 1)
        item = self._slots[index]
        self._slots[index] = None
        self._size -= 1
        return item

    @property
    def oldest(self) -> T:
        return self[0]

    @property
    def newest(self) -> T:
        return self[-1]

    def _normalize_index(self, index: int) -> int:
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError(f"indices must be integers or slices, not {type(index).__name__}")
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            if not self._size:
                raise BufferEmptyError("index into an empty ring buffer")
            raise IndexError(f"ring buffer index out of range for size {self._size}")
        return index

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._slots[self._physical(i)] for i in range(*index.indices(self._size))]
        return self._slots[self._physical(self._normalize_index(index))]

    def __setitem__(self, index: int, item: T) -> None:
        self._slots[self._physical(self._normalize_index(index))] = item

    def __iter__(self) -> Iterator[T]:
        for offset in range(self._size):
            yield self._slots[self._physical(offset)]

    def __reversed__(self) -> Iterator[T]:
        for offset in range(self._size - 1, -1, -1):
            yield self._slots[self._physical(offset)]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RingBuffer):
            return NotImplemented
        return self._capacity == other._capacity and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def to_list(self) -> list[T]:
        return list(self)

    def clear(self) -> None:
        self._slots = [None] * self._capacity
        self._head = 0
        self._size = 0

    def resize(self, capacity: int) -> list[T]:
        """Change the capacity, keeping the newest items; return the items dropped."""
        capacity = _check_capacity(capacity)
        items = list(self)
        cut = max(0, len(items) - capacity)
        self._capacity = capacity
        self.clear()
        for item in items[cut:]:
            self.append(item)
        return items[:cut]

    def __repr__(self) -> str:
        return f"RingBuffer({self._capacity}, {list(self)!r}, policy={self._policy.value!r})"


class Statistic(Enum):
    SUM = "sum"
    MEAN = "mean"
    MIN = "min"
    MAX = "max"
    VARIANCE = "variance"


def _check_value(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"window values must be numbers, got {type(value).__name__}")
    if math.isnan(value) or math.isinf(value):
        raise ValueError(f"window values must be finite, got {value}")
    return value


class SlidingWindow:
    """Statistics over the most recent ``size`` numbers, updated in O(1) amortised time."""

    def __init__(self, size: int) -> None:
        self._buffer: RingBuffer[float] = RingBuffer(size)
        self._sum: float = 0
        self._sum_squares: float = 0
        self._seen = 0
        self._minima: deque[tuple[int, float]] = deque()
        self._maxima: deque[tuple[int, float]] = deque()

    @property
    def size(self) -> int:
        return self._buffer.capacity

    @property
    def count(self) -> int:
        """Number of values currently inside the window."""
        return len(self._buffer)

    @property
    def is_ready(self) -> bool:
        """Whether the window has been filled at least once."""
        return self._buffer.is_full

    def push(self, value: float) -> None:
        value = _check_value(value)
        if self._buffer.is_full:
            leaving = self._buffer.oldest
            self._sum -= leaving
            self._sum_squares -= leaving * leaving
        self._buffer.append(value)
        self._sum += value
        self._sum_squares += value * value
        position = self._seen
        self._seen += 1
        while self._minima and self._minima[-1][1] >= value:
            self._minima.pop()
        self._minima.append((position, value))
        while self._maxima and self._maxima[-1][1] <= value:
            self._maxima.pop()
        self._maxima.append((position, value))
        first_inside = self._seen - self.size
        if self._minima[0][0] < first_inside:
            self._minima.popleft()
        if self._maxima[0][0] < first_inside:
            self._maxima.popleft()

    def _require_values(self) -> None:
        if not self._buffer:
            raise BufferEmptyError("the window holds no values")

    @property
    def sum(self) -> float:
        return self._sum

    @property
    def mean(self) -> float:
        self._require_values()
        return self._sum / self.count

    @property
    def min(self) -> float:
        self._require_values()
        return self._minima[0][1]

    @property
    def max(self) -> float:
        self._require_values()
        return self._maxima[0][1]

    @property
    def variance(self) -> float:
        """Population variance of the values in the window."""
        mean = self.mean
        return max(0.0, self._sum_squares / self.count - mean * mean)

    def values(self) -> list[float]:
        return self._buffer.to_list()

    def statistic(self, which: Statistic | str) -> float:
        return getattr(self, Statistic(which).value)


def rolling(
    values: Iterable[float],
    size: int,
    statistic: Statistic | str = Statistic.MEAN,
    *,
    partial: bool = False,
) -> Iterator[float]:
    """Yield ``statistic`` of each window of ``size`` consecutive values.

    With ``partial=True`` the leading, not yet full windows are reported too.
    """
    which = Statistic(statistic)
    window = SlidingWindow(size)
    for value in values:
        window.push(value)
        if partial or window.is_ready:
            yield window.statistic(which)
