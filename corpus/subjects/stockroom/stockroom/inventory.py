"""Stock levels per warehouse, movements and reservations."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from stockroom.catalog import Catalog
from stockroom.errors import InsufficientStockError, InventoryError, ReservationError, UnknownProductError
from stockroom.fifo import ZERO, CostLayer, FifoQueue, total_cost


class MovementKind(enum.Enum):
    RECEIPT = "receipt"
    ISSUE = "issue"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    ADJUSTMENT = "adjustment"


@dataclass(frozen=True)
class Movement:
    """A signed change in stock with its total cost."""

    sequence: int
    date: dt.date
    kind: MovementKind
    sku: str
    warehouse: str
    quantity: int
    cost: Decimal
    reference: str = ""


@dataclass(frozen=True)
class Reservation:
    reservation_id: str
    sku: str
    warehouse: str
    quantity: int
    reference: str = ""


def _positive(quantity: int) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise InventoryError(f"quantity must be a positive integer, got {quantity!r}")
    return quantity


class Inventory:
    """Tracks stock of catalog products across named warehouses."""

    def __init__(self, catalog: Catalog, warehouses: Iterable[str]) -> None:
        self.catalog = catalog
        self._warehouses: list[str] = []
        for code in warehouses:
            self.add_warehouse(code)
        self._stock: dict[tuple[str, str], FifoQueue] = {}
        self._reservations: dict[str, Reservation] = {}
        self._movements: list[Movement] = []
        self._next_reservation = 1

    @property
    def warehouses(self) -> tuple[str, ...]:
        return tuple(self._warehouses)

    def add_warehouse(self, code: str) -> None:
        if not code or not code.strip():
            raise InventoryError("warehouse code must not be blank")
        if code in self._warehouses:
            raise InventoryError(f"duplicate warehouse {code!r}")
        self._warehouses.append(code)

    def _queue(self, sku: str, warehouse: str) -> FifoQueue:
        if sku not in self.catalog:
            raise UnknownProductError(sku)
        if warehouse not in self._warehouses:
            raise InventoryError(f"unknown warehouse {warehouse!r}")
        return self._stock.setdefault((sku, warehouse), FifoQueue())

    def _record(self, date: dt.date, kind: MovementKind, sku: str, warehouse: str, quantity: int,
                cost: Decimal, reference: str) -> Movement:
        movement = Movement(len(self._movements) + 1, date, kind, sku, warehouse, quantity, cost, reference)
        self._movements.append(movement)
        return movement

    def _warehouses_for(self, warehouse: str | None) -> list[str]:
        return list(self._warehouses) if warehouse is None else [warehouse]

    def on_hand(self, sku: str, warehouse: str | None = None) -> int:
        return sum(self._queue(sku, code).quantity for code in self._warehouses_for(warehouse))

    def reserved(self, sku: str, warehouse: str | None = None) -> int:
        codes = self._warehouses_for(warehouse)
        return sum(r.quantity for r in self._reservations.values() if r.sku == sku and r.warehouse in codes)

    def available(self, sku: str, warehouse: str | None = None) -> int:
        return self.on_hand(sku, warehouse) - self.reserved(sku, warehouse)

    def value(self, sku: str | None = None, warehouse: str | None = None) -> Decimal:
        """FIFO value of stock, optionally limited to one SKU and/or warehouse."""
        return sum(
            (
                queue.value
                for (item, code), queue in self._stock.items()
                if (sku is None or item == sku) and (warehouse is None or code == warehouse)
            ),
            ZERO,
        )

    def receive(self, sku: str, warehouse: str, quantity: int, unit_cost: Decimal | str, date: dt.date,
                reference: str = "") -> Movement:
        """Add units at a unit cost, creating a new FIFO layer."""
        _positive(quantity)
        cost = Decimal(unit_cost)
        if cost < ZERO:
            raise InventoryError("unit cost must not be negative")
        self._queue(sku, warehouse).add(quantity, cost, date)
        return self._record(date, MovementKind.RECEIPT, sku, warehouse, quantity, cost * quantity, reference)

    def _take_unreserved(self, sku: str, warehouse: str, quantity: int) -> list[CostLayer]:
        queue = self._queue(sku, warehouse)
        free = queue.quantity - self.reserved(sku, warehouse)
        if quantity > free:
            raise InsufficientStockError(sku, warehouse, quantity, free)
        return queue.take(quantity)

    def issue(self, sku: str, warehouse: str, quantity: int, date: dt.date, reference: str = "") -> Movement:
        """Remove unreserved units; the movement cost is the FIFO cost of goods."""
        _positive(quantity)
        cost = total_cost(self._take_unreserved(sku, warehouse, quantity))
        return self._record(date, MovementKind.ISSUE, sku, warehouse, -quantity, cost, reference)

    def transfer(self, sku: str, source: str, destination: str, quantity: int, date: dt.date,
                 reference: str = "") -> tuple[Movement, Movement]:
        """Move units between warehouses, carrying their original cost layers."""
        _positive(quantity)
        if source == destination:
            raise InventoryError("source and destination warehouses must differ")
        target = self._queue(sku, destination)
        layers = self._take_unreserved(sku, source, quantity)
        for layer in layers:
            target.add(layer.quantity, layer.unit_cost, layer.received)
        cost = total_cost(layers)
        outgoing = self._record(date, MovementKind.TRANSFER_OUT, sku, source, -quantity, cost, reference)
        incoming = self._record(date, MovementKind.TRANSFER_IN, sku, destination, quantity, cost, reference)
        return outgoing, incoming

    def adjust(self, sku: str, warehouse: str, counted: int, date: dt.date,
               unit_cost: Decimal | None = None) -> Movement | None:
        """Set stock to a physical count; gains are costed at ``unit_cost`` or the last cost."""
        if counted < 0:
            raise InventoryError("counted quantity must not be negative")
        queue = self._queue(sku, warehouse)
        difference = counted - queue.quantity
        if difference == 0:
            return None
        if difference > 0:
            cost = unit_cost if unit_cost is not None else queue.last_cost
            if cost is None:
                raise InventoryError(f"{sku} at {warehouse}: no cost known for adjustment gain")
            queue.add(difference, cost, date)
            return self._record(date, MovementKind.ADJUSTMENT, sku, warehouse, difference, cost * difference, "count")
        if counted < self.reserved(sku, warehouse):
            raise InventoryError(f"{sku} at {warehouse}: count {counted} is below reserved quantity")
        removed = total_cost(queue.take(-difference))
        return self._record(date, MovementKind.ADJUSTMENT, sku, warehouse, difference, removed, "count")

    def reserve(self, sku: str, warehouse: str, quantity: int, reference: str = "") -> Reservation:
        """Hold available units for an order."""
        _positive(quantity)
        free = self.available(sku, warehouse)
        if quantity > free:
            raise InsufficientStockError(sku, warehouse, quantity, free)
        reservation = Reservation(f"R{self._next_reservation}", sku, warehouse, quantity, reference)
        self._next_reservation += 1
        self._reservations[reservation.reservation_id] = reservation
        return reservation

    def _pop_reservation(self, reservation_id: str) -> Reservation:
        try:
            return self._reservations.pop(reservation_id)
        except KeyError:
            raise ReservationError(f"no open reservation {reservation_id!r}") from None

    def release(self, reservation_id: str) -> Reservation:
        """Cancel a reservation, making its units available again."""
        return self._pop_reservation(reservation_id)

    def fulfil(self, reservation_id: str, date: dt.date) -> Movement:
        """Issue the reserved units and close the reservation."""
        reservation = self._pop_reservation(reservation_id)
        layers = self._take_unreserved(reservation.sku, reservation.warehouse, reservation.quantity)
        cost = total_cost(layers)
        return self._record(date, MovementKind.ISSUE, reservation.sku, reservation.warehouse,
                            -reservation.quantity, cost, reservation.reference or reservation_id)

    def open_reservations(self, sku: str | None = None) -> list[Reservation]:
        return [r for r in self._reservations.values() if sku is None or r.sku == sku]

    def movements(self, sku: str | None = None, warehouse: str | None = None) -> list[Movement]:
        return [
            movement
            for movement in self._movements
            if (sku is None or movement.sku == sku) and (warehouse is None or movement.warehouse == warehouse)
        ]

    def stock_report(self) -> list[tuple[str, str, int, int, Decimal]]:
        """(sku, warehouse, on hand, available, value) for every non-empty position, sorted."""
        rows = []
        for (sku, warehouse), queue in sorted(self._stock.items()):
            if queue.quantity or self.reserved(sku, warehouse):
                rows.append((sku, warehouse, queue.quantity, self.available(sku, warehouse), queue.value))
        return rows
