"""Coin storage and change-making with a limited supply of coins."""
from __future__ import annotations

from typing import Iterable, Mapping

from .errors import ChangeUnavailableError, InsufficientCoinsError, InvalidCoinError

DEFAULT_DENOMINATIONS: tuple[int, ...] = (200, 100, 50, 20, 10, 5)


def format_money(cents: int) -> str:
    """Render an amount of cents as ``1.50`` (negative amounts keep their sign)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}.{frac:02d}"


def greedy_change(amount: int, available: Mapping[int, int]) -> dict[int, int] | None:
    """Take the largest coins first; return ``None`` when that leaves a remainder."""
    remaining = amount
    result: dict[int, int] = {}
    for coin in sorted(available, reverse=True):
        if remaining <= 0:
            break
        take = min(remaining // coin, available[coin])
        if take > 0:
            result[coin] = take
            remaining -= take * coin
    return result if remaining == 0 else None


def bounded_change(amount: int, available: Mapping[int, int]) -> dict[int, int] | None:
    """Find the change using the fewest coins, honouring coin counts."""
    best: dict[int, tuple[int, dict[int, int]]] = {0: (0, {})}
    for coin in sorted(available, reverse=True):
        limit = available[coin]
        if limit <= 0:
            continue
        updated = dict(best)
        for reached, (count, combo) in best.items():
            for used in range(1, limit + 1):
                total = reached + used * coin
                if total > amount:
                    break
                candidate = count + used
                if total not in updated or candidate < updated[total][0]:
                    updated[total] = (candidate, {**combo, coin: used})
        best = updated
    found = best.get(amount)
    return None if found is None else dict(sorted(found[1].items(), reverse=True))


def make_change(amount: int, available: Mapping[int, int]) -> dict[int, int]:
    """Change for ``amount``: greedy first, exhaustive search as fallback."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    if amount == 0:
        return {}
    change = greedy_change(amount, available)
    if change is None:
        change = bounded_change(amount, available)
    if change is None:
        raise ChangeUnavailableError(amount)
    return change


class CoinBox:
    """Counts of each accepted coin held by the machine."""

    def __init__(
        self,
        counts: Mapping[int, int] | None = None,
        denominations: Iterable[int] = DEFAULT_DENOMINATIONS,
    ) -> None:
        denoms = sorted(set(denominations), reverse=True)
        if not denoms:
            raise ValueError("at least one denomination is required")
        if any(not isinstance(d, int) or d <= 0 for d in denoms):
            raise ValueError("denominations must be positive integers")
        self._counts: dict[int, int] = {d: 0 for d in denoms}
        if counts:
            self.add_many(counts)

    @property
    def denominations(self) -> tuple[int, ...]:
        return tuple(self._counts)

    @property
    def total(self) -> int:
        return sum(coin * count for coin, count in self._counts.items())

    @property
    def coin_count(self) -> int:
        return sum(self._counts.values())

    def accepts(self, coin: int) -> bool:
        return coin in self._counts

    def count(self, coin: int) -> int:
        if coin not in self._counts:
            raise InvalidCoinError(coin)
        return self._counts[coin]

    def add(self, coin: int, count: int = 1) -> None:
        if coin not in self._counts:
            raise InvalidCoinError(coin)
        if count < 0:
            raise ValueError("count must not be negative")
        self._counts[coin] += count

    def add_many(self, coins: Mapping[int, int]) -> None:
        unknown = [c for c in coins if c not in self._counts]
        if unknown:
            raise InvalidCoinError(unknown[0])
        for coin, count in coins.items():
            self.add(coin, count)

    def remove(self, coins: Mapping[int, int]) -> None:
        """Remove all of ``coins`` or nothing at all."""
        for coin, count in coins.items():
            if count < 0:
                raise ValueError("count must not be negative")
            if self.count(coin) < count:
                raise InsufficientCoinsError(
                    f"need {count} x {coin}, only {self._counts[coin]} held"
                )
        for coin, count in coins.items():
            self._counts[coin] -= count

    def snapshot(self) -> dict[int, int]:
        return dict(self._counts)

    def can_change(self, amount: int) -> bool:
        try:
            make_change(amount, self._counts)
        except ChangeUnavailableError:
            return False
        return True

    def empty(self) -> dict[int, int]:
        """Collect every coin, leaving the box empty."""
        taken = {coin: count for coin, count in self._counts.items() if count}
        self._counts = {coin: 0 for coin in self._counts}
        return taken
