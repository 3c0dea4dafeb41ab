import pytest

from ringbuf import OverflowPolicy, RingBuffer, SlidingWindow


@pytest.fixture
def wrapped():
    buffer = RingBuffer(4)
    buffer.extend([1, 2, 3, 4, 5, 6])
    return buffer


@pytest.fixture
def strict():
    return RingBuffer(3, [10, 20], policy=OverflowPolicy.REJECT)


@pytest.fixture
def window():
    return SlidingWindow(3)
