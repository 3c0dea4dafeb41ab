import pytest

from vending import (
    ChangeUnavailableError,
    CoinBox,
    InsufficientCreditError,
    InvalidCoinError,
    Inventory,
    Product,
    SoldOutError,
    VendingMachine,
)


def test_insert_accumulates_credit(machine):
    assert machine.insert(100) == 100
    assert machine.insert(20) == 120
    assert machine.credit == 120


def test_insert_rejects_foreign_coin(machine):
    with pytest.raises(InvalidCoinError, match="value 3"):
        machine.insert(3)
    assert machine.credit == 0


def test_refund_returns_inserted_coins(machine):
    for coin in (10, 50, 10):
        machine.insert(coin)
    assert machine.refund() == {50: 1, 10: 2}
    assert machine.credit == 0
    assert machine.refund() == {}


def test_exact_purchase(machine, coinbox, cola, clock):
    machine.insert(100)
    machine.insert(20)
    purchase = machine.select("A1")
    assert purchase.product == cola
    assert purchase.change == {}
    assert purchase.change_total == 0
    assert coinbox.count(100) == 3
    assert machine.inventory.slot("A1").quantity == 1
    assert machine.credit == 0
    sale = machine.sales[0]
    assert (sale.timestamp, sale.slot, sale.code, sale.price, sale.paid) == (clock.now, "A1", "C1", 120, 120)


def test_purchase_with_change(machine, coinbox):
    machine.insert(200)
    purchase = machine.select("B1")
    assert purchase.change == {100: 1, 10: 1, 5: 1}
    assert purchase.change_total == 115
    assert coinbox.count(200) == 1
    assert coinbox.count(100) == 1
    assert coinbox.count(5) == 3


def test_change_can_use_inserted_coins(clock, cola):
    inv = Inventory()
    inv.add_slot("A1", 2)
    inv.load("A1", cola, 1)
    box = CoinBox({})
    vm = VendingMachine(inv, box, clock)
    for coin in (100, 20, 20):
        vm.insert(coin)
    assert vm.select("A1").change == {20: 1}
    assert box.snapshot()[20] == 1


def test_insufficient_credit(machine):
    machine.insert(50)
    with pytest.raises(InsufficientCreditError) as info:
        machine.select("A1")
    assert info.value.shortfall == 70
    assert str(info.value) == "price is 120, credit is 50: insert 70 more"
    assert machine.credit == 50


def test_sold_out_slot(machine):
    machine.insert(200)
    with pytest.raises(SoldOutError):
        machine.select("A2")


def test_change_unavailable_keeps_state(clock, chips):
    inv = Inventory()
    inv.add_slot("A1", 1)
    inv.load("A1", chips, 1)
    box = CoinBox({10: 1})
    vm = VendingMachine(inv, box, clock)
    vm.insert(100)
    with pytest.raises(ChangeUnavailableError):
        vm.select("A1")
    assert vm.credit == 100
    assert box.snapshot()[100] == 0
    assert inv.slot("A1").quantity == 1
    assert vm.sales == ()


def test_exact_change_only(clock):
    vm = VendingMachine(Inventory(), CoinBox({10: 1}, denominations=(50, 20, 10)), clock)
    assert vm.exact_change_only() is True
    vm.coinbox.add_many({10: 1, 20: 1})
    assert vm.exact_change_only() is False


def test_price_options(machine):
    machine.inventory.load("A2", Product("C1", "Cola", 110), 1)
    machine.inventory.add_slot("C1", 2)
    assert machine.price_options() == {"C1": 110, "P7": 85}


def test_buy_by_code(machine, chips):
    purchase = machine.buy("P7", [50, 20, 10, 5])
    assert purchase.product == chips
    assert purchase.change == {}


def test_buy_refunds_on_failure(machine):
    with pytest.raises(InsufficientCreditError):
        machine.buy("C1", [50, 20])
    assert machine.credit == 0
    with pytest.raises(InvalidCoinError):
        machine.buy("C1", [100, 1])
    assert machine.credit == 0


def test_buy_unknown_product(machine):
    with pytest.raises(SoldOutError):
        machine.buy("XX", [100])
