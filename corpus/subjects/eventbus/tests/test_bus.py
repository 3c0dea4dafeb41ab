from datetime import datetime

import pytest

from eventbus import Event, EventBus, Subscription, handler_name


def test_publish_reaches_matching_handlers(bus, recorder):
    bus.subscribe("orders.*", recorder.handler("star"))
    bus.subscribe("orders.#", recorder.handler("hash"))
    bus.subscribe("users.*", recorder.handler("users"))
    result = bus.publish("orders.created", {"id": 1})
    assert recorder.seen == [("star", "orders.created"), ("hash", "orders.created")]
    assert result.delivered == ["star", "hash"]
    assert result.results == ["star", "hash"]
    assert result.ok is True


def test_event_metadata(bus, recorder):
    received = []
    bus.subscribe("a", received.append)
    bus.publish("a", 1, source="test")
    bus.publish("a", 2)
    first, second = received
    assert (first.sequence, second.sequence) == (1, 2)
    assert first.timestamp == datetime(2024, 5, 1, 12, 0, 0)
    assert second.timestamp == datetime(2024, 5, 1, 12, 0, 1)
    assert first.header("SOURCE") == "test"
    assert first.payload == 1


def test_bus_without_clock_has_no_timestamps():
    bus = EventBus()
    assert bus.publish("a").event.timestamp is None


def test_priority_order_then_subscription_order(bus, recorder):
    bus.subscribe("t", recorder.handler("low"), priority=-1)
    bus.subscribe("t", recorder.handler("first"))
    bus.subscribe("t", recorder.handler("high"), priority=10)
    bus.subscribe("t", recorder.handler("second"))
    bus.publish("t")
    assert [label for label, _ in recorder.seen] == ["high", "first", "second", "low"]


def test_once_handler(bus, recorder):
    sub = bus.subscribe("t", recorder.handler("once"), once=True)
    bus.publish("t")
    bus.publish("t")
    assert recorder.seen == [("once", "t")]
    assert sub.active is False
    assert sub.calls == 1
    assert bus.subscription_count == 0


def test_once_handler_not_reentered(bus):
    calls = []

    def handler(event):
        calls.append(event.payload)
        if event.payload < 3:
            bus.publish("t", event.payload + 1)

    bus.subscribe("t", handler, once=True)
    bus.publish("t", 1)
    assert calls == [1]
    assert [e.payload for e in bus.dead_letters] == [2]


def test_unsubscribe_variants(bus, recorder):
    h = recorder.handler("h")
    s1 = bus.subscribe("a", h)
    bus.subscribe("b", h)
    s3 = bus.subscribe("c", recorder.handler("other"))
    assert bus.unsubscribe(s3.id) is True
    assert bus.unsubscribe(s3.id) is False
    assert bus.unsubscribe(h) is True
    assert bus.subscription_count == 0
    assert s1.active is False
    assert s1.cancel() is False


def test_cancel_via_subscription(bus, recorder):
    sub = bus.subscribe("a", recorder.handler("h"))
    assert sub.cancel() is True
    assert bus.publish("a").handled is False


def test_detached_subscription_cancel():
    assert Subscription(1, "a", print).cancel() is False


def test_unsubscribe_during_delivery_skips_handler(bus, recorder):
    later = bus.subscribe("t", recorder.handler("later"))

    def remover(event):
        later.cancel()

    bus.subscribe("t", remover, priority=5)
    result = bus.publish("t")
    assert recorder.seen == []
    assert result.delivered == [handler_name(remover)]


def test_decorator_registration(bus):
    @bus.on("x.#", priority=2)
    def handle(event):
        return event.topic.upper()

    assert handle(Event("q")) == "Q"
    assert bus.publish("x.y").results == ["X.Y"]
    assert bus.subscribers("x.y")[0].name.endswith("handle")


def test_subscribe_validation(bus):
    with pytest.raises(TypeError):
        bus.subscribe("a", "not callable")
    with pytest.raises(ValueError):
        bus.subscribe("a..b", print)
    with pytest.raises(ValueError):
        EventBus(dead_letter_limit=-1)


def test_dead_letters_and_replay(bus, recorder):
    bus.publish("nobody.home", 1)
    bus.publish("still.nobody", 2)
    assert [e.topic for e in bus.dead_letters] == ["nobody.home", "still.nobody"]
    bus.subscribe("nobody.*", recorder.handler("late"))
    results = bus.replay_dead_letters()
    assert [r.handled for r in results] == [True, False]
    assert recorder.seen == [("late", "nobody.home")]
    assert [e.topic for e in bus.dead_letters] == ["still.nobody"]


def test_dead_letter_limit():
    bus = EventBus(dead_letter_limit=2)
    for i in range(3):
        bus.publish("void", i)
    assert [e.payload for e in bus.dead_letters] == [1, 2]


def test_publish_event_instance(bus):
    received = []
    bus.subscribe("a", received.append)
    event = Event("a", payload="p", sequence=99)
    assert bus.publish(event).event is event
    assert received == [event]
    with pytest.raises(TypeError):
        bus.publish(event, payload="extra")
    with pytest.raises(TypeError):
        bus.publish(event, h="1")


def test_publish_many(bus, recorder):
    bus.subscribe("#", recorder.handler("all"))
    results = bus.publish_many([("a", 1), ("b.c", 2)])
    assert [r.event.payload for r in results] == [1, 2]
    assert recorder.seen == [("all", "a"), ("all", "b.c")]


def test_clear(bus, recorder):
    bus.subscribe("a", recorder.handler("1"))
    bus.subscribe("a", recorder.handler("2"))
    bus.subscribe("b", recorder.handler("3"))
    assert bus.clear("a") == 2
    assert bus.has_subscribers("a") is False
    assert bus.has_subscribers("b") is True
    assert bus.clear() == 1
    assert bus.subscription_count == 0


def test_handler_name_for_callable_object():
    class Callable:
        def __call__(self, event):
            return None

    obj = Callable()
    obj.__qualname__ = ""
    assert handler_name(obj) == "Callable"
    assert handler_name(print) == "print"
