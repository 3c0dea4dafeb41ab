"""Exceptions raised by stockroom."""


class InventoryError(Exception):
    """Base class for inventory problems."""


class UnknownProductError(InventoryError, KeyError):
    """A SKU is not in the catalog."""

    def __str__(self) -> str:
        return f"unknown SKU {self.args[0]!r}"


class InsufficientStockError(InventoryError):
    """More units were requested than are available."""

    def __init__(self, sku: str, warehouse: str, requested: int, available: int) -> None:
        super().__init__(f"{sku} at {warehouse}: requested {requested}, only {available} available")
        self.sku = sku
        self.warehouse = warehouse
        self.requested = requested
        self.available = available


class ReservationError(InventoryError):
    """A reservation could not be created, released or fulfilled."""
