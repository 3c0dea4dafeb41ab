"""A dictionary that iterates over its keys in sorted order."""
from __future__ import annotations

from typing import Any, Callable, Generic, Iterator, MutableMapping, TypeVar

from .sortedlist import SortedList
from .views import SortedItemsView, SortedKeysView, SortedValuesView

K = TypeVar("K")
V = TypeVar("V")

_MISSING: Any = object()


class SortedDict(MutableMapping[K, V], Generic[K, V]):
    """A dict whose keys are kept sorted by ``key(k)`` (the keys themselves by default)."""

    def __init__(self, data: Any = (), *, key: Callable[[K], Any] | None = None, **kwargs: V) -> None:
        self._data: dict[K, V] = {}
        self._keys: SortedList[K] = SortedList(key=key)
        self.update(data, **kwargs)

    @property
    def key(self) -> Callable[[K], Any] | None:
        return self._keys.key

    @property
    def sorted_keys(self) -> SortedList[K]:
        """The underlying sorted list of keys (do not modify)."""
        return self._keys

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __setitem__(self, key: K, value: V) -> None:
        if key not in self._data:
            self._keys.add(key)
        self._data[key] = value

    def __delitem__(self, key: K) -> None:
        del self._data[key]
        self._keys.remove(key)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[K]:
        return iter(self._keys)

    def __reversed__(self) -> Iterator[K]:
        return reversed(self._keys)

    def __len__(self) -> int:
        return len(self._data)

    def keys(self) -> SortedKeysView:  # type: ignore[override]
        return SortedKeysView(self)

    def values(self) -> SortedValuesView:  # type: ignore[override]
        return SortedValuesView(self)

    def items(self) -> SortedItemsView:  # type: ignore[override]
        return SortedItemsView(self)

    def clear(self) -> None:
        self._data.clear()
        self._keys.clear()

    def copy(self) -> SortedDict[K, V]:
        clone: SortedDict[K, V] = SortedDict(key=self._keys.key)
        clone._data = dict(self._data)
        clone._keys = self._keys.copy()
        return clone

    def index(self, key: K) -> int:
        """Position of ``key`` in sorted order."""
        if key not in self._data:
            raise KeyError(key)
        return self._keys.index(key)

    def peekitem(self, index: int = -1) -> tuple[K, V]:
        """The ``(key, value)`` pair at a sorted position (the largest by default)."""
        if not self._data:
            raise KeyError("peekitem(): dictionary is empty")
        key = self._keys[index]
        return key, self._data[key]

    def popitem(self, index: int = -1) -> tuple[K, V]:  # type: ignore[override]
        """Remove and return the pair at a sorted position (the largest by default)."""
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = self._keys.pop(index)
        return key, self._data.pop(key)

    def bisect_left(self, key: K) -> int:
        return self._keys.bisect_left(key)

    def bisect_right(self, key: K) -> int:
        return self._keys.bisect_right(key)

    def irange(
        self,
        minimum: K | None = None,
        maximum: K | None = None,
        inclusive: tuple[bool, bool] = (True, True),
        reverse: bool = False,
    ) -> Iterator[K]:
        """Keys between ``minimum`` and ``maximum``."""
        return self._keys.irange(minimum, maximum, inclusive, reverse)

    def irange_items(
        self,
        minimum: K | None = None,
        maximum: K | None = None,
        inclusive: tuple[bool, bool] = (True, True),
        reverse: bool = False,
    ) -> Iterator[tuple[K, V]]:
        """``(key, value)`` pairs whose keys lie between ``minimum`` and ``maximum``."""
        return ((key, self._data[key]) for key in self.irange(minimum, maximum, inclusive, reverse))

    def _neighbour(self, position: int, default: Any) -> Any:
        if 0 <= position < len(self._keys):
            return self._keys[position]
        if default is _MISSING:
            raise KeyError("no such key")
        return default

    def floor_key(self, key: K, default: Any = _MISSING) -> K:
        """The greatest key less than or equal to ``key``."""
        return self._neighbour(self._keys.bisect_right(key) - 1, default)

    def ceiling_key(self, key: K, default: Any = _MISSING) -> K:
        """The least key greater than or equal to ``key``."""
        return self._neighbour(self._keys.bisect_left(key), default)

    def lower_key(self, key: K, default: Any = _MISSING) -> K:
        """The greatest key strictly less than ``key``."""
        return self._neighbour(self._keys.bisect_left(key) - 1, default)

    def higher_key(self, key: K, default: Any = _MISSING) -> K:
        """The least key strictly greater than ``key``."""
        return self._neighbour(self._keys.bisect_right(key), default)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SortedDict):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        body = ", ".join(f"{key!r}: {self._data[key]!r}" for key in self._keys)
        return f"SortedDict({{{body}}})"
