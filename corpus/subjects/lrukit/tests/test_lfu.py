import pytest

from lrukit import LFUCache


def test_evicts_least_frequent(lfu):
    lfu.put("a", 1)
    lfu.put("b", 2)
    lfu.put("c", 3)
    lfu.get("a")
    lfu.get("a")
    lfu.get("c")
    lfu.put("d", 4)
    assert "b" not in lfu
    assert lfu.keys() == ["d", "c", "a"]


def test_ties_evict_oldest(lfu):
    for key in "abc":
        lfu.put(key, key)
    lfu.put("d", "d")
    assert lfu.keys() == ["b", "c", "d"]


def test_new_entry_is_not_evicted_immediately():
    cache = LFUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.get("b")
    cache.put("c", 3)
    assert cache.keys() == ["c", "b"]
    assert cache.frequency("c") == 1


def test_frequency_counts_reads_and_writes(lfu):
    lfu.put("a", 1)
    lfu.get("a")
    lfu.put("a", 2)
    assert lfu.frequency("a") == 3
    with pytest.raises(KeyError):
        lfu.frequency("zz")


def test_remove_keeps_buckets_consistent(lfu):
    lfu.put("a", 1)
    lfu.put("b", 2)
    lfu.get("b")
    lfu.pop("a")
    lfu.put("c", 3)
    lfu.put("d", 4)
    lfu.put("e", 5)
    assert lfu.keys() == ["d", "e", "b"]
    assert lfu.stats.evictions == 1


def test_miss_does_not_change_frequency(lfu):
    lfu.put("a", 1)
    lfu.get("b")
    assert lfu.frequency("a") == 1
    assert lfu.stats.misses == 1


def test_resize(lfu):
    for key in "abc":
        lfu.put(key, key)
    lfu.get("c")
    lfu.get("c")
    lfu.get("b")
    assert lfu.resize(1) == ["a", "b"]
    assert lfu.keys() == ["c"]


def test_clear(lfu):
    lfu.put("a", 1)
    lfu.get("a")
    lfu.clear()
    assert lfu.keys() == []
    lfu.put("a", 1)
    assert lfu.frequency("a") == 1
