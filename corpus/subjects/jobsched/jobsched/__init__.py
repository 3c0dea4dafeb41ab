"""jobsched: simulate prioritised jobs with dependencies on a worker pool."""
from .backoff import Backoff, always_succeed, fail_first
from .errors import (
    ClockError,
    DependencyCycleError,
    DuplicateJobError,
    InvalidJobError,
    NoCapableWorkerError,
    SchedulerError,
    UnknownDependencyError,
)
from .model import Attempt, Job, JobStatus, SimClock, Worker
from .report import ScheduleReport
from .scheduler import Scheduler, find_cycle, schedule

__all__ = [
    "Attempt",
    "Backoff",
    "ClockError",
    "DependencyCycleError",
    "DuplicateJobError",
    "InvalidJobError",
    "Job",
    "JobStatus",
    "NoCapableWorkerError",
    "ScheduleReport",
    "Scheduler",
    "SchedulerError",
    "SimClock",
    "UnknownDependencyError",
    "Worker",
    "always_succeed",
    "fail_first",
    "find_cycle",
    "schedule",
]
