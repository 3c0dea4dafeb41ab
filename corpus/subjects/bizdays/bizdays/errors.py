"""Exceptions raised by bizdays."""


class CalendarError(ValueError):
    """Raised for invalid calendar definitions or date arguments."""


class HolidayRuleError(CalendarError):
    """Raised when a holiday rule is defined with impossible values."""
