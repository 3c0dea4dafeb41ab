"""Clocks that can be injected into time-aware caches."""
from __future__ import annotations

from typing import Callable

Clock = Callable[[], float]


class ManualClock:
    """A clock that only moves when told to, for deterministic expiry."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def __call__(self) -> float:
        return self._now

    @property
    def now(self) -> float:
        """The current reading of the clock."""
        return self._now

    def advance(self, seconds: float) -> float:
        """Move the clock forward by ``seconds`` and return the new time."""
        if seconds < 0:
            raise ValueError(f"cannot move a clock backwards by {seconds}")
        self._now += seconds
        return self._now

    def set(self, moment: float) -> None:
        """Jump to an absolute moment that is not earlier than the current one."""
        if moment < self._now:
            raise ValueError(f"cannot set clock back from {self._now} to {moment}")
        self._now = float(moment)

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now})"
