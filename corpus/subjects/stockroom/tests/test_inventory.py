import datetime as dt
from decimal import Decimal

import pytest

from stockroom import (
    InsufficientStockError,
    Inventory,
    InventoryError,
    Movement,
    MovementKind,
    Reservation,
    ReservationError,
    UnknownProductError,
)

D = Decimal
DAY = dt.date(2024, 2, 1)


def test_receive_records_movement(inventory):
    movement = inventory.receive("NUT-5", "MAIN", 10, "0.25", DAY, "PO-9")
    assert movement == Movement(1, DAY, MovementKind.RECEIPT, "NUT-5", "MAIN", 10, D("2.50"), "PO-9")
    assert inventory.on_hand("NUT-5", "MAIN") == 10
    assert inventory.value("NUT-5") == D("2.50")


@pytest.mark.parametrize("quantity", [0, -3, 1.5, True])
def test_quantity_must_be_positive_int(inventory, quantity):
    with pytest.raises(InventoryError, match="positive integer"):
        inventory.receive("NUT-5", "MAIN", quantity, "1", DAY)


def test_receive_errors(inventory):
    with pytest.raises(InventoryError, match="unit cost must not be negative"):
        inventory.receive("NUT-5", "MAIN", 1, "-1", DAY)
    with pytest.raises(InventoryError, match="unknown warehouse 'WEST'"):
        inventory.receive("NUT-5", "WEST", 1, "1", DAY)
    with pytest.raises(UnknownProductError):
        inventory.receive("GEAR", "MAIN", 1, "1", DAY)


def test_warehouses(inventory):
    assert inventory.warehouses == ("MAIN", "EAST")
    inventory.add_warehouse("WEST")
    assert inventory.warehouses == ("MAIN", "EAST", "WEST")
    with pytest.raises(InventoryError, match="duplicate warehouse 'MAIN'"):
        inventory.add_warehouse("MAIN")
    with pytest.raises(InventoryError, match="must not be blank"):
        inventory.add_warehouse(" ")


def test_issue_uses_fifo_cost(stocked):
    movement = stocked.issue("BOLT-10", "MAIN", 120, DAY, "SO-1")
    assert movement.quantity == -120
    assert movement.cost == D("124.00")
    assert movement.kind is MovementKind.ISSUE
    assert stocked.on_hand("BOLT-10") == 30
    assert stocked.value("BOLT-10", "MAIN") == D("36.00")


def test_issue_insufficient(stocked):
    with pytest.raises(InsufficientStockError) as info:
        stocked.issue("BOLT-10", "MAIN", 151, DAY)
    assert str(info.value) == "BOLT-10 at MAIN: requested 151, only 150 available"
    assert (info.value.requested, info.value.available) == (151, 150)
    with pytest.raises(InsufficientStockError, match="only 0 available"):
        stocked.issue("BOLT-10", "EAST", 1, DAY)


def test_totals_across_warehouses(stocked):
    stocked.receive("BOLT-10", "EAST", 10, "2", DAY)
    assert stocked.on_hand("BOLT-10") == 160
    assert stocked.on_hand("BOLT-10", "EAST") == 10
    assert stocked.value() == D("184.00")
    assert stocked.value(warehouse="EAST") == D("24.00")
    assert stocked.value("WIDGET") == D("0")


def test_transfer_keeps_cost_layers(stocked):
    outgoing, incoming = stocked.transfer("BOLT-10", "MAIN", "EAST", 110, DAY, "T-1")
    assert (outgoing.quantity, incoming.quantity) == (-110, 110)
    assert outgoing.cost == incoming.cost == D("112.00")
    assert (outgoing.warehouse, incoming.warehouse) == ("MAIN", "EAST")
    assert stocked.value("BOLT-10", "EAST") == D("112.00")
    assert stocked.value("BOLT-10", "MAIN") == D("48.00")
    assert stocked.issue("BOLT-10", "EAST", 100, DAY).cost == D("100.00")


def test_transfer_errors(stocked):
    with pytest.raises(InventoryError, match="must differ"):
        stocked.transfer("BOLT-10", "MAIN", "MAIN", 1, DAY)
    stocked.reserve("BOLT-10", "MAIN", 140)
    with pytest.raises(InsufficientStockError, match="requested 11, only 10 available"):
        stocked.transfer("BOLT-10", "MAIN", "EAST", 11, DAY)
    with pytest.raises(InventoryError, match="unknown warehouse"):
        stocked.transfer("BOLT-10", "MAIN", "NORTH", 1, DAY)


