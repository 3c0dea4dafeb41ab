"""The publish/subscribe bus."""
from __future__ import annotations

import enum
import itertools
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable

from .errors import HandlerError, PublishError
from .events import Event, PublishResult
from .topics import match_segments, split_pattern, split_topic

Handler = Callable[[Event], Any]
Clock = Callable[[], datetime]


class ErrorPolicy(enum.Enum):
    """How handler exceptions affect the remaining handlers."""

    RAISE = "raise"
    COLLECT = "collect"
    COLLECT_AND_RAISE = "collect_and_raise"


def handler_name(handler: Handler) -> str:
    return getattr(handler, "__qualname__", None) or type(handler).__name__


@dataclass(eq=False)
class Subscription:
    id: int
    pattern: str
    handler: Handler
    priority: int = 0
    once: bool = False
    segments: tuple[str, ...] = field(default=(), repr=False)
    active: bool = True
    calls: int = 0
    _bus: "EventBus | None" = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return handler_name(self.handler)

    def cancel(self) -> bool:
        if self._bus is None:
            return False
        return self._bus.unsubscribe(self)


class EventBus:
    """Routes published events to subscribers whose patterns match.

    Handlers run in order of descending priority, then subscription order.
    Once-handlers are removed before they are called, so they never see a
    second event even if they publish one themselves.
    """

    def __init__(
        self,
        *,
        policy: ErrorPolicy = ErrorPolicy.COLLECT,
        clock: Clock | None = None,
        dead_letter_limit: int = 100,
    ) -> None:
        if dead_letter_limit < 0:
            raise ValueError("dead_letter_limit must not be negative")
        self.policy = policy
        self._clock = clock
        self._subscriptions: list[Subscription] = []
        self._ids = itertools.count(1)
        self._sequence = itertools.count(1)
        self.dead_letters: deque[Event] = deque(maxlen=dead_letter_limit)

    def subscribe(
        self, pattern: str, handler: Handler, *, priority: int = 0, once: bool = False
    ) -> Subscription:
        if not callable(handler):
            raise TypeError("handler must be callable")
        segments = split_pattern(pattern)
        sub = Subscription(next(self._ids), pattern, handler, priority, once, segments, _bus=self)
        self._subscriptions.append(sub)
        return sub

    def on(self, pattern: str, *, priority: int = 0, once: bool = False) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`subscribe`; returns the handler unchanged."""

        def decorate(handler: Handler) -> Handler:
            self.subscribe(pattern, handler, priority=priority, once=once)
            return handler

        return decorate

    def unsubscribe(self, target: Subscription | int | Handler) -> bool:
        """Remove by subscription, id, or handler (all its subscriptions)."""
        before = len(self._subscriptions)
        if isinstance(target, Subscription):
            keep = [s for s in self._subscriptions if s is not target]
        elif isinstance(target, int):
            keep = [s for s in self._subscriptions if s.id != target]
        else:
            keep = [s for s in self._subscriptions if s.handler != target]
        removed = [s for s in self._subscriptions if s not in keep]
        for sub in removed:
            sub.active = False
        self._subscriptions = keep
        return len(keep) != before

    def clear(self, pattern: str | None = None) -> int:
        """Remove every subscription, or only those with exactly ``pattern``."""
        doomed = [s for s in self._subscriptions if pattern is None or s.pattern == pattern]
        for sub in doomed:
            self.unsubscribe(sub)
        return len(doomed)

    def subscribers(self, topic: str) -> list[Subscription]:
        """Matching subscriptions in delivery order."""
        segments = split_topic(topic)
        matching = [s for s in self._subscriptions if match_segments(s.segments, segments)]
        return sorted(matching, key=lambda s: (-s.priority, s.id))

    def has_subscribers(self, topic: str) -> bool:
        return bool(self.subscribers(topic))

    @property
    def subscription_count(self) -> int:
        return len(self._subscriptions)

    def publish(self, topic: str | Event, payload: Any = None, **headers: str) -> PublishResult:
        if isinstance(topic, Event):
            if payload is not None or headers:
                raise TypeError("payload and headers cannot accompany an Event instance")
            event = topic
        else:
            stamp = self._clock() if self._clock is not None else None
            event = Event(topic, payload, headers, next(self._sequence), stamp)
        result = PublishResult(event)
        targets = self.subscribers(event.topic)
        if not targets:
            self.dead_letters.append(event)
            return result
        for sub in targets:
            if not sub.active:
                continue
            if sub.once:
                self.unsubscribe(sub)
            sub.calls += 1
            try:
                value = sub.handler(event)
            except Exception as exc:
                if self.policy is ErrorPolicy.RAISE:
                    raise
                result.errors.append(HandlerError(sub.name, event.topic, exc))
                continue
            result.delivered.append(sub.name)
            result.results.append(value)
        if result.errors and self.policy is ErrorPolicy.COLLECT_AND_RAISE:
            raise PublishError(event.topic, result.errors)
        return result

    def publish_many(self, events: list[tuple[str, Any]]) -> list[PublishResult]:
        return [self.publish(topic, payload) for topic, payload in events]

    def replay_dead_letters(self) -> list[PublishResult]:
        """Publish stored dead letters again; those still unhandled return to the queue."""
        pending = list(self.dead_letters)
        self.dead_letters.clear()
        return [self.publish(event) for event in pending]
