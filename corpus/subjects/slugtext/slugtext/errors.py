"""Exceptions raised by slugtext."""


class SlugTextError(ValueError):
    """Base class for all slugtext errors."""


class SlugError(SlugTextError):
    """Raised when a slug cannot be produced with the given settings."""


class InflectionError(SlugTextError):
    """Raised for invalid inflection input or rule definitions."""
