import pytest

from lrukit import LFUCache, LRUCache, ManualClock, TTLCache


@pytest.fixture
def clock():
    return ManualClock(100.0)


@pytest.fixture
def lru():
    cache = LRUCache(3)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)
    return cache


@pytest.fixture
def lfu():
    return LFUCache(3)


@pytest.fixture
def ttl_cache(clock):
    return TTLCache(3, ttl=10, clock=clock)


@pytest.fixture
def evicted():
    return []
