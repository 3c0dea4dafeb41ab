import datetime as dt
from decimal import Decimal

import pytest

from stockroom import Catalog, CostLayer, FifoQueue, InventoryError, Product, UnknownProductError
from stockroom.fifo import total_cost

D = Decimal


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"sku": "bolt"}, "invalid SKU 'bolt'"),
        ({"sku": "A--B"}, "invalid SKU"),
        ({"sku": "-A"}, "invalid SKU"),
        ({"sku": "A", "reorder_point": -1}, "must not be negative"),
        ({"sku": "A", "minimum_order": -5}, "must not be negative"),
        ({"sku": "A", "pack_size": 0}, "pack size must be at least 1"),
        ({"sku": "A", "reorder_point": 10, "target_level": 5}, "target level below reorder point"),
    ],
)
def test_product_validation(kwargs, message):
    with pytest.raises(InventoryError, match=message):
        Product(name="x", **kwargs)


def test_catalog(catalog):
    assert len(catalog) == 3
    assert [product.sku for product in catalog] == ["BOLT-10", "NUT-5", "WIDGET"]
    assert catalog["NUT-5"].minimum_order == 30
    assert "WIDGET" in catalog
    with pytest.raises(UnknownProductError) as info:
        catalog["GEAR"]
    assert str(info.value) == "unknown SKU 'GEAR'"
    with pytest.raises(InventoryError, match="duplicate SKU 'WIDGET'"):
        catalog.add(Product("WIDGET", "Again"))
    assert len(Catalog()) == 0


def test_fifo_take_across_layers():
    queue = FifoQueue()
    queue.add(10, D("2"), dt.date(2024, 1, 1))
    queue.add(5, D("3"), dt.date(2024, 1, 2))
    taken = queue.take(12)
    assert taken == [CostLayer(10, D("2"), dt.date(2024, 1, 1)), CostLayer(2, D("3"), dt.date(2024, 1, 2))]
    assert total_cost(taken) == D("26")
    assert queue.layers == (CostLayer(3, D("3"), dt.date(2024, 1, 2)),)
    assert queue.quantity == 3
    assert queue.value == D("9")


def test_fifo_exact_layer_and_partial():
    queue = FifoQueue()
    queue.add(4, D("1.5"), dt.date(2024, 1, 1))
    assert queue.take(4) == [CostLayer(4, D("1.5"), dt.date(2024, 1, 1))]
    assert queue.layers == ()
    assert queue.last_cost is None
    assert queue.value == D("0")


def test_fifo_orders_backdated_receipts():
    queue = FifoQueue()
    queue.add(1, D("5"), dt.date(2024, 3, 1))
    queue.add(1, D("4"), dt.date(2024, 2, 1))
    queue.add(1, D("6"), dt.date(2024, 3, 1))
    queue.add(1, D("3"), dt.date(2024, 1, 1))
    assert [layer.unit_cost for layer in queue.layers] == [D("3"), D("4"), D("5"), D("6")]
    assert queue.last_cost == D("6")


@pytest.mark.parametrize(
    "quantity, cost, message",
    [(0, D("1"), "must be positive"), (-2, D("1"), "must be positive"), (1, D("-0.01"), "must not be negative")],
)
def test_fifo_add_errors(quantity, cost, message):
    with pytest.raises(ValueError, match=message):
        FifoQueue().add(quantity, cost, dt.date(2024, 1, 1))


def test_fifo_take_errors():
    queue = FifoQueue()
    queue.add(2, D("1"), dt.date(2024, 1, 1))
    with pytest.raises(ValueError, match="cannot take 3 units from 2"):
        queue.take(3)
    with pytest.raises(ValueError, match="must be positive"):
        queue.take(0)
    assert queue.quantity == 2
