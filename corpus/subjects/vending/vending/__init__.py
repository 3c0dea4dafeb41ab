"""vending: a vending machine domain model."""
from .coins import DEFAULT_DENOMINATIONS, CoinBox, bounded_change, format_money, greedy_change, make_change
from .errors import (
    ChangeUnavailableError,
    InsufficientCoinsError,
    InsufficientCreditError,
    InvalidCoinError,
    SlotCapacityError,
    SoldOutError,
    UnknownSlotError,
    VendingError,
)
from .inventory import Inventory, Product, Slot, parse_label
from .machine import Purchase, VendingMachine
from .report import ProductLine, Sale, SalesReport

__all__ = [
    "DEFAULT_DENOMINATIONS",
    "ChangeUnavailableError",
    "CoinBox",
    "InsufficientCoinsError",
    "InsufficientCreditError",
    "InvalidCoinError",
    "Inventory",
    "Product",
    "ProductLine",
    "Purchase",
    "Sale",
    "SalesReport",
    "Slot",
    "SlotCapacityError",
    "SoldOutError",
    "UnknownSlotError",
    "VendingError",
    "VendingMachine",
    "bounded_change",
    "format_money",
    "greedy_change",
    "make_change",
    "parse_label",
]
