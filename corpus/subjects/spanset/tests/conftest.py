import pytest

from spanset import Interval, IntervalSet


@pytest.fixture
def unit():
    return Interval.closed(0, 1)


@pytest.fixture
def odd_set():
    return IntervalSet([Interval.closed(1, 3), Interval.closed_open(5, 7), Interval.open(9, 10)])


@pytest.fixture
def other_set():
    return IntervalSet([Interval.closed(2, 6), Interval.closed(9.5, 12)])