def test_reservations_reduce_available(stocked):
    first = stocked.reserve("BOLT-10", "MAIN", 100, "SO-7")
    second = stocked.reserve("BOLT-10", "MAIN", 30)
    assert first == Reservation("R1", "BOLT-10", "MAIN", 100, "SO-7")
    assert second.reservation_id == "R2"
    assert stocked.reserved("BOLT-10") == 130
    assert stocked.available("BOLT-10", "MAIN") == 20
    with pytest.raises(InsufficientStockError):
        stocked.reserve("BOLT-10", "MAIN", 21)
    with pytest.raises(InsufficientStockError):
        stocked.issue("BOLT-10", "MAIN", 21, DAY)
    assert stocked.open_reservations("BOLT-10") == [first, second]
    assert stocked.open_reservations("NUT-5") == []


def test_release_and_fulfil(stocked):
    reservation = stocked.reserve("BOLT-10", "MAIN", 110, "SO-8")
    other = stocked.reserve("BOLT-10", "MAIN", 5)
    released = stocked.release(other.reservation_id)
    assert released == other
    assert stocked.available("BOLT-10") == 40
    movement = stocked.fulfil(reservation.reservation_id, DAY)
    assert movement.quantity == -110
    assert movement.cost == D("112.00")
    assert movement.reference == "SO-8"
    assert stocked.reserved("BOLT-10") == 0
    assert stocked.on_hand("BOLT-10") == 40
    with pytest.raises(ReservationError, match="no open reservation 'R1'"):
        stocked.fulfil("R1", DAY)
    with pytest.raises(ReservationError):
        stocked.release("R2")


def test_fulfil_without_reference_uses_id(stocked):
    reservation = stocked.reserve("NUT-5", "EAST", 4)
    assert stocked.fulfil(reservation.reservation_id, DAY).reference == "R1"


def test_adjust_gain_and_loss(stocked):
    gain = stocked.adjust("BOLT-10", "MAIN", 160, DAY)
    assert gain.quantity == 10
    assert gain.cost == D("12.00")
    assert gain.kind is MovementKind.ADJUSTMENT
    loss = stocked.adjust("BOLT-10", "MAIN", 55, DAY)
    assert loss.quantity == -105
    assert loss.cost == D("106.00")
    assert stocked.adjust("BOLT-10", "MAIN", 55, DAY) is None
    priced = stocked.adjust("NUT-5", "MAIN", 3, DAY, unit_cost=D("0.50"))
    assert priced.cost == D("1.50")


def test_adjust_errors(stocked):
    with pytest.raises(InventoryError, match="no cost known"):
        stocked.adjust("WIDGET", "MAIN", 5, DAY)
    with pytest.raises(InventoryError, match="must not be negative"):
        stocked.adjust("BOLT-10", "MAIN", -1, DAY)
    stocked.reserve("BOLT-10", "MAIN", 60)
    with pytest.raises(InventoryError, match="count 59 is below reserved quantity"):
        stocked.adjust("BOLT-10", "MAIN", 59, DAY)
    assert stocked.adjust("BOLT-10", "MAIN", 60, DAY).quantity == -90


def test_movement_history_filters(stocked):
    stocked.transfer("BOLT-10", "MAIN", "EAST", 5, DAY)
    assert [m.sequence for m in stocked.movements()] == [1, 2, 3, 4, 5]
    assert [m.kind for m in stocked.movements("BOLT-10", "EAST")] == [MovementKind.TRANSFER_IN]
    assert [m.sequence for m in stocked.movements(warehouse="EAST")] == [3, 5]


def test_stock_report(stocked):
    stocked.reserve("NUT-5", "EAST", 15)
    assert stocked.stock_report() == [
        ("BOLT-10", "MAIN", 150, 150, D("160.00")),
        ("NUT-5", "EAST", 40, 25, D("4.00")),
    ]
    stocked.issue("BOLT-10", "MAIN", 150, DAY)
    assert [row[0] for row in stocked.stock_report()] == ["NUT-5"]


def test_empty_inventory(catalog):
    inventory = Inventory(catalog, [])
    assert inventory.value() == D("0")
    assert inventory.on_hand("BOLT-10") == 0
    assert inventory.stock_report() == []
