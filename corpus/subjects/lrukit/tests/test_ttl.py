import pytest

from lrukit import InvalidTTLError, TTLCache


def test_entry_lives_until_deadline(ttl_cache, clock):
    ttl_cache.put("a", 1)
    clock.advance(9.5)
    assert ttl_cache.get("a") == 1
    clock.advance(0.5)
    assert ttl_cache.get("a") is None
    assert ttl_cache.stats.expirations == 1
    assert ttl_cache.stats.misses == 1
    assert ttl_cache.stats.evictions == 0


def test_per_entry_ttl(ttl_cache, clock):
    ttl_cache.put("short", 1, ttl=2)
    ttl_cache.put("long", 2)
    clock.advance(3)
    assert ttl_cache.keys() == ["long"]
    assert len(ttl_cache) == 1


def test_ttl_remaining(ttl_cache, clock):
    ttl_cache.put("a", 1)
    clock.advance(4)
    assert ttl_cache.ttl_remaining("a") == 6.0
    with pytest.raises(KeyError):
        ttl_cache.ttl_remaining("b")


def test_rewrite_restarts_lifetime(ttl_cache, clock):
    ttl_cache.put("a", 1)
    clock.advance(8)
    ttl_cache.put("a", 2)
    clock.advance(8)
    assert ttl_cache["a"] == 2


def test_touch(ttl_cache, clock):
    ttl_cache.put("a", 1)
    clock.advance(8)
    assert ttl_cache.touch("a") == 118.0
    assert ttl_cache.touch("a", ttl=1) == 109.0
    clock.advance(1)
    assert "a" not in ttl_cache
    with pytest.raises(KeyError):
        ttl_cache.touch("a")


def test_expire_returns_count(ttl_cache, clock):
    ttl_cache.put("a", 1)
    ttl_cache.put("b", 2, ttl=20)
    ttl_cache.put("c", 3)
    clock.advance(15)
    assert ttl_cache.expire() == 2
    assert ttl_cache.expire() == 0
    assert ttl_cache.stats.expirations == 2


def test_full_cache_purges_expired_before_evicting(ttl_cache, clock):
    ttl_cache.put("old", 0, ttl=1)
    ttl_cache.put("b", 2)
    ttl_cache.put("c", 3)
    clock.advance(1)
    ttl_cache.put("d", 4)
    assert ttl_cache.keys() == ["b", "c", "d"]
    assert ttl_cache.stats.evictions == 0
    assert ttl_cache.stats.expirations == 1


def test_full_cache_evicts_lru_when_nothing_expired(ttl_cache):
    for key in "abcd":
        ttl_cache.put(key, key)
    assert ttl_cache.keys() == ["b", "c", "d"]
    assert ttl_cache.stats.evictions == 1


def test_expired_entry_can_be_reinserted(ttl_cache, clock):
    ttl_cache.put("a", 1)
    clock.advance(10)
    ttl_cache.put("a", 5)
    assert ttl_cache.peek("a") == 5
    assert ttl_cache.ttl_remaining("a") == 10.0


def test_delete_expired_raises(ttl_cache, clock):
    ttl_cache.put("a", 1)
    clock.advance(11)
    with pytest.raises(KeyError):
        del ttl_cache["a"]


@pytest.mark.parametrize("bad", [0, -1, "5", None, False, True])
def test_invalid_ttl(bad, clock):
    with pytest.raises(InvalidTTLError):
        TTLCache(2, ttl=bad, clock=clock)


def test_invalid_per_entry_ttl(ttl_cache):
    with pytest.raises(InvalidTTLError):
        ttl_cache.put("a", 1, ttl=-2)
    assert len(ttl_cache) == 0


def test_ttl_property(ttl_cache):
    assert ttl_cache.ttl == 10.0


def test_len_drops_expired_entries(ttl_cache, clock):
    ttl_cache.put("a", 1, ttl=1)
    ttl_cache.put("b", 2)
    clock.advance(1)
    assert len(ttl_cache) == 1


def test_most_recent_skips_expired(ttl_cache, clock):
    ttl_cache.put("a", 1)
    ttl_cache.put("b", 2, ttl=1)
    clock.advance(1)
    assert ttl_cache.most_recent() == "a"


def test_ttl_remaining_of_expired_entry(ttl_cache, clock):
    ttl_cache.put("a", 1)
    clock.advance(12)
    with pytest.raises(KeyError):
        ttl_cache.ttl_remaining("a")
