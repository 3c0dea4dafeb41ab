"""Retry delay policies."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from .model import Job


@dataclass(frozen=True)
class Backoff:
    """Delay before retry ``n`` (1-based): ``base * factor ** (n - 1) + step * (n - 1)``,
    capped at ``max_delay``."""

    base: float = 1.0
    factor: float = 2.0
    step: float = 0.0
    max_delay: float | None = None

    def __post_init__(self) -> None:
        if self.base < 0 or self.step < 0:
            raise ValueError("base and step must not be negative")
        if self.factor < 1:
            raise ValueError("factor must be at least 1")
        if self.max_delay is not None and self.max_delay < 0:
            raise ValueError("max_delay must not be negative")

    @classmethod
    def none(cls) -> "Backoff":
        return cls(base=0.0, factor=1.0)

    @classmethod
    def fixed(cls, delay: float) -> "Backoff":
        return cls(base=delay, factor=1.0)

    @classmethod
    def linear(cls, start: float, step: float) -> "Backoff":
        return cls(base=start, factor=1.0, step=step)

    @classmethod
    def exponential(cls, base: float, factor: float = 2.0, max_delay: float | None = None) -> "Backoff":
        return cls(base=base, factor=factor, max_delay=max_delay)

    def delay(self, retry: int) -> float:
        if retry < 1:
            raise ValueError("retry numbers start at 1")
        value = self.base * self.factor ** (retry - 1) + self.step * (retry - 1)
        if self.max_delay is not None:
            value = min(value, self.max_delay)
        return value

    def schedule(self, retries: int) -> list[float]:
        """Delays for retries ``1..retries``."""
        return [self.delay(n) for n in range(1, retries + 1)]


Outcome = Callable[[Job, int], bool]


def always_succeed(job: Job, attempt: int) -> bool:
    return True


def fail_first(failures: Mapping[str, int]) -> Outcome:
    """An outcome where job ``name`` fails its first ``failures[name]`` attempts."""
    for name, count in failures.items():
        if count < 0:
            raise ValueError(f"failure count for {name!r} must not be negative")

    def outcome(job: Job, attempt: int) -> bool:
        return attempt > failures.get(job.name, 0)

    return outcome
