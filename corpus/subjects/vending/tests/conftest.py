from datetime import datetime, timedelta

import pytest

from vending import CoinBox, Inventory, Product, VendingMachine


class ManualClock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, **kwargs):
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock():
    return ManualClock(datetime(2024, 3, 1, 9, 30))


@pytest.fixture
def cola():
    return Product("C1", "Cola", 120)


@pytest.fixture
def chips():
    return Product("P7", "Chips", 85)


@pytest.fixture
def inventory(cola, chips):
    inv = Inventory()
    inv.add_slot("A1", 5)
    inv.add_slot("A2", 5)
    inv.add_slot("B1", 3)
    inv.load("A1", cola, 2)
    inv.load("B1", chips, 3)
    return inv


@pytest.fixture
def coinbox():
    return CoinBox({100: 2, 50: 2, 20: 5, 10: 5, 5: 4})


@pytest.fixture
def machine(inventory, coinbox, clock):
    return VendingMachine(inventory, coinbox, clock)
