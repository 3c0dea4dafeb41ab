import pytest

from ratelimit import ManualClock


@pytest.fixture
def clock():
    return ManualClock(1000.0)
