import pytest

from histobin import Closed, Histogram, histogram


@pytest.fixture
def sample():
    return [1, 2, 2, 3, 3, 3, 4, 4, 5, 9]


@pytest.fixture
def four_bins(sample):
    """Edges 1, 3, 5, 7, 9 with counts 3, 5, 1, 1."""
    return histogram(sample, bins=4)


@pytest.fixture
def unit_edges():
    return (0.0, 1.0, 2.0, 3.0)


@pytest.fixture
def right_closed(unit_edges):
    return Histogram(unit_edges, Closed.RIGHT)
