import pytest

from ratelimit import FixedWindow, ManualClock, SlidingLog


def test_fixed_window_counts_per_window():
    clock = ManualClock(60.0)
    limiter = FixedWindow(limit=3, window=60, clock=clock)
    assert [limiter.try_acquire() for _ in range(4)] == [True, True, True, False]
    assert limiter.remaining == 0
    clock.advance(59.9)
    assert limiter.try_acquire() is False
    clock.advance(0.1)
    assert limiter.remaining == 3
    assert limiter.try_acquire() is True


def test_fixed_window_boundary_burst():
    clock = ManualClock(59.0)
    limiter = FixedWindow(limit=2, window=60, clock=clock)
    assert limiter.try_acquire(2) is True
    clock.advance(1.0)
    assert limiter.try_acquire(2) is True


def test_fixed_window_retry_after():
    clock = ManualClock(130.0)
    limiter = FixedWindow(limit=2, window=60, clock=clock)
    assert limiter.retry_after() == 0.0
    limiter.try_acquire(2)
    assert limiter.retry_after() == 50.0


def test_fixed_window_invalid():
    with pytest.raises(ValueError, match="window"):
        FixedWindow(1, 0, ManualClock())


def test_sliding_log_trailing_window(clock):
    limiter = SlidingLog(limit=3, window=10, clock=clock)
    assert limiter.try_acquire() is True
    clock.advance(4)
    assert limiter.try_acquire(2) is True
    assert limiter.try_acquire() is False
    clock.advance(6)
    assert limiter.used == 2
    assert limiter.try_acquire() is True
    assert limiter.try_acquire() is False


def test_sliding_log_retry_after(clock):
    limiter = SlidingLog(limit=4, window=10, clock=clock)
    limiter.try_acquire(1)
    clock.advance(2)
    limiter.try_acquire(2)
    clock.advance(3)
    limiter.try_acquire(1)
    assert limiter.retry_after(1) == 5.0
    assert limiter.retry_after(2) == 7.0
    assert limiter.retry_after(4) == 10.0
    clock.advance(5)
    assert limiter.retry_after(1) == 0.0


def test_sliding_log_no_boundary_burst():
    clock = ManualClock(59.0)
    limiter = SlidingLog(limit=2, window=60, clock=clock)
    assert limiter.try_acquire(2) is True
    clock.advance(1.0)
    assert limiter.try_acquire(1) is False


def test_sliding_log_invalid():
    with pytest.raises(ValueError):
        SlidingLog(0, 10, ManualClock())
    with pytest.raises(ValueError):
        SlidingLog(1, -10, ManualClock())
