import pytest

from eventbus import ErrorPolicy, EventBus, HandlerError, PublishError


def boom(event):
    raise RuntimeError(f"bad {event.payload}")


def fine(event):
    return "ok"


@pytest.fixture
def make_bus():
    def build(policy):
        bus = EventBus(policy=policy)
        bus.subscribe("t", boom, priority=2)
        bus.subscribe("t", fine, priority=1)
        return bus
    return build


def test_collect_isolates_errors(make_bus):
    result = make_bus(ErrorPolicy.COLLECT).publish("t", 7)
    assert result.delivered == ["fine"]
    assert result.failed_handlers == ["boom"]
    error = result.errors[0]
    assert isinstance(error, HandlerError)
    assert isinstance(error.error, RuntimeError)
    assert str(error.error) == "bad 7"
    assert error.topic == "t"


def test_raise_policy_stops_at_first_error(make_bus):
    bus = make_bus(ErrorPolicy.RAISE)
    calls = []
    bus.subscribe("t", lambda e: calls.append(e), priority=0)
    with pytest.raises(RuntimeError, match="bad 1"):
        bus.publish("t", 1)
    assert calls == []


def test_collect_and_raise_runs_everything_first(make_bus):
    bus = make_bus(ErrorPolicy.COLLECT_AND_RAISE)
    calls = []
    bus.subscribe("t", calls.append)
    bus.subscribe("t", boom, priority=-1)
    with pytest.raises(PublishError) as info:
        bus.publish("t", 3)
    assert len(calls) == 1
    assert [e.handler_name for e in info.value.errors] == ["boom", "boom"]
    assert str(info.value) == "2 handler(s) failed on 't': boom, boom"
    assert info.value.topic == "t"


def test_collect_and_raise_without_errors(make_bus):
    bus = EventBus(policy=ErrorPolicy.COLLECT_AND_RAISE)
    bus.subscribe("t", fine)
    assert bus.publish("t").results == ["ok"]


def test_failed_once_handler_is_still_removed():
    bus = EventBus()
    sub = bus.subscribe("t", boom, once=True)
    assert bus.publish("t").failed_handlers == ["boom"]
    assert sub.active is False
    assert bus.publish("t").handled is False
