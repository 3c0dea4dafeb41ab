"""Exceptions raised by eventbus."""
from __future__ import annotations

from typing import Sequence


class EventBusError(Exception):
    """Base class for eventbus errors."""


class InvalidTopicError(EventBusError, ValueError):
    """A topic or subscription pattern is malformed."""


class HandlerError(EventBusError):
    """Wraps an exception raised by a handler while processing an event."""

    def __init__(self, handler_name: str, topic: str, error: BaseException) -> None:
        super().__init__(f"handler {handler_name} failed on {topic!r}: {error!r}")
        self.handler_name = handler_name
        self.topic = topic
        self.error = error


class PublishError(EventBusError):
    """Raised after delivery when one or more handlers failed."""

    def __init__(self, topic: str, errors: Sequence[HandlerError]) -> None:
        names = ", ".join(e.handler_name for e in errors)
        super().__init__(f"{len(errors)} handler(s) failed on {topic!r}: {names}")
        self.topic = topic
        self.errors = list(errors)
