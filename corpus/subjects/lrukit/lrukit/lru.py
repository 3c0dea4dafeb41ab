"""Least-recently-used and least-frequently-used caches."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

from .base import BoundedCache, K, V


class LRUCache(BoundedCache[K, V]):
    """Evicts the entry that was read or written least recently."""

    def __init__(self, capacity: int, **options: Any) -> None:
        super().__init__(capacity, **options)
        self._order: OrderedDict[K, None] = OrderedDict()

    def _on_insert(self, key: K) -> None:
        self._order[key] = None

    def _on_update(self, key: K) -> None:
        self._order.move_to_end(key)

    def _on_access(self, key: K) -> None:
        self._order.move_to_end(key)

    def _on_remove(self, key: K) -> None:
        del self._order[key]

    def _choose_victim(self, protect: Any) -> K:
        return next(key for key in self._order if key != protect)

    def keys(self) -> list[K]:
        self._refresh()
        return list(self._order)

    def most_recent(self) -> K:
        """The key that would be evicted last."""
        self._refresh()
        if not self._order:
            raise KeyError("cache is empty")
        return next(reversed(self._order))


class LFUCache(BoundedCache[K, V]):
    """Evicts the least frequently used entry, oldest first among equals."""

    def __init__(self, capacity: int, **options: Any) -> None:
        super().__init__(capacity, **options)
        self._freq: dict[K, int] = {}
        self._buckets: dict[int, OrderedDict[K, None]] = {}

    def frequency(self, key: K) -> int:
        """How many times ``key`` was written or read since it was inserted."""
        if not self._lookup(key):
            raise KeyError(key)
        return self._freq[key]

    def _link(self, key: K, count: int) -> None:
        self._freq[key] = count
        self._buckets.setdefault(count, OrderedDict())[key] = None

    def _unlink(self, key: K, count: int) -> None:
        bucket = self._buckets[count]
        del bucket[key]
        if not bucket:
            del self._buckets[count]

    def _bump(self, key: K) -> None:
        count = self._freq[key]
        self._unlink(key, count)
        self._link(key, count + 1)

    def _on_insert(self, key: K) -> None:
        self._link(key, 1)

    def _on_update(self, key: K) -> None:
        self._bump(key)

    def _on_access(self, key: K) -> None:
        self._bump(key)

    def _on_remove(self, key: K) -> None:
        self._unlink(key, self._freq.pop(key))

    def _choose_victim(self, protect: Any) -> K:
        return next(key for key in self.keys() if key != protect)

    def keys(self) -> list[K]:
        return [key for count in sorted(self._buckets) for key in self._buckets[count]]
