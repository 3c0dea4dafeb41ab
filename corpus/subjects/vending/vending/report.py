"""Sales records and aggregated reports."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from .coins import format_money


@dataclass(frozen=True)
class Sale:
    timestamp: datetime
    slot: str
    code: str
    name: str
    price: int
    paid: int

    @property
    def change(self) -> int:
        return self.paid - self.price


@dataclass(frozen=True)
class ProductLine:
    code: str
    name: str
    units: int
    revenue: int

    @property
    def average_price(self) -> float:
        return self.revenue / self.units


class SalesReport:
    """Aggregates over a sequence of sales."""

    def __init__(self, sales: Iterable[Sale]) -> None:
        self._sales = sorted(sales, key=lambda s: s.timestamp)

    def __len__(self) -> int:
        return len(self._sales)

    @property
    def sales(self) -> tuple[Sale, ...]:
        return tuple(self._sales)

    @property
    def total_revenue(self) -> int:
        return sum(sale.price for sale in self._sales)

    @property
    def change_given(self) -> int:
        return sum(sale.change for sale in self._sales)

    def by_product(self) -> list[ProductLine]:
        """One line per product, highest revenue first, ties by code."""
        totals: dict[str, list] = {}
        for sale in self._sales:
            entry = totals.setdefault(sale.code, [sale.name, 0, 0])
            entry[1] += 1
            entry[2] += sale.price
        lines = [ProductLine(code, name, units, revenue) for code, (name, units, revenue) in totals.items()]
        return sorted(lines, key=lambda line: (-line.revenue, line.code))

    def best_seller(self) -> ProductLine | None:
        lines = self.by_product()
        if not lines:
            return None
        return max(lines, key=lambda line: (line.units, line.revenue))

    def by_hour(self) -> dict[int, int]:
        """Revenue per hour of day, only for hours with sales, in hour order."""
        hours: dict[int, int] = {}
        for sale in self._sales:
            hours[sale.timestamp.hour] = hours.get(sale.timestamp.hour, 0) + sale.price
        return dict(sorted(hours.items()))

    def between(self, start: datetime, end: datetime) -> "SalesReport":
        """Sales with ``start <= timestamp < end``."""
        if end < start:
            raise ValueError("end must not be before start")
        return SalesReport(s for s in self._sales if start <= s.timestamp < end)

    def render(self) -> str:
        """A plain-text table of product lines followed by a total line."""
        lines = self.by_product()
        width = max([len(line.name) for line in lines] + [len("PRODUCT")])
        rows = [f"{'PRODUCT'.ljust(width)}  UNITS  REVENUE"]
        for line in lines:
            rows.append(f"{line.name.ljust(width)}  {line.units:5d}  {format_money(line.revenue):>7}")
        units = sum(line.units for line in lines)
        rows.append(f"{'TOTAL'.ljust(width)}  {units:5d}  {format_money(self.total_revenue):>7}")
        return "\n".join(rows)
