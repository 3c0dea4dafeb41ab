import datetime as dt
from decimal import Decimal

import pytest

from stockroom import Catalog, Inventory, Product


@pytest.fixture
def catalog():
    catalog = Catalog()
    catalog.add(Product("BOLT-10", "Bolt 10mm", reorder_point=50, target_level=200, pack_size=25))
    catalog.add(Product("NUT-5", "Nut 5mm", reorder_point=20, pack_size=10, minimum_order=30))
    catalog.add(Product("WIDGET", "Widget"))
    return catalog


@pytest.fixture
def inventory(catalog):
    return Inventory(catalog, ["MAIN", "EAST"])


@pytest.fixture
def stocked(inventory):
    inventory.receive("BOLT-10", "MAIN", 100, Decimal("1.00"), dt.date(2024, 1, 1), "PO-1")
    inventory.receive("BOLT-10", "MAIN", 50, Decimal("1.20"), dt.date(2024, 1, 10), "PO-2")
    inventory.receive("NUT-5", "EAST", 40, Decimal("0.10"), dt.date(2024, 1, 5), "PO-3")
    return inventory
