import pytest

from jobsched import Backoff, Job, always_succeed, fail_first


@pytest.mark.parametrize(
    "policy, expected",
    [
        (Backoff.none(), [0, 0, 0]),
        (Backoff.fixed(3), [3, 3, 3]),
        (Backoff.linear(2, 5), [2, 7, 12]),
        (Backoff.exponential(1), [1, 2, 4]),
        (Backoff.exponential(2, factor=3, max_delay=10), [2, 6, 10]),
        (Backoff(base=1, factor=2, step=1), [1, 3, 6]),
    ],
)
def test_schedules(policy, expected):
    assert policy.schedule(3) == expected


def test_schedule_empty():
    assert Backoff().schedule(0) == []


def test_delay_requires_positive_retry():
    with pytest.raises(ValueError):
        Backoff().delay(0)


@pytest.mark.parametrize(
    "kwargs",
    [{"base": -1}, {"step": -1}, {"factor": 0.5}, {"max_delay": -1}],
)
def test_invalid_policies(kwargs):
    with pytest.raises(ValueError):
        Backoff(**kwargs)


def test_outcomes():
    job = Job("x", 1)
    other = Job("y", 1)
    assert always_succeed(job, 1) is True
    flaky = fail_first({"x": 2})
    assert [flaky(job, n) for n in (1, 2, 3)] == [False, False, True]
    assert flaky(other, 1) is True
    with pytest.raises(ValueError):
        fail_first({"x": -1})
