"""Jobs, workers, attempts and the simulated clock."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .errors import ClockError, InvalidJobError


class JobStatus(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    BLOCKED = "blocked"

    @property
    def finished(self) -> bool:
        return self in (JobStatus.DONE, JobStatus.FAILED, JobStatus.BLOCKED)


@dataclass(frozen=True)
class Job:
    name: str
    duration: float
    priority: int = 0
    depends_on: tuple[str, ...] = ()
    max_retries: int = 0
    requires: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise InvalidJobError("job name must not be blank")
        if self.duration <= 0:
            raise InvalidJobError(f"job {self.name!r} must have a positive duration")
        if self.max_retries < 0:
            raise InvalidJobError(f"job {self.name!r} has negative max_retries")
        if self.name in self.depends_on:
            raise InvalidJobError(f"job {self.name!r} depends on itself")
        object.__setattr__(self, "depends_on", tuple(self.depends_on))
        object.__setattr__(self, "requires", frozenset(self.requires))

    @property
    def max_attempts(self) -> int:
        return self.max_retries + 1


@dataclass(frozen=True)
class Worker:
    name: str
    tags: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise InvalidJobError("worker name must not be blank")
        object.__setattr__(self, "tags", frozenset(self.tags))

    def can_run(self, job: Job) -> bool:
        return job.requires <= self.tags


@dataclass(frozen=True)
class Attempt:
    job: str
    worker: str
    number: int
    start: float
    end: float
    succeeded: bool

    @property
    def duration(self) -> float:
        return self.end - self.start


class SimClock:
    """A clock that only moves when told to, and never backwards."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    @property
    def now(self) -> float:
        return self._now

    def advance_to(self, when: float) -> None:
        if when < self._now:
            raise ClockError(f"cannot move clock back from {self._now} to {when}")
        self._now = when

    def advance(self, delta: float) -> None:
        if delta < 0:
            raise ClockError("cannot advance by a negative amount")
        self._now += delta
