"""eventbus: an in-process publish/subscribe bus with wildcard topics."""
from .bus import ErrorPolicy, EventBus, Subscription, handler_name
from .errors import EventBusError, HandlerError, InvalidTopicError, PublishError
from .events import Event, PublishResult
from .topics import is_wildcard, matches, parent_topics, specificity, split_pattern, split_topic

__all__ = [
    "ErrorPolicy",
    "Event",
    "EventBus",
    "EventBusError",
    "HandlerError",
    "InvalidTopicError",
    "PublishError",
    "PublishResult",
    "Subscription",
    "handler_name",
    "is_wildcard",
    "matches",
    "parent_topics",
    "specificity",
    "split_pattern",
    "split_topic",
]
