import pytest

from jobsched import Attempt, JobStatus, ScheduleReport, schedule


def test_utilisation(pipeline):
    report = schedule(pipeline, 2)
    assert report.busy_time("w1") == 10
    assert report.busy_time("w2") == 3
    assert report.utilisation() == {"w1": 1.0, "w2": 0.3}
    with pytest.raises(KeyError):
        report.busy_time("w9")


def test_timeline(pipeline):
    report = schedule(pipeline, 2)
    assert report.timeline("w2") == [(0, 1, "lint"), (3, 5, "docs")]


def test_render(pipeline):
    report = schedule(pipeline, 2)
    assert report.render() == (
        "makespan: 10\n"
        "w1: busy 10 (100%)\n"
        "w2: busy 3 (30%)\n"
        "done: build, deploy, docs, fetch, lint, test"
    )


def test_render_with_failures():
    report = ScheduleReport(
        start=0,
        attempts=[Attempt("a", "w", 1, 0, 2.5, False)],
        statuses={"a": JobStatus.FAILED, "b": JobStatus.BLOCKED},
        workers=["w"],
        ready_times={"a": 0},
    )
    assert report.render() == "makespan: 2.5\nw: busy 2.5 (100%)\nfailed: a\nblocked: b"
    assert report.wait_time("a") == 0
