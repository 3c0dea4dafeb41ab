import pytest

from jobsched import Attempt, ClockError, InvalidJobError, Job, JobStatus, SimClock, Worker


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "", "duration": 1},
        {"name": "  ", "duration": 1},
        {"name": "a", "duration": 0},
        {"name": "a", "duration": -2},
        {"name": "a", "duration": 1, "max_retries": -1},
        {"name": "a", "duration": 1, "depends_on": ("a",)},
    ],
)
def test_invalid_jobs(kwargs):
    with pytest.raises(InvalidJobError):
        Job(**kwargs)


def test_job_normalises_collections():
    job = Job("a", 1, depends_on=["b"], requires={"gpu"}, max_retries=2)
    assert job.depends_on == ("b",)
    assert job.requires == frozenset({"gpu"})
    assert job.max_attempts == 3


def test_worker_capabilities():
    gpu = Worker("g1", tags={"gpu", "linux"})
    plain = Worker("p1")
    job = Job("train", 5, requires={"gpu"})
    assert gpu.can_run(job) is True
    assert plain.can_run(job) is False
    assert plain.can_run(Job("any", 1)) is True
    with pytest.raises(InvalidJobError):
        Worker(" ")


def test_attempt_duration():
    assert Attempt("a", "w", 1, 2.5, 6.0, True).duration == 3.5


@pytest.mark.parametrize(
    "status, finished",
    [(JobStatus.PENDING, False), (JobStatus.RUNNING, False), (JobStatus.DONE, True),
     (JobStatus.FAILED, True), (JobStatus.BLOCKED, True)],
)
def test_status_finished(status, finished):
    assert status.finished is finished


def test_clock_moves_forward_only():
    clock = SimClock(10)
    clock.advance(5)
    clock.advance_to(15)
    assert clock.now == 15
    with pytest.raises(ClockError):
        clock.advance_to(14)
    with pytest.raises(ClockError):
        clock.advance(-1)
    assert SimClock().now == 0.0
