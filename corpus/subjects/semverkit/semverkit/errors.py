"""Exceptions raised by semverkit."""
from __future__ import annotations


class SemverError(ValueError):
    """Base class for all semverkit errors."""


class InvalidVersionError(SemverError):
    """Text is not a valid semantic version."""


class InvalidRangeError(SemverError):
    """Text is not a valid range specifier."""
