"""Discrete-event simulation of jobs running on a pool of workers."""
from __future__ import annotations

from typing import Iterable

from .backoff import Backoff, Outcome, always_succeed
from .errors import (
    DependencyCycleError,
    DuplicateJobError,
    InvalidJobError,
    NoCapableWorkerError,
    UnknownDependencyError,
)
from .model import Attempt, Job, JobStatus, SimClock, Worker
from .report import ScheduleReport


def _as_worker(worker: Worker | str) -> Worker:
    return worker if isinstance(worker, Worker) else Worker(worker)


def find_cycle(jobs: dict[str, Job]) -> list[str] | None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> list[str] | None:
        if name in visiting:
            return visiting[visiting.index(name):] + [name]
        if name in done:
            return None
        visiting.append(name)
        for dep in jobs[name].depends_on:
            cycle = visit(dep)
            if cycle:
                return cycle
        visiting.pop()
        done.add(name)
        return None

    for name in jobs:
        cycle = visit(name)
        if cycle:
            return cycle
    return None


class Scheduler:
    """Assign jobs to workers on a simulated clock.

    At every decision point, ready jobs are dispatched in order of highest
    priority, then name, each to the first idle capable worker in pool
    order. A failed attempt is retried after the backoff delay while
    attempts remain; a job that finally fails blocks all its dependents.
    """

    def __init__(
        self,
        jobs: Iterable[Job],
        workers: Iterable[Worker | str],
        *,
        backoff: Backoff | None = None,
        outcome: Outcome = always_succeed,
        clock: SimClock | None = None,
    ) -> None:
        self.jobs: dict[str, Job] = {}
        for job in jobs:
            if job.name in self.jobs:
                raise DuplicateJobError(job.name)
            self.jobs[job.name] = job
        self.workers = [_as_worker(w) for w in workers]
        if not self.workers:
            raise InvalidJobError("at least one worker is required")
        names = [w.name for w in self.workers]
        if len(set(names)) != len(names):
            raise InvalidJobError("worker names must be unique")
        self.backoff = backoff or Backoff.none()
        self.outcome = outcome
        self.clock = clock or SimClock()
        self._validate()

    def _validate(self) -> None:
        for job in self.jobs.values():
            for dep in job.depends_on:
                if dep not in self.jobs:
                    raise UnknownDependencyError(job.name, dep)
            if not any(worker.can_run(job) for worker in self.workers):
                raise NoCapableWorkerError(job.name, sorted(job.requires))
        cycle = find_cycle(self.jobs)
        if cycle:
            raise DependencyCycleError(cycle)

    def _dependents(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {name: [] for name in self.jobs}
        for job in self.jobs.values():
            for dep in job.depends_on:
                result[dep].append(job.name)
        return result

    def run(self) -> ScheduleReport:
        start = self.clock.now
        status = {name: JobStatus.PENDING for name in self.jobs}
        attempts_made = {name: 0 for name in self.jobs}
        available_at = {name: start for name in self.jobs}
        ready_since: dict[str, float] = {}
        running: dict[str, tuple[Job, float]] = {}
        history: list[Attempt] = []
        dependents = self._dependents()

        def is_ready(job: Job) -> bool:
            return status[job.name] is JobStatus.PENDING and all(
                status[dep] is JobStatus.DONE for dep in job.depends_on
            )

        def block(name: str) -> None:
            for child in dependents[name]:
                if status[child] is JobStatus.PENDING:
                    status[child] = JobStatus.BLOCKED
                    block(child)

        while True:
            now = self.clock.now
            ready = [job for job in self.jobs.values() if is_ready(job)]
            for job in ready:
                ready_since.setdefault(job.name, max(now, available_at[job.name]))
            dispatchable = sorted(
                (job for job in ready if available_at[job.name] <= now),
                key=lambda j: (-j.priority, j.name),
            )
            for job in dispatchable:
                worker = next(
                    (w for w in self.workers if w.name not in running and w.can_run(job)), None
                )
                if worker is None:
                    continue
                status[job.name] = JobStatus.RUNNING
                attempts_made[job.name] += 1
                running[worker.name] = (job, now)
            upcoming = [start_time + job.duration for job, start_time in running.values()]
            upcoming += [available_at[j.name] for j in ready if available_at[j.name] > now]
            if not upcoming:
                break
            self.clock.advance_to(min(upcoming))
            now = self.clock.now
            for worker in self.workers:
                if worker.name not in running:
                    continue
                job, began = running[worker.name]
                if began + job.duration > now:
                    continue
                del running[worker.name]
                number = attempts_made[job.name]
                succeeded = self.outcome(job, number)
                history.append(Attempt(job.name, worker.name, number, began, now, succeeded))
                if succeeded:
                    status[job.name] = JobStatus.DONE
                elif number < job.max_attempts:
                    status[job.name] = JobStatus.PENDING
                    available_at[job.name] = now + self.backoff.delay(number)
                else:
                    status[job.name] = JobStatus.FAILED
                    block(job.name)
        return ScheduleReport(
            start=start,
            attempts=history,
            statuses=status,
            workers=[w.name for w in self.workers],
            ready_times=ready_since,
        )


def schedule(jobs: Iterable[Job], workers: int | Iterable[Worker | str] = 1, **kwargs) -> ScheduleReport:
    """Run ``jobs`` on ``workers`` (a count or a list) and return the report."""
    if isinstance(workers, int):
        if workers < 1:
            raise InvalidJobError("worker count must be at least 1")
        workers = [f"w{i}" for i in range(1, workers + 1)]
    return Scheduler(jobs, workers, **kwargs).run()
