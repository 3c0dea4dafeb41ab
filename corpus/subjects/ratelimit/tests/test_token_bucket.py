import pytest

from ratelimit import ManualClock, RateLimitExceeded, TokenBucket


@pytest.fixture
def bucket(clock):
    return TokenBucket(capacity=5, rate=2, clock=clock)


def test_starts_full(bucket):
    assert bucket.available == 5


def test_burst_then_refuse(bucket):
    assert [bucket.try_acquire() for _ in range(6)] == [True] * 5 + [False]
    assert bucket.available == 0


def test_refill_over_time(bucket, clock):
    bucket.try_acquire(5)
    clock.advance(1.25)
    assert bucket.available == 2.5
    assert bucket.try_acquire(2) is True
    assert bucket.try_acquire(1) is False


def test_refill_caps_at_capacity(bucket, clock):
    bucket.try_acquire(1)
    clock.advance(100)
    assert bucket.available == 5


def test_retry_after(bucket, clock):
    assert bucket.retry_after(3) == 0.0
    bucket.try_acquire(4)
    assert bucket.retry_after(3) == 1.0
    clock.advance(1.0)
    assert bucket.retry_after(3) == 0.0


def test_acquire_raises(bucket):
    bucket.acquire(5)
    with pytest.raises(RateLimitExceeded) as info:
        bucket.acquire(2)
    assert info.value.retry_after == 1.0
    assert info.value.key is None
    assert str(info.value) == "rate limit exceeded; retry after 1.000s"


@pytest.mark.parametrize("tokens", [0, -1, 6])
def test_invalid_token_requests(bucket, tokens):
    with pytest.raises(ValueError):
        bucket.try_acquire(tokens)
    with pytest.raises(ValueError):
        bucket.retry_after(tokens)


@pytest.mark.parametrize("capacity, rate", [(0, 1), (5, 0), (-1, 1), (5, float("nan"))])
def test_invalid_construction(clock, capacity, rate):
    with pytest.raises(ValueError):
        TokenBucket(capacity, rate, clock)


def test_clock_going_backwards_does_not_add_tokens():
    times = iter([10.0, 10.0, 5.0])
    bucket = TokenBucket(2, 1, clock=lambda: next(times))
    assert bucket.try_acquire(2) is True
    assert bucket.available == 0


def test_manual_clock():
    clock = ManualClock(3)
    clock.advance(0.5)
    assert clock() == 3.5
    with pytest.raises(ValueError):
        clock.advance(-1)
