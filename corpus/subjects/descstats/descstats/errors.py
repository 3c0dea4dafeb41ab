"""Exception hierarchy for descstats."""


class DescStatsError(ValueError):
    """Base class for all errors raised by descstats."""


class EmptyDataError(DescStatsError):
    """Raised when a statistic needs more data points than were supplied."""

    def __init__(self, statistic: str, required: int, got: int) -> None:
        self.statistic = statistic
        self.required = required
        self.got = got
        plural = "point" if required == 1 else "points"
        super().__init__(
            f"{statistic} requires at least {required} data {plural}, got {got}"
        )


class WeightError(DescStatsError):
    """Raised when weights are malformed (wrong length, negative, all zero)."""


class InvalidQuantileError(DescStatsError):
    """Raised for a quantile probability outside [0, 1] or an unknown method."""
