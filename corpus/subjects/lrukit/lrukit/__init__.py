"""Bounded in-memory caches with statistics and a memoization decorator."""
from .base import BoundedCache
from .clock import ManualClock
from .errors import CacheError, InvalidCapacityError, InvalidTTLError, ItemTooLargeError
from .lru import LFUCache, LRUCache
from .memo import MemoInfo, hashkey, memoize, methodkey, typedkey
from .stats import CacheStats
from .ttl import TTLCache

__all__ = [
    "BoundedCache",
    "CacheError",
    "CacheStats",
    "InvalidCapacityError",
    "InvalidTTLError",
    "ItemTooLargeError",
    "LFUCache",
    "LRUCache",
    "ManualClock",
    "MemoInfo",
    "TTLCache",
    "hashkey",
    "memoize",
    "methodkey",
    "typedkey",
]
