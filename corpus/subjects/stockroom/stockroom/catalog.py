"""Products and the catalog of SKUs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from stockroom.errors import InventoryError, UnknownProductError

SKU_PATTERN = re.compile(r"[A-Z0-9]+(-[A-Z0-9]+)*")


@dataclass(frozen=True)
class Product:
    """A stock-keeping unit with its replenishment parameters."""

    sku: str
    name: str
    reorder_point: int = 0
    target_level: int = 0
    pack_size: int = 1
    minimum_order: int = 0

    def __post_init__(self) -> None:
        if not SKU_PATTERN.fullmatch(self.sku):
            raise InventoryError(f"invalid SKU {self.sku!r}")
        if self.reorder_point < 0 or self.minimum_order < 0:
            raise InventoryError(f"{self.sku}: reorder settings must not be negative")
        if self.pack_size < 1:
            raise InventoryError(f"{self.sku}: pack size must be at least 1")
        if self.target_level and self.target_level < self.reorder_point:
            raise InventoryError(f"{self.sku}: target level below reorder point")


class Catalog:
    """Products keyed by SKU."""

    def __init__(self) -> None:
        self._products: dict[str, Product] = {}

    def add(self, product: Product) -> Product:
        if product.sku in self._products:
            raise InventoryError(f"duplicate SKU {product.sku!r}")
        self._products[product.sku] = product
        return product

    def __getitem__(self, sku: str) -> Product:
        try:
            return self._products[sku]
        except KeyError:
            raise UnknownProductError(sku) from None

    def __contains__(self, sku: object) -> bool:
        return sku in self._products

    def __iter__(self) -> Iterator[Product]:
        return iter(sorted(self._products.values(), key=lambda product: product.sku))

    def __len__(self) -> int:
        return len(self._products)
