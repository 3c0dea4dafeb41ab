"""Rate limiters driven by an injectable clock.

Every limiter takes ``clock``, a zero-argument callable returning the
current time in seconds as a float. :class:`ManualClock` is provided for
simulations and tests.
"""
from __future__ import annotations

import functools
import math
from abc import ABC, abstractmethod
from collections import deque
from typing import Any, Callable, Hashable, TypeVar

Clock = Callable[[], float]
F = TypeVar("F", bound=Callable[..., Any])


class RateLimitExceeded(Exception):
    """Raised when a call is refused; ``retry_after`` is in seconds."""

    def __init__(self, retry_after: float, key: Hashable = None) -> None:
        where = "" if key is None else f" for {key!r}"
        super().__init__(f"rate limit exceeded{where}; retry after {retry_after:.3f}s")
        self.retry_after = retry_after
        self.key = key


class ManualClock:
    """A clock that moves only when advanced."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("cannot move the clock backwards")
        self._now += seconds


def _positive(name: str, value: float) -> None:
    if not value > 0:
        raise ValueError(f"{name} must be positive, got {value!r}")


class RateLimiter(ABC):
    """Common interface: ``try_acquire`` consumes capacity if allowed."""

    def __init__(self, capacity: float, clock: Clock) -> None:
        _positive("capacity", capacity)
        self.capacity = capacity
        self._clock = clock

    def _check_tokens(self, tokens: float) -> None:
        _positive("tokens", tokens)
        if tokens > self.capacity:
            raise ValueError(f"cannot request {tokens} tokens from capacity {self.capacity}")

    @abstractmethod
    def try_acquire(self, tokens: float = 1) -> bool:
        """Consume ``tokens`` and return True, or return False and change nothing."""

    @abstractmethod
    def retry_after(self, tokens: float = 1) -> float:
        """Seconds until ``tokens`` could be acquired (0 if they can be now)."""

    def acquire(self, tokens: float = 1, key: Hashable = None) -> None:
        if not self.try_acquire(tokens):
            raise RateLimitExceeded(self.retry_after(tokens), key)


class TokenBucket(RateLimiter):
    """Holds up to ``capacity`` tokens, refilled at ``rate`` tokens per second."""

    def __init__(self, capacity: float, rate: float, clock: Clock) -> None:
        super().__init__(capacity, clock)
        _positive("rate", rate)
        self.rate = rate
        self._tokens = float(capacity)
        self._updated = clock()

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = now

    @property
    def available(self) -> float:
        self._refill()
        return self._tokens

    def try_acquire(self, tokens: float = 1) -> bool:
        self._check_tokens(tokens)
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    def retry_after(self, tokens: float = 1) -> float:
        self._check_tokens(tokens)
        self._refill()
        missing = tokens - self._tokens
        return 0.0 if missing <= 0 else missing / self.rate


class LeakyBucket(RateLimiter):
    """A meter whose level drains at ``rate`` per second; overflow is refused."""

    def __init__(self, capacity: float, rate: float, clock: Clock) -> None:
        super().__init__(capacity, clock)
        _positive("rate", rate)
        self.rate = rate
        self._level = 0.0
        self._updated = clock()

    def _leak(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._level = max(0.0, self._level - elapsed * self.rate)
        self._updated = now

    @property
    def level(self) -> float:
        self._leak()
        return self._level

    def try_acquire(self, tokens: float = 1) -> bool:
        self._check_tokens(tokens)
        self._leak()
        if self._level + tokens <= self.capacity:
            self._level += tokens
            return True
        return False

    def retry_after(self, tokens: float = 1) -> float:
        self._check_tokens(tokens)
        self._leak()
        overflow = self._level + tokens - self.capacity
        return 0.0 if overflow <= 0 else overflow / self.rate


class FixedWindow(RateLimiter):
    """At most ``limit`` units per aligned window of ``window`` seconds."""

    def __init__(self, limit: int, window: float, clock: Clock) -> None:
        super().__init__(limit, clock)
        _positive("window", window)
        self.window = window
        self._window_start = self._current_start()
        self._used = 0.0

    def _current_start(self) -> float:
        return math.floor(self._clock() / self.window) * self.window

    def _roll(self) -> None:
        start = self._current_start()
        if start != self._window_start:
            self._window_start = start
            self._used = 0.0

    @property
    def remaining(self) -> float:
        self._roll()
        return self.capacity - self._used

    def try_acquire(self, tokens: float = 1) -> bool:
        self._check_tokens(tokens)
        self._roll()
        if self._used + tokens <= self.capacity:
            self._used += tokens
            return True
        return False

    def retry_after(self, tokens: float = 1) -> float:
        self._check_tokens(tokens)
        self._roll()
        if self._used + tokens <= self.capacity:
            return 0.0
        return self._window_start + self.window - self._clock()


class SlidingLog(RateLimiter):
    """At most ``limit`` units within any trailing ``window`` seconds."""

    def __init__(self, limit: int, window: float, clock: Clock) -> None:
        super().__init__(limit, clock)
        _positive("window", window)
        self.window = window
        self._log: deque[tuple[float, float]] = deque()

    def _purge(self) -> float:
        now = self._clock()
        while self._log and self._log[0][0] <= now - self.window:
            self._log.popleft()
        return now

    @property
    def used(self) -> float:
        self._purge()
        return sum(tokens for _, tokens in self._log)

    def try_acquire(self, tokens: float = 1) -> bool:
        self._check_tokens(tokens)
        now = self._purge()
        if self.used + tokens <= self.capacity:
            self._log.append((now, tokens))
            return True
        return False

    def retry_after(self, tokens: float = 1) -> float:
        self._check_tokens(tokens)
        now = self._purge()
        excess = self.used + tokens - self.capacity
        if excess <= 0:
            return 0.0
        freed = 0.0
        stamp = now
        for stamp, amount in self._log:
            freed += amount
            if freed >= excess:
                break
        return stamp + self.window - now


class KeyedLimiter:
    """One limiter per key, created on first use by ``factory``."""

    def __init__(self, factory: Callable[[], RateLimiter], clock: Clock) -> None:
        self._factory = factory
        self._clock = clock
        self._limiters: dict[Hashable, RateLimiter] = {}
        self._last_used: dict[Hashable, float] = {}

    def limiter(self, key: Hashable) -> RateLimiter:
        if key not in self._limiters:
            self._limiters[key] = self._factory()
        self._last_used[key] = self._clock()
        return self._limiters[key]

    def try_acquire(self, key: Hashable, tokens: float = 1) -> bool:
        return self.limiter(key).try_acquire(tokens)

    def acquire(self, key: Hashable, tokens: float = 1) -> None:
        self.limiter(key).acquire(tokens, key)

    def retry_after(self, key: Hashable, tokens: float = 1) -> float:
        return self.limiter(key).retry_after(tokens)

    @property
    def keys(self) -> list[Hashable]:
        return list(self._limiters)

    def reset(self, key: Hashable) -> bool:
        """Forget ``key``; returns whether it was known."""
        self._last_used.pop(key, None)
        return self._limiters.pop(key, None) is not None

    def prune(self, idle: float) -> list[Hashable]:
        """Drop limiters unused for at least ``idle`` seconds; return their keys."""
        if idle < 0:
            raise ValueError("idle must not be negative")
        cutoff = self._clock() - idle
        stale = [key for key, used in self._last_used.items() if used <= cutoff]
        for key in stale:
            self.reset(key)
        return stale


def rate_limited(
    limiter: RateLimiter | KeyedLimiter,
    key: Callable[..., Hashable] | None = None,
    tokens: float = 1,
) -> Callable[[F], F]:
    """Decorate a function so calls beyond the limit raise :class:`RateLimitExceeded`.

    With a :class:`KeyedLimiter`, ``key`` receives the call's arguments and
    returns the key to limit on.
    """
    keyed = isinstance(limiter, KeyedLimiter)
    if keyed and key is None:
        raise TypeError("a KeyedLimiter needs a key function")
    if not keyed and key is not None:
        raise TypeError("a key function needs a KeyedLimiter")

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if keyed:
                limiter.acquire(key(*args, **kwargs), tokens)
            else:
                limiter.acquire(tokens)
            return func(*args, **kwargs)

        wrapper.limiter = limiter
        return wrapper

    return decorate
