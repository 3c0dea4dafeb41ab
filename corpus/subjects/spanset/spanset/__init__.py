"""Interval arithmetic: single intervals and merged interval sets."""
from .errors import (
    DisjointIntervalsError,
    EmptyIntervalError,
    IntervalError,
    IntervalParseError,
    InvalidIntervalError,
)
from .interval import Interval
from .intervalset import IntervalSet, as_interval
from .parsing import format_set, parse_interval, parse_number, parse_set

__all__ = [
    "DisjointIntervalsError",
    "EmptyIntervalError",
    "Interval",
    "IntervalError",
    "IntervalParseError",
    "IntervalSet",
    "InvalidIntervalError",
    "as_interval",
    "format_set",
    "parse_interval",
    "parse_number",
    "parse_set",
]
