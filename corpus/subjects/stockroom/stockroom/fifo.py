"""First-in, first-out cost layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal("0")


@dataclass(frozen=True)
class CostLayer:
    """Units received together at one unit cost."""

    quantity: int
    unit_cost: Decimal
    received: dt.date

    @property
    def value(self) -> Decimal:
        return self.unit_cost * self.quantity


class FifoQueue:
    """Cost layers of one SKU in one warehouse, oldest first."""

    def __init__(self) -> None:
        self._layers: list[CostLayer] = []

    @property
    def layers(self) -> tuple[CostLayer, ...]:
        return tuple(self._layers)

    @property
    def quantity(self) -> int:
        return sum(layer.quantity for layer in self._layers)

    @property
    def value(self) -> Decimal:
        return sum((layer.value for layer in self._layers), ZERO)

    @property
    def last_cost(self) -> Decimal | None:
        return self._layers[-1].unit_cost if self._layers else None

    def add(self, quantity: int, unit_cost: Decimal, received: dt.date) -> None:
        """Append a layer, keeping layers ordered by receipt date."""
        if quantity <= 0:
            raise ValueError("layer quantity must be positive")
        if unit_cost < ZERO:
            raise ValueError("unit cost must not be negative")
        layer = CostLayer(quantity, unit_cost, received)
        position = len(self._layers)
        while position > 0 and self._layers[position - 1].received > received:
            position -= 1
        self._layers.insert(position, layer)

    def take(self, quantity: int) -> list[CostLayer]:
        """Remove ``quantity`` units from the oldest layers and return what was taken."""
        if quantity <= 0:
            raise ValueError("quantity to take must be positive")
        if quantity > self.quantity:
            raise ValueError(f"cannot take {quantity} units from {self.quantity}")
        taken: list[CostLayer] = []
        remaining = quantity
        while remaining:
            oldest = self._layers[0]
            portion = min(oldest.quantity, remaining)
            taken.append(CostLayer(portion, oldest.unit_cost, oldest.received))
            if portion == oldest.quantity:
                self._layers.pop(0)
            else:
                self._layers[0] = CostLayer(oldest.quantity - portion, oldest.unit_cost, oldest.received)
            remaining -= portion
        return taken


def total_cost(layers: list[CostLayer]) -> Decimal:
    """Combined value of a list of layers."""
    return sum((layer.value for layer in layers), ZERO)
