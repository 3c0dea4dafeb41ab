"""Event objects and publish results."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, Mapping

from .errors import HandlerError
from .topics import split_topic


@dataclass(frozen=True)
class Event:
    """An immutable message published on a topic."""

    topic: str
    payload: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    sequence: int = 0
    timestamp: datetime | None = None

    def __post_init__(self) -> None:
        split_topic(self.topic)
        if self.sequence < 0:
            raise ValueError("sequence must not be negative")
        object.__setattr__(self, "headers", MappingProxyType(dict(self.headers)))

    @property
    def segments(self) -> tuple[str, ...]:
        return split_topic(self.topic)

    def header(self, name: str, default: str | None = None) -> str | None:
        """Case-insensitive header lookup."""
        wanted = name.lower()
        for key, value in self.headers.items():
            if key.lower() == wanted:
                return value
        return default


@dataclass
class PublishResult:
    """What happened when an event was published."""

    event: Event
    delivered: list[str] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)
    errors: list[HandlerError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def handled(self) -> bool:
        return bool(self.delivered)

    @property
    def failed_handlers(self) -> list[str]:
        return [e.handler_name for e in self.errors]
