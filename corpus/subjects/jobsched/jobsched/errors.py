"""Exceptions raised by jobsched."""
from __future__ import annotations

from typing import Sequence


class SchedulerError(Exception):
    """Base class for scheduling errors."""


class InvalidJobError(SchedulerError, ValueError):
    """Raised for a job or worker definition that makes no sense."""


class DuplicateJobError(SchedulerError):
    def __init__(self, name: str) -> None:
        super().__init__(f"job {name!r} defined twice")
        self.name = name


class UnknownDependencyError(SchedulerError):
    def __init__(self, job: str, dependency: str) -> None:
        super().__init__(f"job {job!r} depends on unknown job {dependency!r}")
        self.job = job
        self.dependency = dependency


class DependencyCycleError(SchedulerError):
    def __init__(self, cycle: Sequence[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = list(cycle)


class NoCapableWorkerError(SchedulerError):
    def __init__(self, job: str, requires: Sequence[str]) -> None:
        super().__init__(f"no worker can run {job!r} (requires {', '.join(requires)})")
        self.job = job


class ClockError(SchedulerError):
    """Raised when the simulated clock would move backwards."""
