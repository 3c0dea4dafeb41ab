"""Inventory management: stock levels, reservations, reordering and FIFO valuation."""

from stockroom.catalog import Catalog, Product
from stockroom.errors import (
    InsufficientStockError,
    InventoryError,
    ReservationError,
    UnknownProductError,
)
from stockroom.fifo import CostLayer, FifoQueue
from stockroom.inventory import Inventory, Movement, MovementKind, Reservation
from stockroom.reorder import PurchaseSuggestion, suggest_purchases

__all__ = [
    "Catalog",
    "CostLayer",
    "FifoQueue",
    "InsufficientStockError",
    "Inventory",
    "InventoryError",
    "Movement",
    "MovementKind",
    "Product",
    "PurchaseSuggestion",
    "Reservation",
    "ReservationError",
    "UnknownProductError",
    "suggest_purchases",
]
