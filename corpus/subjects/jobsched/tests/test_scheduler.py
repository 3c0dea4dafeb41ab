import pytest

from jobsched import (
    Backoff,
    DependencyCycleError,
    DuplicateJobError,
    InvalidJobError,
    Job,
    JobStatus,
    NoCapableWorkerError,
    Scheduler,
    SimClock,
    UnknownDependencyError,
    Worker,
    fail_first,
    find_cycle,
    schedule,
)


def layout(report):
    return [(a.job, a.worker, a.start, a.end) for a in report.attempts]


def test_single_worker_runs_by_priority_then_name(pipeline):
    report = schedule(pipeline, 1)
    assert [a.job for a in report.attempts] == ["fetch", "build", "docs", "lint", "test", "deploy"]
    assert report.makespan == 13
    assert report.succeeded is True


def test_two_workers(pipeline):
    report = schedule(pipeline, 2)
    assert layout(report) == [
        ("lint", "w2", 0, 1),
        ("fetch", "w1", 0, 3),
        ("docs", "w2", 3, 5),
        ("build", "w1", 3, 7),
        ("test", "w1", 7, 9),
        ("deploy", "w1", 9, 10),
    ]
    assert report.makespan == 10


def test_many_workers_reach_critical_path(pipeline):
    assert schedule(pipeline, 5).makespan == 10


def test_retry_with_backoff():
    jobs = [Job("flaky", 2, max_retries=2), Job("after", 1, depends_on=("flaky",))]
    report = schedule(jobs, 1, backoff=Backoff.fixed(3), outcome=fail_first({"flaky": 2}))
    assert [(a.number, a.start, a.end, a.succeeded) for a in report.attempts_for("flaky")] == [
        (1, 0, 2, False),
        (2, 5, 7, False),
        (3, 10, 12, True),
    ]
    assert report.finish_time("after") == 13
    assert report.retries == 2


def test_idle_worker_picks_other_job_during_backoff():
    jobs = [Job("a", 2, max_retries=1, priority=9), Job("b", 4)]
    report = schedule(jobs, 1, backoff=Backoff.fixed(1), outcome=fail_first({"a": 1}))
    assert layout(report) == [("a", "w1", 0, 2), ("b", "w1", 2, 6), ("a", "w1", 6, 8)]


def test_exhausted_retries_block_dependents():
    jobs = [
        Job("root", 1, max_retries=1),
        Job("mid", 1, depends_on=("root",)),
        Job("leaf", 1, depends_on=("mid",)),
        Job("free", 2),
    ]
    report = schedule(jobs, 2, outcome=fail_first({"root": 5}))
    assert report.statuses == {
        "root": JobStatus.FAILED,
        "mid": JobStatus.BLOCKED,
        "leaf": JobStatus.BLOCKED,
        "free": JobStatus.DONE,
    }
    assert report.jobs_with(JobStatus.BLOCKED) == ["leaf", "mid"]
    assert report.succeeded is False
    assert report.finish_time("root") is None
    assert report.wait_time("mid") is None


def test_worker_tags_route_jobs():
    jobs = [Job("train", 4, requires={"gpu"}), Job("etl", 2), Job("report", 1)]
    workers = [Worker("cpu"), Worker("gpu", tags={"gpu"})]
    report = Scheduler(jobs, workers).run()
    assert layout(report) == [("report", "gpu", 0, 1), ("etl", "cpu", 0, 2), ("train", "gpu", 1, 5)]


def test_priority_keeps_scarce_worker_for_tagged_job():
    jobs = [Job("train", 4, requires={"gpu"}, priority=1), Job("etl", 2), Job("report", 1)]
    workers = [Worker("cpu"), Worker("gpu", tags={"gpu"})]
    report = Scheduler(jobs, workers).run()
    assert layout(report) == [("etl", "cpu", 0, 2), ("report", "cpu", 2, 3), ("train", "gpu", 0, 4)]
    assert report.makespan == 4


def test_wait_times(pipeline):
    report = schedule(pipeline, 1)
    assert report.wait_time("fetch") == 0
    assert report.wait_time("lint") == 9
    assert report.wait_time("docs") == 7 - 3


def test_clock_start_offset(pipeline):
    report = Scheduler(pipeline, ["solo"], clock=SimClock(100)).run()
    assert report.start == 100
    assert report.end == 113
    assert report.makespan == 13


def test_empty_job_list():
    report = schedule([], 2)
    assert report.makespan == 0
    assert report.utilisation() == {"w1": 0.0, "w2": 0.0}
    assert report.succeeded is True


def test_validation_errors():
    with pytest.raises(DuplicateJobError):
        Scheduler([Job("a", 1), Job("a", 2)], ["w"])
    with pytest.raises(UnknownDependencyError, match="'a' depends on unknown job 'zz'"):
        Scheduler([Job("a", 1, depends_on=("zz",))], ["w"])
    with pytest.raises(NoCapableWorkerError, match="requires gpu"):
        Scheduler([Job("a", 1, requires={"gpu"})], ["w"])
    with pytest.raises(InvalidJobError):
        Scheduler([Job("a", 1)], [])
    with pytest.raises(InvalidJobError):
        Scheduler([Job("a", 1)], ["w", "w"])
    with pytest.raises(InvalidJobError):
        schedule([Job("a", 1)], 0)


def test_cycle_reported():
    jobs = [Job("a", 1, depends_on=("c",)), Job("b", 1, depends_on=("a",)), Job("c", 1, depends_on=("b",))]
    with pytest.raises(DependencyCycleError) as info:
        Scheduler(jobs, ["w"])
    assert info.value.cycle == ["a", "c", "b", "a"]


def test_find_cycle_none_with_shared_dependency():
    jobs = {j.name: j for j in [Job("a", 1), Job("b", 1, depends_on=("a",)), Job("c", 1, depends_on=("a", "b"))]}
    assert find_cycle(jobs) is None
