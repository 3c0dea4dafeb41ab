"""Products, slots and the slot grid of a vending machine."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .errors import SlotCapacityError, SoldOutError, UnknownSlotError, VendingError

_LABEL = re.compile(r"^([A-Z])([1-9][0-9]?)$")


def parse_label(label: str) -> tuple[str, int]:
    """Split ``"B12"`` into ``("B", 12)``; lowercase input is accepted."""
    match = _LABEL.match(label.strip().upper())
    if not match:
        raise ValueError(f"invalid slot label {label!r}")
    return match.group(1), int(match.group(2))


@dataclass(frozen=True)
class Product:
    code: str
    name: str
    price: int

    def __post_init__(self) -> None:
        if not self.code or not self.code.isalnum():
            raise ValueError(f"invalid product code {self.code!r}")
        if not self.name.strip():
            raise ValueError("product name must not be blank")
        if self.price <= 0:
            raise ValueError("price must be positive")


@dataclass
class Slot:
    label: str
    capacity: int
    product: Product | None = None
    quantity: int = 0

    def __post_init__(self) -> None:
        row, column = parse_label(self.label)
        self.label = f"{row}{column}"
        if self.capacity <= 0:
            raise ValueError("capacity must be positive")
        if not 0 <= self.quantity <= self.capacity:
            raise SlotCapacityError(
                f"quantity {self.quantity} outside 0..{self.capacity} for slot {self.label}"
            )
        if self.quantity and self.product is None:
            raise VendingError(f"slot {self.label} has stock but no product")

    @property
    def is_empty(self) -> bool:
        return self.quantity == 0

    @property
    def free_space(self) -> int:
        return self.capacity - self.quantity

    @property
    def sort_key(self) -> tuple[str, int]:
        return parse_label(self.label)

    def load(self, product: Product, quantity: int) -> None:
        """Put ``quantity`` units of ``product`` in the slot.

        A different product may only be loaded into an empty slot.
        """
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        if self.product is not None and self.product != product and not self.is_empty:
            raise VendingError(
                f"slot {self.label} still holds {self.quantity} x {self.product.name}"
            )
        limit = self.free_space if self.product == product else self.capacity
        if quantity > limit:
            raise SlotCapacityError(f"slot {self.label} cannot take {quantity} more")
        if self.product != product:
            self.quantity = 0
        self.product = product
        self.quantity += quantity

    def dispense(self) -> Product:
        if self.is_empty or self.product is None:
            raise SoldOutError(self.label)
        self.quantity -= 1
        return self.product


class Inventory:
    """A grid of slots addressed by labels like ``A1``."""

    def __init__(self) -> None:
        self._slots: dict[str, Slot] = {}

    def add_slot(self, label: str, capacity: int) -> Slot:
        slot = Slot(label, capacity)
        if slot.label in self._slots:
            raise VendingError(f"slot {slot.label} already exists")
        self._slots[slot.label] = slot
        return slot

    def slot(self, label: str) -> Slot:
        try:
            key = "{}{}".format(*parse_label(label))
        except ValueError:
            raise UnknownSlotError(label) from None
        if key not in self._slots:
            raise UnknownSlotError(label)
        return self._slots[key]

    def load(self, label: str, product: Product, quantity: int) -> Slot:
        slot = self.slot(label)
        slot.load(product, quantity)
        return slot

    def __iter__(self) -> Iterator[Slot]:
        return iter(sorted(self._slots.values(), key=lambda s: s.sort_key))

    def __len__(self) -> int:
        return len(self._slots)

    def find(self, code: str) -> list[Slot]:
        """Slots stocking product ``code`` that are not empty."""
        return [s for s in self if s.product is not None and s.product.code == code and not s.is_empty]

    def stock_of(self, code: str) -> int:
        return sum(slot.quantity for slot in self.find(code))

    def low_stock(self, threshold: int) -> list[str]:
        if threshold < 0:
            raise ValueError("threshold must not be negative")
        return [slot.label for slot in self if slot.quantity <= threshold]

    @property
    def total_value(self) -> int:
        return sum(slot.product.price * slot.quantity for slot in self if slot.product is not None)

    def restock_plan(self) -> dict[str, int]:
        """Units needed to fill every slot that has a product assigned."""
        return {
            slot.label: slot.free_space
            for slot in self
            if slot.product is not None and slot.free_space > 0
        }
