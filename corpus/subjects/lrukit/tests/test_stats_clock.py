import pytest

from lrukit import CacheStats, ManualClock


def test_ratios_empty():
    stats = CacheStats()
    assert stats.hit_ratio == 0.0
    assert stats.miss_ratio == 0.0
    assert stats.lookups == 0


def test_ratios():
    stats = CacheStats(hits=3, misses=1)
    assert stats.hit_ratio == 0.75
    assert stats.miss_ratio == 0.25
    assert stats.lookups == 4


def test_snapshot_is_independent():
    stats = CacheStats(hits=1)
    snap = stats.snapshot()
    stats.hits += 5
    assert snap.hits == 1


def test_merged():
    merged = CacheStats(1, 2, 3, 4).merged(CacheStats(10, 20, 30, 40))
    assert merged == CacheStats(11, 22, 33, 44)


def test_reset():
    stats = CacheStats(1, 2, 3, 4)
    stats.reset()
    assert stats == CacheStats()


def test_as_dict():
    assert CacheStats(2, 1, 0, 5).as_dict() == {
        "hits": 2,
        "misses": 1,
        "evictions": 0,
        "expirations": 5,
        "hit_ratio": 0.6667,
    }


def test_clock_advance_and_set():
    clock = ManualClock(5)
    assert clock() == 5.0
    assert clock.advance(2.5) == 7.5
    clock.set(10)
    assert clock.now == 10.0
    assert repr(clock) == "ManualClock(now=10.0)"


def test_clock_rejects_going_back():
    clock = ManualClock(5)
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(4.9)
    assert clock.now == 5.0


def test_clock_starts_at_zero():
    assert ManualClock()() == 0.0


def test_clock_accepts_standing_still():
    clock = ManualClock(3)
    assert clock.advance(0) == 3.0
    clock.set(3)
    assert clock() == 3.0
