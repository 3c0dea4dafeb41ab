"""Semantic versions, npm-style ranges and version selection."""
from .errors import InvalidRangeError, InvalidVersionError, SemverError
from .ranges import Comparator, Operator, Partial, Range, parse_partial, parse_range
from .selection import filter_satisfying, latest, max_satisfying, min_satisfying, satisfies, sort_versions
from .version import Part, Version, parse_version

__all__ = [
    "Comparator", "InvalidRangeError", "InvalidVersionError", "Operator", "Part", "Partial", "Range",
    "SemverError", "Version", "filter_satisfying", "latest", "max_satisfying", "min_satisfying",
    "parse_partial", "parse_range", "parse_version", "satisfies", "sort_versions",
]
