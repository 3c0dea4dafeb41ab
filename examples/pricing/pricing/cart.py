"""A cart of line items with discounts and tax."""

from __future__ import annotations

from dataclasses import dataclass, field

from pricing.discounts import bulk_discount, coupon_discount
from pricing.tax import tax_for


@dataclass(frozen=True)
class LineItem:
    sku: str
    unit_price: int
    quantity: int

    @property
    def subtotal(self) -> int:
        return self.unit_price * self.quantity


@dataclass
class Cart:
    region: str
    items: list[LineItem] = field(default_factory=list)
    coupon: str | None = None

    def add(self, sku: str, unit_price: int, quantity: int = 1) -> None:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.items.append(LineItem(sku, unit_price, quantity))

    def subtotal(self) -> int:
        return sum(item.subtotal for item in self.items)

    def discounts(self) -> int:
        bulk = sum(bulk_discount(item.quantity, item.subtotal) for item in self.items)
        return bulk + coupon_discount(self.coupon, self.subtotal() - bulk)

    def total(self) -> int:
        net = self.subtotal() - self.discounts()
        return net + tax_for(self.region, net)
