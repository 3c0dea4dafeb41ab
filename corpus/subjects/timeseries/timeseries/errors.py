"""Exceptions raised by the timeseries package."""


class TimeSeriesError(ValueError):
    """Base class for timeseries errors."""


class OrderError(TimeSeriesError):
    """Timestamps are not strictly increasing."""


class EmptySeriesError(TimeSeriesError):
    """An operation needs more points than the series has."""


class MissingValueError(TimeSeriesError):
    """An operation met a missing (``None``) value it cannot handle."""

    def __init__(self, timestamp: float, operation: str) -> None:
        self.timestamp = timestamp
        super().__init__(f"{operation} found a missing value at t={timestamp}")
