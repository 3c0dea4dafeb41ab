"""The vending machine: takes coins, sells products, gives change."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from .coins import CoinBox, make_change
from .errors import ChangeUnavailableError, InsufficientCreditError, InvalidCoinError, SoldOutError
from .inventory import Inventory, Product
from .report import Sale, SalesReport

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Purchase:
    product: Product
    change: dict[int, int]

    @property
    def change_total(self) -> int:
        return sum(coin * count for coin, count in self.change.items())


class VendingMachine:
    """Coordinates inventory, coin box and the current customer's credit."""

    def __init__(self, inventory: Inventory, coinbox: CoinBox, clock: Clock) -> None:
        self.inventory = inventory
        self.coinbox = coinbox
        self._clock = clock
        self._inserted: dict[int, int] = {}
        self._sales: list[Sale] = []

    @property
    def credit(self) -> int:
        return sum(coin * count for coin, count in self._inserted.items())

    @property
    def sales(self) -> tuple[Sale, ...]:
        return tuple(self._sales)

    def insert(self, coin: int) -> int:
        """Accept ``coin`` and return the new credit."""
        if not self.coinbox.accepts(coin):
            raise InvalidCoinError(coin)
        self._inserted[coin] = self._inserted.get(coin, 0) + 1
        return self.credit

    def refund(self) -> dict[int, int]:
        """Hand back exactly the coins inserted since the last sale."""
        coins = dict(sorted(self._inserted.items(), reverse=True))
        self._inserted.clear()
        return coins

    def select(self, label: str) -> Purchase:
        slot = self.inventory.slot(label)
        if slot.is_empty or slot.product is None:
            raise SoldOutError(slot.label)
        price = slot.product.price
        credit = self.credit
        if credit < price:
            raise InsufficientCreditError(price, credit)
        pool = self.coinbox.snapshot()
        for coin, count in self._inserted.items():
            pool[coin] += count
        change = make_change(credit - price, pool)
        self.coinbox.add_many(self._inserted)
        self.coinbox.remove(change)
        product = slot.dispense()
        self._inserted.clear()
        self._sales.append(Sale(self._clock(), slot.label, product.code, product.name, price, credit))
        return Purchase(product, change)

    def exact_change_only(self) -> bool:
        """True when some overpayment with a single coin could not be changed."""
        smallest = min(self.coinbox.denominations)
        largest = max(self.coinbox.denominations)
        return not all(
            self.coinbox.can_change(amount) for amount in range(smallest, largest, smallest)
        )

    def price_options(self) -> dict[str, int]:
        """Price per in-stock product code (cheapest slot wins)."""
        options: dict[str, int] = {}
        for slot in self.inventory:
            if slot.product is None or slot.is_empty:
                continue
            code = slot.product.code
            options[code] = min(options.get(code, slot.product.price), slot.product.price)
        return options

    def buy(self, code: str, coins: list[int]) -> Purchase:
        """Insert ``coins`` and buy product ``code`` from the first stocked slot.

        On failure the inserted coins are refunded and the error re-raised.
        """
        slots = self.inventory.find(code)
        if not slots:
            raise SoldOutError(code)
        try:
            for coin in coins:
                self.insert(coin)
            return self.select(slots[0].label)
        except (InvalidCoinError, InsufficientCreditError, ChangeUnavailableError):
            self.refund()
            raise

    def report(self) -> SalesReport:
        return SalesReport(self._sales)
