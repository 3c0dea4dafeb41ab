import pytest

from ratelimit import LeakyBucket


@pytest.fixture
def bucket(clock):
    return LeakyBucket(capacity=4, rate=1, clock=clock)


def test_fills_to_capacity(bucket):
    assert [bucket.try_acquire() for _ in range(5)] == [True, True, True, True, False]
    assert bucket.level == 4


def test_leaks_over_time(bucket, clock):
    bucket.try_acquire(4)
    clock.advance(1.5)
    assert bucket.level == 2.5
    assert bucket.try_acquire(1.5) is True
    assert bucket.try_acquire(0.5) is False


def test_level_never_negative(bucket, clock):
    bucket.try_acquire(1)
    clock.advance(10)
    assert bucket.level == 0.0


def test_retry_after(bucket, clock):
    assert bucket.retry_after(4) == 0.0
    bucket.try_acquire(3)
    assert bucket.retry_after(2) == 1.0
    clock.advance(0.25)
    assert bucket.retry_after(2) == 0.75


def test_invalid_rate(clock):
    with pytest.raises(ValueError, match="rate must be positive"):
        LeakyBucket(4, 0, clock)
