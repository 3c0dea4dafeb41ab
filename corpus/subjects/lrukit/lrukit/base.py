"""Shared machinery for the bounded caches."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Callable, Generic, Hashable, Iterator, TypeVar

from .errors import InvalidCapacityError, ItemTooLargeError
from .stats import CacheStats

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MISSING: Any = object()

EvictionCallback = Callable[[Any, Any], None]
Weigher = Callable[[Any, Any], int]


def _check_limit(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidCapacityError(f"{name} must be an int, got {type(value).__name__}")
    if value < 1:
        raise InvalidCapacityError(f"{name} must be positive, got {value}")
    return value


class BoundedCache(ABC, Generic[K, V]):
    """A mapping-like cache limited by entry count and, optionally, total weight.

    Subclasses decide which entry is evicted when a limit is exceeded by
    implementing the bookkeeping hooks and :meth:`_choose_victim`.
    """

    def __init__(
        self,
        capacity: int,
        *,
        max_weight: int | None = None,
        weigher: Weigher | None = None,
        on_evict: EvictionCallback | None = None,
    ) -> None:
        self._capacity = _check_limit("capacity", capacity)
        self._max_weight = None if max_weight is None else _check_limit("max_weight", max_weight)
        if weigher is not None and max_weight is None:
            raise InvalidCapacityError("a weigher requires max_weight")
        self._weigher = weigher
        self._on_evict = on_evict
        self._data: dict[K, V] = {}
        self._weights: dict[K, int] = {}
        self._total_weight = 0
        self._stats = CacheStats()

    @property
    def capacity(self) -> int:
        """Maximum number of entries."""
        return self._capacity

    @property
    def max_weight(self) -> int | None:
        """Maximum total weight, or ``None`` when only the entry count is limited."""
        return self._max_weight

    @property
    def total_weight(self) -> int:
        """Sum of the weights of all stored entries."""
        return self._total_weight

    @property
    def stats(self) -> CacheStats:
        """Live usage counters."""
        return self._stats

    def __len__(self) -> int:
        self._refresh()
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return self._lookup(key)

    def __iter__(self) -> Iterator[K]:
        return iter(self.keys())

    def __getitem__(self, key: K) -> V:
        value = self.get(key, MISSING)
        if value is MISSING:
            raise KeyError(key)
        return value

    def __setitem__(self, key: K, value: V) -> None:
        self.put(key, value)

    def __delitem__(self, key: K) -> None:
        if not self._lookup(key):
            raise KeyError(key)
        self._discard(key)

    def get(self, key: K, default: Any = None) -> Any:
        """Return the value for ``key``, counting a hit or a miss."""
        if self._lookup(key):
            self._stats.hits += 1
            self._on_access(key)
            return self._data[key]
        self._stats.misses += 1
        return default

    def peek(self, key: K, default: Any = None) -> Any:
        """Return the value for ``key`` without touching statistics or order."""
        if self._lookup(key):
            return self._data[key]
        return default

    def put(self, key: K, value: V) -> None:
        """Store ``value`` under ``key`` and evict entries until limits hold."""
        weight = self._weigh(key, value)
        if self._max_weight is not None and weight > self._max_weight:
            raise ItemTooLargeError(key, weight, self._max_weight)
        if self._lookup(key):
            self._total_weight -= self._weights[key]
            self._on_update(key)
        else:
            self._on_insert(key)
        self._data[key] = value
        self._weights[key] = weight
        self._total_weight += weight
        self._enforce_limits(protect=key)

    def pop(self, key: K, default: Any = MISSING) -> Any:
        """Remove ``key`` and return its value, or ``default`` when absent."""
        if self._lookup(key):
            return self._discard(key)
        if default is MISSING:
            raise KeyError(key)
        return default

    def clear(self) -> None:
        """Remove every entry without counting evictions."""
        for key in list(self._data):
            self._discard(key)

    @abstractmethod
    def keys(self) -> list[K]:
        """Stored keys, in the order the eviction policy would remove them."""

    def items(self) -> list[tuple[K, V]]:
        """Stored ``(key, value)`` pairs in eviction order."""
        return [(key, self._data[key]) for key in self.keys()]

    def resize(self, capacity: int) -> list[K]:
        """Change the entry limit, returning the keys evicted to satisfy it."""
        self._capacity = _check_limit("capacity", capacity)
        return self._enforce_limits(protect=MISSING)

    def _weigh(self, key: K, value: V) -> int:
        if self._weigher is None:
            return 1
        weight = self._weigher(key, value)
        if isinstance(weight, bool) or not isinstance(weight, int) or weight < 0:
            raise ValueError(f"weigher returned {weight!r} for {key!r}; expected an int >= 0")
        return weight

    def _over_limit(self) -> bool:
        if len(self._data) > self._capacity:
            return True
        return self._max_weight is not None and self._total_weight > self._max_weight

    def _enforce_limits(self, protect: Any) -> list[K]:
        evicted: list[K] = []
        while self._over_limit():
            victim = self._choose_victim(protect)
            value = self._discard(victim)
            self._stats.evictions += 1
            evicted.append(victim)
            if self._on_evict is not None:
                self._on_evict(victim, value)
        return evicted

    def _discard(self, key: K) -> V:
        value = self._data.pop(key)
        self._total_weight -= self._weights.pop(key)
        self._on_remove(key)
        return value

    def _lookup(self, key: object) -> bool:
        return key in self._data

    def _refresh(self) -> None:
        """Drop entries that are no longer valid; nothing to do by default."""

    @abstractmethod
    def _on_insert(self, key: K) -> None:
        """Record a key that was just added."""

    @abstractmethod
    def _on_update(self, key: K) -> None:
        """Record that an existing key was overwritten."""

    @abstractmethod
    def _on_access(self, key: K) -> None:
        """Record a successful lookup."""

    @abstractmethod
    def _on_remove(self, key: K) -> None:
        """Forget a key that left the cache."""

    @abstractmethod
    def _choose_victim(self, protect: Any) -> K:
        """Pick the next key to evict, never ``protect``."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(capacity={self._capacity}, size={len(self._data)})"
