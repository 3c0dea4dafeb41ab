import pytest

from vending import (
    Inventory,
    Product,
    Slot,
    SlotCapacityError,
    SoldOutError,
    UnknownSlotError,
    VendingError,
    parse_label,
)


@pytest.mark.parametrize("label, expected", [("A1", ("A", 1)), ("b12", ("B", 12)), (" C9 ", ("C", 9))])
def test_parse_label(label, expected):
    assert parse_label(label) == expected


@pytest.mark.parametrize("label", ["", "A0", "AA1", "1A", "A100", "A-1"])
def test_parse_label_rejects(label):
    with pytest.raises(ValueError):
        parse_label(label)


@pytest.mark.parametrize(
    "code, name, price",
    [("", "x", 10), ("a-b", "x", 10), ("X1", "  ", 10), ("X1", "x", 0)],
)
def test_product_validation(code, name, price):
    with pytest.raises(ValueError):
        Product(code, name, price)


def test_slot_normalises_label_and_validates():
    assert Slot("a3", 4).label == "A3"
    with pytest.raises(ValueError):
        Slot("A1", 0)
    with pytest.raises(SlotCapacityError):
        Slot("A1", 2, quantity=3)
    with pytest.raises(VendingError, match="no product"):
        Slot("A1", 2, quantity=1)


def test_slot_load_and_dispense(cola):
    slot = Slot("A1", 3)
    slot.load(cola, 2)
    assert slot.free_space == 1
    slot.load(cola, 1)
    assert slot.quantity == 3
    with pytest.raises(SlotCapacityError):
        slot.load(cola, 1)
    assert slot.dispense() == cola
    assert slot.quantity == 2


def test_slot_load_other_product_requires_empty(cola, chips):
    slot = Slot("A1", 3)
    slot.load(cola, 1)
    with pytest.raises(VendingError, match="still holds 1 x Cola"):
        slot.load(chips, 1)
    slot.dispense()
    slot.load(chips, 3)
    assert (slot.product, slot.quantity) == (chips, 3)
    with pytest.raises(SlotCapacityError):
        Slot("A2", 2).load(chips, 3)
    with pytest.raises(ValueError):
        slot.load(chips, 0)


def test_slot_sold_out():
    with pytest.raises(SoldOutError, match="'A1'"):
        Slot("A1", 1).dispense()


def test_inventory_lookup(inventory, cola):
    assert inventory.slot("a1").product == cola
    assert len(inventory) == 3
    with pytest.raises(UnknownSlotError):
        inventory.slot("Z9")
    with pytest.raises(UnknownSlotError):
        inventory.slot("nonsense")
    with pytest.raises(VendingError, match="already exists"):
        inventory.add_slot("a2", 4)


def test_inventory_iterates_in_grid_order():
    inv = Inventory()
    for label in ["B2", "A10", "A2", "B1"]:
        inv.add_slot(label, 1)
    assert [slot.label for slot in inv] == ["A2", "A10", "B1", "B2"]


def test_inventory_find_and_stock(inventory, cola):
    inventory.load("A2", cola, 4)
    assert [s.label for s in inventory.find("C1")] == ["A1", "A2"]
    assert inventory.stock_of("C1") == 6
    assert inventory.stock_of("nope") == 0


def test_low_stock_and_value(inventory):
    assert inventory.low_stock(2) == ["A1", "A2"]
    assert inventory.low_stock(0) == ["A2"]
    assert inventory.total_value == 2 * 120 + 3 * 85
    with pytest.raises(ValueError):
        inventory.low_stock(-1)


def test_restock_plan(inventory):
    assert inventory.restock_plan() == {"A1": 3}
