"""Summaries of a finished simulation."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Attempt, JobStatus


@dataclass
class ScheduleReport:
    start: float
    attempts: list[Attempt]
    statuses: dict[str, JobStatus]
    workers: list[str]
    ready_times: dict[str, float] = field(default_factory=dict)

    @property
    def end(self) -> float:
        return max((a.end for a in self.attempts), default=self.start)

    @property
    def makespan(self) -> float:
        return self.end - self.start

    def jobs_with(self, status: JobStatus) -> list[str]:
        return sorted(name for name, value in self.statuses.items() if value is status)

    @property
    def succeeded(self) -> bool:
        return all(value is JobStatus.DONE for value in self.statuses.values())

    def busy_time(self, worker: str) -> float:
        if worker not in self.workers:
            raise KeyError(worker)
        return sum(a.duration for a in self.attempts if a.worker == worker)

    def utilisation(self) -> dict[str, float]:
        """Fraction of the makespan each worker spent running attempts."""
        span = self.makespan
        return {w: (self.busy_time(w) / span if span else 0.0) for w in self.workers}

    def attempts_for(self, job: str) -> list[Attempt]:
        return [a for a in self.attempts if a.job == job]

    def finish_time(self, job: str) -> float | None:
        done = [a.end for a in self.attempts_for(job) if a.succeeded]
        return done[0] if done else None

    def wait_time(self, job: str) -> float | None:
        """Time between a job becoming ready and its first attempt starting."""
        tries = self.attempts_for(job)
        if not tries:
            return None
        return tries[0].start - self.ready_times[job]

    @property
    def retries(self) -> int:
        return sum(1 for a in self.attempts if a.number > 1)

    def timeline(self, worker: str) -> list[tuple[float, float, str]]:
        return [(a.start, a.end, a.job) for a in sorted(self.attempts, key=lambda a: a.start) if a.worker == worker]

    def render(self) -> str:
        lines = [f"makespan: {self.makespan:g}"]
        for worker, share in self.utilisation().items():
            lines.append(f"{worker}: busy {self.busy_time(worker):g} ({share:.0%})")
        for status in JobStatus:
            names = self.jobs_with(status)
            if names:
                lines.append(f"{status.value}: {', '.join(names)}")
        return "\n".join(lines)
