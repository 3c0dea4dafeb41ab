"""A binary-heap priority queue with addressable items.

Items are hashable and unique within a queue.  An index map from item to heap
position makes ``decrease_key``, ``increase_key`` and ``remove`` run in
logarithmic time.  Items with equal priorities come out in insertion order.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cmp_to_key
from typing import Any, Callable, Generic, Hashable, Iterable, Iterator, TypeVar

__all__ = [
    "DuplicateItemError",
    "EmptyQueueError",
    "ItemNotFoundError",
    "PriorityDirectionError",
    "PriorityQueue",
    "PriorityQueueError",
    "merge_sorted",
    "nlargest",
    "nsmallest",
]

T = TypeVar("T", bound=Hashable)

_EXHAUSTED = object()


class PriorityQueueError(Exception):
    """Base class for priority queue errors."""


class EmptyQueueError(PriorityQueueError, IndexError):
    """Raised when reading from an empty queue."""


class DuplicateItemError(PriorityQueueError, ValueError):
    """Raised when pushing an item that is already queued."""


class ItemNotFoundError(PriorityQueueError, KeyError):
    """Raised when an operation names an item that is not queued."""


class PriorityDirectionError(PriorityQueueError, ValueError):
    """Raised when decrease_key would raise a priority, or increase_key lower it."""


@dataclass(slots=True)
class _Entry:
    priority: Any
    seq: int
    item: Any


def _check_priority(priority: Any) -> None:
    if priority is None:
        raise TypeError("priority must not be None")
    if isinstance(priority, float) and math.isnan(priority):
        raise ValueError("priority must not be NaN")


class PriorityQueue(Generic[T]):
    """Min-priority queue (or max-priority with ``largest_first=True``)."""

    def __init__(self, pairs: Iterable[tuple[T, Any]] = (), *, largest_first: bool = False) -> None:
        self._largest_first = largest_first
        self._heap: list[_Entry] = []
        self._index: dict[T, int] = {}
        self._counter = 0
        for item, priority in pairs:
            self._append(item, priority)
        self._rebuild()

    @classmethod
    def heapify(cls, pairs: Iterable[tuple[T, Any]], *, largest_first: bool = False) -> PriorityQueue[T]:
        """Build a queue from ``(item, priority)`` pairs in linear time."""
        return cls(pairs, largest_first=largest_first)

    @property
    def largest_first(self) -> bool:
        return self._largest_first

    def __len__(self) -> int:
        return len(self._heap)

    def __bool__(self) -> bool:
        return bool(self._heap)

    def __contains__(self, item: object) -> bool:
        return item in self._index

    def __iter__(self) -> Iterator[T]:
        """Items in pop order, without modifying the queue."""
        return (entry.item for entry in self._ordered_entries())

    def items(self) -> list[tuple[T, Any]]:
        """``(item, priority)`` pairs in pop order."""
        return [(entry.item, entry.priority) for entry in self._ordered_entries()]

    def push(self, item: T, priority: Any) -> None:
        self._append(item, priority)
        self._sift_up(len(self._heap) - 1)

    def peek(self) -> T:
        return self._top().item

    def peek_priority(self) -> Any:
        return self._top().priority

    def pop(self) -> T:
        return self.pop_with_priority()[0]

    def pop_with_priority(self) -> tuple[T, Any]:
        top = self._top()
        self._delete_at(0)
        return top.item, top.priority

    def pushpop(self, item: T, priority: Any) -> tuple[T, Any]:
        """Push ``item`` then pop the front, faster than the two calls."""
        if item in self._index:
            raise DuplicateItemError(f"{item!r} is already queued")
        _check_priority(priority)
        if not self._heap or self._before(priority, self._heap[0].priority):
            return item, priority
        top = self._heap[0]
        del self._index[top.item]
        self._heap[0] = _Entry(priority, self._next_seq(), item)
        self._index[item] = 0
        self._sift_down(0)
        return top.item, top.priority

    def priority(self, item: T) -> Any:
        return self._heap[self._position(item)].priority

    def decrease_key(self, item: T, priority: Any) -> None:
        """Move ``item`` towards the front; the new priority may not be worse."""
        position = self._position(item)
        entry = self._heap[position]
        _check_priority(priority)
        if self._before(entry.priority, priority):
            raise PriorityDirectionError(
                f"new priority {priority!r} of {item!r} is worse than {entry.priority!r}"
            )
        entry.priority = priority
        self._sift_up(position)

    def increase_key(self, item: T, priority: Any) -> None:
        """Move ``item`` towards the back; the new priority may not be better."""
        position = self._position(item)
        entry = self._heap[position]
        _check_priority(priority)
        if self._before(priority, entry.priority):
            raise PriorityDirectionError(
                f"new priority {priority!r} of {item!r} is better than {entry.priority!r}"
            )
        entry.priority = priority
        self._sift_down(position)

    def update(self, item: T, priority: Any) -> None:
        """Set the priority of ``item`` in either direction, pushing it if absent."""
        if item not in self._index:
            self.push(item, priority)
        elif self._before(priority, self.priority(item)):
            self.decrease_key(item, priority)
        else:
            self.increase_key(item, priority)

    def remove(self, item: T) -> Any:
        """Remove ``item`` from anywhere in the queue and return its priority."""
        position = self._position(item)
        priority = self._heap[position].priority
        self._delete_at(position)
        return priority

    def clear(self) -> None:
        self._heap.clear()
        self._index.clear()

    def drain(self) -> Iterator[tuple[T, Any]]:
        """Pop every ``(item, priority)`` pair in order."""
        while self._heap:
            yield self.pop_with_priority()

    def merge(self, other: PriorityQueue[T]) -> PriorityQueue[T]:
        """A new queue holding both queues' items; ties favour ``self``'s items."""
        if other._largest_first != self._largest_first:
            raise PriorityQueueError("cannot merge a min-queue with a max-queue")
        shared = self._index.keys() & other._index.keys()
        if shared:
            raise DuplicateItemError(f"items queued in both: {', '.join(sorted(map(repr, shared)))}")
        ordered = sorted(self._heap, key=lambda e: e.seq) + sorted(other._heap, key=lambda e: e.seq)
        return PriorityQueue(
            ((entry.item, entry.priority) for entry in ordered), largest_first=self._largest_first
        )

    def _before(self, left: Any, right: Any) -> bool:
        """Whether priority ``left`` is strictly better than ``right``."""
        return left > right if self._largest_first else left < right

    def _entry_before(self, a: _Entry, b: _Entry) -> bool:
        if self._before(a.priority, b.priority):
            return True
        if self._before(b.priority, a.priority):
            return False
        return a.seq < b.seq

    def _next_seq(self) -> int:
        self._counter += 1
        return self._counter

    def _append(self, item: T, priority: Any) -> None:
        if item in self._index:
            raise DuplicateItemError(f"{item!r} is already queued")
        _check_priority(priority)
        self._index[item] = len(self._heap)
        self._heap.append(_Entry(priority, self._next_seq(), item))

    def _rebuild(self) -> None:
        for position in reversed(range(len(self._heap) // 2)):
            self._sift_down(position)

    def _top(self) -> _Entry:
        if not self._heap:
            raise EmptyQueueError("priority queue is empty")
        return self._heap[0]

    def _position(self, item: T) -> int:
        try:
            return self._index[item]
        except KeyError:
            raise ItemNotFoundError(item) from None

    def _swap(self, i: int, j: int) -> None:
        heap = self._heap
        heap[i], heap[j] = heap[j], heap[i]
        self._index[heap[i].item] = i
        self._index[heap[j].item] = j

    def _sift_up(self, position: int) -> None:
        while position > 0:
            parent = (position - 1) // 2
            if not self._entry_before(self._heap[position], self._heap[parent]):
                break
            self._swap(position, parent)
            position = parent

    def _sift_down(self, position: int) -> None:
        size = len(self._heap)
        while True:
            best = position
            for child in (2 * position + 1, 2 * position + 2):
                if child < size and self._entry_before(self._heap[child], self._heap[best]):
                    best = child
            if best == position:
                return
            self._swap(position, best)
            position = best

    def _delete_at(self, position: int) -> None:
        last = len(self._heap) - 1
        if position != last:
            self._swap(position, last)
        removed = self._heap.pop()
        del self._index[removed.item]
        if position < len(self._heap):
            self._sift_down(position)
            self._sift_up(position)

    def _ordered_entries(self) -> list[_Entry]:
        def compare(a: _Entry, b: _Entry) -> int:
            return -1 if self._entry_before(a, b) else 1

        return sorted(self._heap, key=cmp_to_key(compare))

    def __repr__(self) -> str:
        kind = "max" if self._largest_first else "min"
        return f"PriorityQueue({kind}, size={len(self._heap)})"


def _select(n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None, largest: bool) -> list[Any]:
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    if n == 0:
        return []
    keyfunc = key if key is not None else (lambda value: value)
    kept: PriorityQueue[int] = PriorityQueue(largest_first=not largest)
    values: dict[int, Any] = {}
    for index, value in enumerate(iterable):
        rank = keyfunc(value)
        tiebreak = -index if largest else index
        if len(kept) < n:
            kept.push(index, (rank, tiebreak))
            values[index] = value
            continue
        worst = kept.peek_priority()[0]
        if (rank > worst) if largest else (rank < worst):
            dropped, _ = kept.pushpop(index, (rank, tiebreak))
            del values[dropped]
            values[index] = value
    survivors = [values[index] for index, _ in kept.drain()]
    survivors.reverse()
    return survivors


def nsmallest(n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
    """The ``n`` smallest values, ascending; equal values keep their input order."""
    return _select(n, iterable, key, largest=False)


def nlargest(n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
    """The ``n`` largest values, descending; equal values keep their input order."""
    return _select(n, iterable, key, largest=True)


def merge_sorted(*iterables: Iterable[Any], key: Callable[[Any], Any] | None = None) -> Iterator[Any]:
    """Lazily merge ascending iterables; ties are taken from earlier iterables first."""
    keyfunc = key if key is not None else (lambda value: value)
    iterators = [iter(source) for source in iterables]
    heads: PriorityQueue[int] = PriorityQueue()
    current: dict[int, Any] = {}

    def advance(number: int) -> None:
        value = next(iterators[number], _EXHAUSTED)
        if value is not _EXHAUSTED:
            current[number] = value
            heads.push(number, (keyfunc(value), number))

    for number in range(len(iterators)):
        advance(number)
    while heads:
        number = heads.pop()
        yield current.pop(number)
        advance(number)
