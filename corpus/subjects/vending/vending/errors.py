"""Exceptions raised by the vending machine model."""
from __future__ import annotations


class VendingError(Exception):
    """Base class for all vending errors."""


class InvalidCoinError(VendingError):
    def __init__(self, value: int) -> None:
        super().__init__(f"coin of value {value} is not accepted")
        self.value = value


class UnknownSlotError(VendingError):
    def __init__(self, label: str) -> None:
        super().__init__(f"no slot labelled {label!r}")
        self.label = label


class SoldOutError(VendingError):
    def __init__(self, label: str) -> None:
        super().__init__(f"slot {label!r} is sold out")
        self.label = label


class SlotCapacityError(VendingError):
    """Raised when loading more items than a slot can hold."""


class InsufficientCreditError(VendingError):
    def __init__(self, price: int, credit: int) -> None:
        super().__init__(f"price is {price}, credit is {credit}: insert {price - credit} more")
        self.price = price
        self.credit = credit

    @property
    def shortfall(self) -> int:
        return self.price - self.credit


class ChangeUnavailableError(VendingError):
    def __init__(self, amount: int) -> None:
        super().__init__(f"cannot make change for {amount}")
        self.amount = amount


class InsufficientCoinsError(VendingError):
    """Raised when removing coins that the coin box does not hold."""
