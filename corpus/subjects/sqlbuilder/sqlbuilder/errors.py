"""Exceptions raised while building queries."""


class BuilderError(ValueError):
    """A query was assembled incorrectly."""
