"""Topic names and wildcard patterns.

Topics are dot-separated segments such as ``orders.eu.created``. In
patterns, ``*`` matches exactly one segment and ``#`` matches zero or more
segments.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .errors import InvalidTopicError

SEPARATOR = "."
SINGLE = "*"
MULTI = "#"
_SEGMENT = re.compile(r"^[A-Za-z0-9_-]+$")


def split_topic(topic: str) -> tuple[str, ...]:
    """Validate a concrete topic and return its segments."""
    if not isinstance(topic, str) or not topic:
        raise InvalidTopicError("topic must be a non-empty string")
    segments = tuple(topic.split(SEPARATOR))
    for segment in segments:
        if not _SEGMENT.match(segment):
            raise InvalidTopicError(f"invalid segment {segment!r} in topic {topic!r}")
    return segments


def split_pattern(pattern: str) -> tuple[str, ...]:
    """Validate a subscription pattern and return its segments."""
    if not isinstance(pattern, str) or not pattern:
        raise InvalidTopicError("pattern must be a non-empty string")
    segments = tuple(pattern.split(SEPARATOR))
    for segment in segments:
        if segment in (SINGLE, MULTI):
            continue
        if not _SEGMENT.match(segment):
            raise InvalidTopicError(f"invalid segment {segment!r} in pattern {pattern!r}")
    return segments


def is_wildcard(pattern: str) -> bool:
    return any(seg in (SINGLE, MULTI) for seg in split_pattern(pattern))


@lru_cache(maxsize=1024)
def match_segments(pattern: tuple[str, ...], topic: tuple[str, ...]) -> bool:
    if not pattern:
        return not topic
    head, rest = pattern[0], pattern[1:]
    if head == MULTI:
        return any(match_segments(rest, topic[i:]) for i in range(len(topic) + 1))
    if not topic:
        return False
    if head == SINGLE or head == topic[0]:
        return match_segments(rest, topic[1:])
    return False


def matches(pattern: str, topic: str) -> bool:
    """True when ``topic`` is selected by ``pattern``."""
    return match_segments(split_pattern(pattern), split_topic(topic))


def specificity(pattern: str) -> tuple[int, int]:
    """Sort key: more literal segments first, then fewer multi-wildcards."""
    segments = split_pattern(pattern)
    literal = sum(1 for s in segments if s not in (SINGLE, MULTI))
    multi = sum(1 for s in segments if s == MULTI)
    return (-literal, multi)


def parent_topics(topic: str) -> list[str]:
    """``a.b.c`` -> ``["a", "a.b", "a.b.c"]``."""
    segments = split_topic(topic)
    return [SEPARATOR.join(segments[: i + 1]) for i in range(len(segments))]
