"""A least-recently-used cache whose entries also expire after a time-to-live."""
from __future__ import annotations

import time
from typing import Any

from .base import K, V
from .clock import Clock
from .errors import InvalidTTLError
from .lru import LRUCache


def _check_ttl(ttl: object) -> float:
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)):
        raise InvalidTTLError(f"ttl must be a number, got {type(ttl).__name__}")
    if ttl <= 0:
        raise InvalidTTLError(f"ttl must be positive, got {ttl}")
    return float(ttl)


class TTLCache(LRUCache[K, V]):
    """Entries expire ``ttl`` seconds after they were last written.

    Expired entries count as misses and as expirations, never as evictions.
    When the cache is full, expired entries are purged before any live entry
    is evicted.
    """

    def __init__(self, capacity: int, ttl: float, *, clock: Clock = time.monotonic, **options: Any) -> None:
        super().__init__(capacity, **options)
        self._ttl = _check_ttl(ttl)
        self._clock = clock
        self._expires: dict[K, float] = {}

    @property
    def ttl(self) -> float:
        """Default lifetime of an entry in seconds."""
        return self._ttl

    def put(self, key: K, value: V, ttl: float | None = None) -> None:
        """Store ``value`` for ``ttl`` seconds (the cache default when omitted)."""
        lifetime = self._ttl if ttl is None else _check_ttl(ttl)
        self.expire()
        super().put(key, value)
        self._expires[key] = self._clock() + lifetime

    def touch(self, key: K, ttl: float | None = None) -> float:
        """Restart the lifetime of a live entry and return its new expiry time."""
        lifetime = self._ttl if ttl is None else _check_ttl(ttl)
        if not self._lookup(key):
            raise KeyError(key)
        self._expires[key] = self._clock() + lifetime
        return self._expires[key]

    def ttl_remaining(self, key: K) -> float:
        """Seconds left before ``key`` expires."""
        if not self._lookup(key):
            raise KeyError(key)
        return self._expires[key] - self._clock()

    def expire(self) -> int:
        """Remove every expired entry and return how many were removed."""
        now = self._clock()
        stale = [key for key, deadline in self._expires.items() if deadline <= now]
        for key in stale:
            self._expire(key)
        return len(stale)

    def _expire(self, key: K) -> None:
        self._discard(key)
        self._stats.expirations += 1

    def _lookup(self, key: object) -> bool:
        if key not in self._data:
            return False
        if self._expires[key] <= self._clock():  # type: ignore[index]
            self._expire(key)  # type: ignore[arg-type]
            return False
        return True

    def _refresh(self) -> None:
        self.expire()

    def _on_remove(self, key: K) -> None:
        super()._on_remove(key)
        self._expires.pop(key, None)
