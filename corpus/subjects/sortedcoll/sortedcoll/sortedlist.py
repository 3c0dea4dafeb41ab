"""A list that keeps its values sorted, optionally by a key function."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar, overload

from .ranges import key_range, ordered, slice_range

T = TypeVar("T")


def _identity(value: Any) -> Any:
    return value


class SortedList(Generic[T]):
    """Values kept in ascending order of ``key(value)``.

    Values with equal keys keep the order in which they were added.
    Positional writes such as ``append`` or item assignment are not offered
    because they could break the ordering.
    """

    def __init__(self, iterable: Iterable[T] = (), *, key: Callable[[T], Any] | None = None) -> None:
        self._key_func = key
        self._key: Callable[[T], Any] = key if key is not None else _identity
        self._items: list[T] = []
        self._keys: list[Any] = []
        self.update(iterable)

    @property
    def key(self) -> Callable[[T], Any] | None:
        return self._key_func

    def add(self, value: T) -> int:
        """Insert ``value`` after any values with an equal key; return its position."""
        value_key = self._key(value)
        position = bisect_right(self._keys, value_key)
        self._keys.insert(position, value_key)
        self._items.insert(position, value)
        return position

    def update(self, iterable: Iterable[T]) -> None:
        """Add every value from ``iterable``."""
        incoming = list(iterable)
        if not incoming:
            return
        self._items = sorted(self._items + incoming, key=self._key)
        self._keys = [self._key(item) for item in self._items]

    def _locate(self, value: T) -> int:
        value_key = self._key(value)
        low = bisect_left(self._keys, value_key)
        high = bisect_right(self._keys, value_key)
        for position in range(low, high):
            if self._items[position] == value:
                return position
        return -1

    def __contains__(self, value: object) -> bool:
        return self._locate(value) >= 0  # type: ignore[arg-type]

    def discard(self, value: T) -> bool:
        """Remove one occurrence of ``value`` if present; return whether it was."""
        position = self._locate(value)
        if position < 0:
            return False
        del self._items[position]
        del self._keys[position]
        return True

    def remove(self, value: T) -> None:
        """Remove one occurrence of ``value``, raising ValueError when absent."""
        if not self.discard(value):
            raise ValueError(f"{value!r} is not in the sorted list")

    def pop(self, index: int = -1) -> T:
        if not self._items:
            raise IndexError("pop from an empty sorted list")
        value = self._items.pop(index)
        del self._keys[index]
        return value

    def clear(self) -> None:
        self._items.clear()
        self._keys.clear()

    def index(self, value: T, start: int | None = None, stop: int | None = None) -> int:
        """Position of the first occurrence of ``value`` within ``[start:stop]``."""
        window = slice_range(len(self._items), start, stop)
        value_key = self._key(value)
        low = max(bisect_left(self._keys, value_key), window.start)
        high = min(bisect_right(self._keys, value_key), window.stop)
        for position in range(low, high):
            if self._items[position] == value:
                return position
        raise ValueError(f"{value!r} is not in the sorted list")

    def count(self, value: T) -> int:
        value_key = self._key(value)
        low = bisect_left(self._keys, value_key)
        high = bisect_right(self._keys, value_key)
        return sum(1 for position in range(low, high) if self._items[position] == value)

    def bisect_left(self, value: T) -> int:
        return bisect_left(self._keys, self._key(value))

    def bisect_right(self, value: T) -> int:
        return bisect_right(self._keys, self._key(value))

    def bisect_key_left(self, key: Any) -> int:
        return bisect_left(self._keys, key)

    def bisect_key_right(self, key: Any) -> int:
        return bisect_right(self._keys, key)

    def irange(
        self,
        minimum: T | None = None,
        maximum: T | None = None,
        inclusive: tuple[bool, bool] = (True, True),
        reverse: bool = False,
    ) -> Iterator[T]:
        """Values between ``minimum`` and ``maximum`` (compared through the key)."""
        low = None if minimum is None else self._key(minimum)
        high = None if maximum is None else self._key(maximum)
        return self.irange_key(low, high, inclusive, reverse)

    def irange_key(
        self,
        min_key: Any = None,
        max_key: Any = None,
        inclusive: tuple[bool, bool] = (True, True),
        reverse: bool = False,
    ) -> Iterator[T]:
        """Values whose keys lie between ``min_key`` and ``max_key``."""
        positions = key_range(self._keys, min_key, max_key, inclusive)
        return (self._items[position] for position in ordered(positions, reverse))

    def islice(self, start: int | None = None, stop: int | None = None, reverse: bool = False) -> Iterator[T]:
        """Values at positions ``[start:stop]``, optionally from the back."""
        positions = slice_range(len(self._items), start, stop)
        return (self._items[position] for position in ordered(positions, reverse))

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._items[index]

    def __delitem__(self, index: int | slice) -> None:
        del self._items[index]
        del self._keys[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __reversed__(self) -> Iterator[T]:
        return reversed(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SortedList):
            return self._items == other._items
        if isinstance(other, list):
            return self._items == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: Iterable[T]) -> SortedList[T]:
        result = self.copy()
        result.update(other)
        return result

    def copy(self) -> SortedList[T]:
        clone: SortedList[T] = SortedList(key=self._key_func)
        clone._items = list(self._items)
        clone._keys = list(self._keys)
        return clone

    def __repr__(self) -> str:
        if self._key_func is None:
            return f"SortedList({self._items!r})"
        name = getattr(self._key_func, "__name__", repr(self._key_func))
        return f"SortedList({self._items!r}, key={name})"
