import pytest

from prioq import PriorityQueue


@pytest.fixture
def tasks():
    queue = PriorityQueue()
    for item, priority in [("write", 3), ("test", 1), ("deploy", 5), ("review", 3), ("plan", 2)]:
        queue.push(item, priority)
    return queue


@pytest.fixture
def max_queue():
    return PriorityQueue([("a", 1), ("b", 9), ("c", 4), ("d", 9)], largest_first=True)
