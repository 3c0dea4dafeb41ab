import pytest

from timeseries import TimeSeries


@pytest.fixture
def ramp():
    """Values 1..6 at t = 0, 10, ..., 50."""
    return TimeSeries.from_values([1, 2, 3, 4, 5, 6], start=0, step=10, name="ramp")


@pytest.fixture
def gappy():
    return TimeSeries([(0, 1.0), (1, None), (2, None), (3, 4.0), (10, None)], name="gappy")


@pytest.fixture
def spiky():
    return TimeSeries.from_values([10, 10, 11, 10, 9, 10, 30, 10, 10])
