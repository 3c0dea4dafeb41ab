"""Exceptions raised by moneykit."""


class MoneyError(ValueError):
    """Base class for all moneykit errors."""


class UnknownCurrencyError(MoneyError):
    """Raised when a currency code is not registered."""


class CurrencyMismatchError(MoneyError):
    """Raised when an operation combines amounts in different currencies."""

    def __init__(self, left: str, right: str) -> None:
        self.left = left
        self.right = right
        super().__init__(f"currency mismatch: {left} and {right}")


class AllocationError(MoneyError):
    """Raised for invalid allocation ratios or part counts."""


class ConversionError(MoneyError):
    """Raised when no exchange rate is known for a currency pair."""


class FormatError(MoneyError):
    """Raised for unknown format rules or unparsable amounts."""
