from datetime import datetime

import pytest

from eventbus import Event, HandlerError, InvalidTopicError, PublishResult


def test_event_defaults():
    event = Event("a.b")
    assert event.payload is None
    assert dict(event.headers) == {}
    assert event.sequence == 0
    assert event.timestamp is None
    assert event.segments == ("a", "b")


def test_event_validation():
    with pytest.raises(InvalidTopicError):
        Event("a.*")
    with pytest.raises(ValueError):
        Event("a", sequence=-1)


def test_headers_are_read_only_copies():
    source = {"Content-Type": "json"}
    event = Event("a", headers=source, timestamp=datetime(2024, 1, 1))
    source["Content-Type"] = "xml"
    assert event.header("content-type") == "json"
    assert event.header("missing", "dflt") == "dflt"
    with pytest.raises(TypeError):
        event.headers["x"] = "y"


def test_publish_result_properties():
    result = PublishResult(Event("t"))
    assert result.ok is True
    assert result.handled is False
    result.delivered.append("h1")
    result.errors.append(HandlerError("h2", "t", RuntimeError("boom")))
    assert result.ok is False
    assert result.handled is True
    assert result.failed_handlers == ["h2"]
    assert str(result.errors[0]) == "handler h2 failed on 't': RuntimeError('boom')"
