"""Memoization decorator backed by any lrukit cache."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable, Hashable, TypeVar

from .base import MISSING, BoundedCache
from .errors import ItemTooLargeError
from .lru import LRUCache

F = TypeVar("F", bound=Callable[..., Any])
KeyFunc = Callable[..., Hashable]


class _KeywordMark:
    """Separates positional from keyword arguments inside a key."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<kw>"


KW_MARK = _KeywordMark()


def hashkey(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """Key built from the arguments; keyword order does not matter."""
    if not kwargs:
        return args
    return args + (KW_MARK,) + tuple(sorted(kwargs.items()))


def typedkey(*args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """Like :func:`hashkey`, but ``1`` and ``1.0`` give different keys."""
    key = hashkey(*args, **kwargs)
    types = tuple(type(arg) for arg in args)
    types += tuple(type(value) for _, value in sorted(kwargs.items()))
    return key + types


def methodkey(_self: Any, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """Key for methods that ignores the instance the method is bound to."""
    return hashkey(*args, **kwargs)


@dataclass(frozen=True)
class MemoInfo:
    """Summary of a memoized function's cache."""

    hits: int
    misses: int
    evictions: int
    size: int
    capacity: int
    bypassed: int
    oversized: int


def memoize(
    func_or_cache: Any = None,
    *,
    key: KeyFunc = hashkey,
    maxsize: int = 128,
) -> Any:
    """Cache a function's results.

    Usable bare (``@memoize``), with options (``@memoize(maxsize=10)``) or with
    an explicit cache (``@memoize(LFUCache(10))``).  Calls whose key cannot be
    hashed run uncached and are counted as *bypassed*; results that are too
    heavy for a weighted cache are returned but not stored.
    """

    def decorator(func: F, store: BoundedCache[Any, Any]) -> F:
        counters = {"bypassed": 0, "oversized": 0}

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                cache_key = key(*args, **kwargs)
                hash(cache_key)
            except TypeError:
                counters["bypassed"] += 1
                return func(*args, **kwargs)
            result = store.get(cache_key, MISSING)
            if result is not MISSING:
                return result
            result = func(*args, **kwargs)
            try:
                store.put(cache_key, result)
            except ItemTooLargeError:
                counters["oversized"] += 1
            return result

        def cache_info() -> MemoInfo:
            stats = store.stats
            return MemoInfo(
                hits=stats.hits,
                misses=stats.misses,
                evictions=stats.evictions,
                size=len(store),
                capacity=store.capacity,
                bypassed=counters["bypassed"],
                oversized=counters["oversized"],
            )

        def cache_clear() -> None:
            store.clear()
            store.stats.reset()
            counters["bypassed"] = 0
            counters["oversized"] = 0

        wrapper.cache = store  # type: ignore[attr-defined]
        wrapper.cache_info = cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    if isinstance(func_or_cache, BoundedCache):
        return lambda func: decorator(func, func_or_cache)
    if func_or_cache is None:
        return lambda func: decorator(func, LRUCache(maxsize))
    if callable(func_or_cache):
        return decorator(func_or_cache, LRUCache(maxsize))
    raise TypeError(f"memoize expects a function or a cache, got {type(func_or_cache).__name__}")
