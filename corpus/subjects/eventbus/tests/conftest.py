from datetime import datetime, timedelta

import pytest

from eventbus import EventBus


class StepClock:
    def __init__(self):
        self.now = datetime(2024, 5, 1, 12, 0, 0)

    def __call__(self):
        current = self.now
        self.now += timedelta(seconds=1)
        return current


@pytest.fixture
def clock():
    return StepClock()


@pytest.fixture
def bus(clock):
    return EventBus(clock=clock)


@pytest.fixture
def recorder():
    class Recorder:
        def __init__(self):
            self.seen = []

        def handler(self, label):
            def handle(event):
                self.seen.append((label, event.topic))
                return label
            handle.__qualname__ = label
            return handle

    return Recorder()
