"""Exceptions raised by recurrence."""


class RecurrenceError(ValueError):
    """Raised for invalid recurrence rules or arguments."""


class RuleSyntaxError(RecurrenceError):
    """Raised when a textual rule cannot be parsed."""
