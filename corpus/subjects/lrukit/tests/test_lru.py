import pytest

from lrukit import InvalidCapacityError, ItemTooLargeError, LRUCache


def test_keys_in_insertion_order(lru):
    assert lru.keys() == ["a", "b", "c"]
    assert list(lru) == ["a", "b", "c"]
    assert len(lru) == 3


def test_get_refreshes_recency(lru):
    assert lru.get("a") == 1
    lru.put("d", 4)
    assert lru.keys() == ["c", "a", "d"]
    assert "b" not in lru
    assert lru.stats.evictions == 1


def test_update_refreshes_recency_without_growth(lru):
    lru.put("a", 10)
    assert len(lru) == 3
    assert lru.keys() == ["b", "c", "a"]
    assert lru["a"] == 10


def test_peek_changes_nothing(lru):
    assert lru.peek("a") == 1
    assert lru.peek("zz", "none") == "none"
    assert lru.keys() == ["a", "b", "c"]
    assert lru.stats.lookups == 0


def test_hits_and_misses_counted(lru):
    lru.get("a")
    lru.get("b")
    lru.get("missing")
    assert (lru.stats.hits, lru.stats.misses) == (2, 1)
    assert lru.get("missing", 42) == 42


def test_contains_does_not_count(lru):
    assert "a" in lru
    assert "q" not in lru
    assert lru.stats.lookups == 0


def test_getitem_missing_raises(lru):
    with pytest.raises(KeyError):
        lru["nope"]
    assert lru.stats.misses == 1


def test_delitem_and_pop(lru):
    del lru["b"]
    assert lru.keys() == ["a", "c"]
    assert lru.pop("a") == 1
    assert lru.pop("a", "gone") == "gone"
    with pytest.raises(KeyError):
        lru.pop("a")
    with pytest.raises(KeyError):
        del lru["zz"]
    assert lru.stats.evictions == 0


def test_setitem(lru):
    lru["z"] = 26
    assert lru.items() == [("b", 2), ("c", 3), ("z", 26)]


def test_clear_keeps_stats(lru):
    lru.get("a")
    lru.clear()
    assert len(lru) == 0
    assert lru.keys() == []
    assert lru.stats.hits == 1
    assert lru.stats.evictions == 0


def test_most_recent(lru):
    assert lru.most_recent() == "c"
    lru.get("a")
    assert lru.most_recent() == "a"


def test_most_recent_empty():
    with pytest.raises(KeyError):
        LRUCache(2).most_recent()


def test_none_key_is_ordinary():
    cache = LRUCache(1)
    cache.put(None, "x")
    cache.put(None, "y")
    assert cache.keys() == [None]
    assert cache[None] == "y"


def test_on_evict_callback(evicted):
    cache = LRUCache(2, on_evict=lambda k, v: evicted.append((k, v)))
    for i in range(5):
        cache.put(i, i * i)
    assert evicted == [(0, 0), (1, 1), (2, 4)]
    assert cache.stats.evictions == 3


def test_resize_shrinks(lru):
    assert lru.resize(1) == ["a", "b"]
    assert lru.keys() == ["c"]
    assert lru.capacity == 1
    assert lru.resize(5) == []
    assert lru.stats.evictions == 2


@pytest.mark.parametrize("bad", [0, -3, 2.5, True, "4"])
def test_invalid_capacity(bad):
    with pytest.raises(InvalidCapacityError):
        LRUCache(bad)


def test_resize_invalid(lru):
    with pytest.raises(InvalidCapacityError):
        lru.resize(0)


def test_weighted_eviction(evicted):
    cache = LRUCache(8, max_weight=10, weigher=lambda k, v: len(v),
                     on_evict=lambda k, v: evicted.append(k))
    cache.put("a", "xxxx")
    cache.put("b", "xxxx")
    assert cache.total_weight == 8
    cache.put("c", "xxx")
    assert evicted == ["a"]
    assert cache.total_weight == 7
    assert cache.max_weight == 10


def test_weighted_update_adjusts_total():
    cache = LRUCache(5, max_weight=20, weigher=lambda k, v: v)
    cache.put("a", 5)
    cache.put("b", 6)
    cache.put("a", 2)
    assert cache.total_weight == 8
    cache.pop("b")
    assert cache.total_weight == 2


def test_weighted_exact_limit_keeps_everything():
    cache = LRUCache(5, max_weight=6, weigher=lambda k, v: v)
    cache.put("a", 3)
    cache.put("b", 3)
    assert cache.keys() == ["a", "b"]
    cache.put("c", 0)
    assert cache.keys() == ["a", "b", "c"]


def test_item_too_large():
    cache = LRUCache(5, max_weight=4, weigher=lambda k, v: v)
    with pytest.raises(ItemTooLargeError) as info:
        cache.put("big", 5)
    assert (info.value.key, info.value.weight, info.value.limit) == ("big", 5, 4)
    assert str(info.value) == "entry 'big' weighs 5, above the limit of 4"
    assert len(cache) == 0


def test_max_weight_without_weigher_counts_entries():
    cache = LRUCache(10, max_weight=2)
    for key in "abc":
        cache.put(key, key)
    assert cache.keys() == ["b", "c"]
    assert cache.total_weight == 2


@pytest.mark.parametrize("weight", [-1, 1.5, True])
def test_bad_weigher_result(weight):
    cache = LRUCache(3, max_weight=5, weigher=lambda k, v: weight)
    with pytest.raises(ValueError, match="weigher returned"):
        cache.put("a", 1)


def test_weigher_requires_max_weight():
    with pytest.raises(InvalidCapacityError, match="requires max_weight"):
        LRUCache(3, weigher=len)


def test_invalid_max_weight():
    with pytest.raises(InvalidCapacityError):
        LRUCache(3, max_weight=0)


def test_repr(lru):
    assert repr(lru) == "LRUCache(capacity=3, size=3)"
    assert lru.max_weight is None


def test_item_weighing_exactly_the_limit_is_accepted():
    cache = LRUCache(5, max_weight=4, weigher=lambda k, v: v)
    cache.put("small", 1)
    cache.put("full", 4)
    assert cache.keys() == ["full"]
    assert cache.total_weight == 4
