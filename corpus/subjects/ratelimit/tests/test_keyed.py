import pytest

from ratelimit import FixedWindow, KeyedLimiter, RateLimitExceeded, TokenBucket, rate_limited


@pytest.fixture
def keyed(clock):
    return KeyedLimiter(lambda: TokenBucket(2, 1, clock), clock)


def test_keys_are_independent(keyed):
    assert keyed.try_acquire("alice", 2) is True
    assert keyed.try_acquire("alice") is False
    assert keyed.try_acquire("bob") is True
    assert keyed.keys == ["alice", "bob"]


def test_keyed_acquire_names_key(keyed):
    keyed.acquire("alice", 2)
    with pytest.raises(RateLimitExceeded) as info:
        keyed.acquire("alice")
    assert info.value.key == "alice"
    assert info.value.retry_after == 1.0
    assert "for 'alice'" in str(info.value)
    assert keyed.retry_after("alice") == 1.0


def test_reset(keyed):
    keyed.acquire("alice", 2)
    assert keyed.reset("alice") is True
    assert keyed.reset("alice") is False
    assert keyed.try_acquire("alice", 2) is True


def test_prune_idle(keyed, clock):
    keyed.try_acquire("old")
    clock.advance(30)
    keyed.try_acquire("new")
    clock.advance(10)
    assert keyed.prune(40) == ["old"]
    assert keyed.keys == ["new"]
    assert keyed.prune(11) == []
    with pytest.raises(ValueError):
        keyed.prune(-1)


def test_decorator_plain(clock):
    limiter = FixedWindow(2, 10, clock)

    @rate_limited(limiter)
    def ping(value):
        """Echo."""
        return value * 2

    assert ping(1) == 2
    assert ping(2) == 4
    with pytest.raises(RateLimitExceeded):
        ping(3)
    assert ping.__name__ == "ping"
    assert ping.__doc__ == "Echo."
    assert ping.limiter is limiter


def test_decorator_keyed_and_tokens(keyed):
    calls = []

    @rate_limited(keyed, key=lambda user, **kw: user, tokens=2)
    def upload(user, size=0):
        calls.append((user, size))
        return size

    assert upload("ann", size=5) == 5
    with pytest.raises(RateLimitExceeded) as info:
        upload("ann", size=1)
    assert info.value.key == "ann"
    assert upload("ben") == 0
    assert calls == [("ann", 5), ("ben", 0)]


def test_decorator_argument_checks(keyed, clock):
    with pytest.raises(TypeError, match="needs a key function"):
        rate_limited(keyed)
    with pytest.raises(TypeError, match="needs a KeyedLimiter"):
        rate_limited(TokenBucket(1, 1, clock), key=lambda: "k")
