"""Reorder-point replenishment suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from stockroom.errors import InventoryError, UnknownProductError
from stockroom.inventory import Inventory


@dataclass(frozen=True)
class PurchaseSuggestion:
    sku: str
    position: int
    quantity: int


def order_quantity(position: int, reorder_point: int, target_level: int, pack_size: int, minimum_order: int) -> int:
    """Units to order so that stock reaches the target, in whole packs; 0 if above the reorder point."""
    if position > reorder_point:
        return 0
    target = max(target_level, reorder_point + 1)
    needed = max(target - position, minimum_order)
    packs = -(-needed // pack_size)
    return packs * pack_size


def suggest_purchases(inventory: Inventory, on_order: Mapping[str, int] | None = None) -> list[PurchaseSuggestion]:
    """Suggest purchases for every replenished product at or below its reorder point.

    The inventory position is available stock across all warehouses plus units on order.
    """
    pending = dict(on_order or {})
    unknown = sorted(sku for sku in pending if sku not in inventory.catalog)
    if unknown:
        raise UnknownProductError(unknown[0])
    if any(quantity < 0 for quantity in pending.values()):
        raise InventoryError("quantities on order must not be negative")
    suggestions = []
    for product in inventory.catalog:
        if product.reorder_point == 0 and product.target_level == 0:
            continue
        position = inventory.available(product.sku) + pending.get(product.sku, 0)
        quantity = order_quantity(
            position, product.reorder_point, product.target_level, product.pack_size, product.minimum_order
        )
        if quantity:
            suggestions.append(PurchaseSuggestion(product.sku, position, quantity))
    return suggestions
