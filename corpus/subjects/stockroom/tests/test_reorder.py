import datetime as dt

import pytest

from stockroom import InventoryError, PurchaseSuggestion, UnknownProductError, suggest_purchases
from stockroom.reorder import order_quantity


@pytest.mark.parametrize(
    "position, reorder_point, target, pack, minimum, expected",
    [
        (51, 50, 200, 25, 0, 0),
        (50, 50, 200, 25, 0, 150),
        (49, 50, 200, 25, 0, 175),
        (0, 50, 200, 1, 0, 200),
        (20, 20, 0, 10, 30, 30),
        (19, 20, 0, 10, 0, 10),
        (5, 20, 0, 1, 0, 16),
        (10, 10, 10, 6, 0, 6),
        (-5, 0, 0, 4, 0, 8),
    ],
)
def test_order_quantity(position, reorder_point, target, pack, minimum, expected):
    assert order_quantity(position, reorder_point, target, pack, minimum) == expected


def test_suggestions_empty_inventory(inventory):
    assert suggest_purchases(inventory) == [
        PurchaseSuggestion("BOLT-10", 0, 200),
        PurchaseSuggestion("NUT-5", 0, 30),
    ]


def test_suggestions_consider_stock_reservations_and_orders(stocked):
    assert suggest_purchases(stocked) == []
    stocked.reserve("BOLT-10", "MAIN", 110)
    stocked.reserve("NUT-5", "EAST", 25)
    assert suggest_purchases(stocked) == [
        PurchaseSuggestion("BOLT-10", 40, 175),
        PurchaseSuggestion("NUT-5", 15, 30),
    ]
    assert suggest_purchases(stocked, {"BOLT-10": 20, "NUT-5": 0}) == [PurchaseSuggestion("NUT-5", 15, 30)]


def test_suggestions_across_warehouses(stocked):
    stocked.issue("BOLT-10", "MAIN", 120, dt.date(2024, 2, 1))
    stocked.receive("BOLT-10", "EAST", 25, "1", dt.date(2024, 2, 2))
    assert suggest_purchases(stocked) == []
    stocked.issue("BOLT-10", "EAST", 10, dt.date(2024, 2, 3))
    assert suggest_purchases(stocked) == [PurchaseSuggestion("BOLT-10", 45, 175)]


def test_suggestion_errors(inventory):
    with pytest.raises(UnknownProductError):
        suggest_purchases(inventory, {"GEAR": 5})
    with pytest.raises(InventoryError, match="must not be negative"):
        suggest_purchases(inventory, {"NUT-5": -1})
