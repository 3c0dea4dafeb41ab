"""Currency conversion through a table of exchange rates."""

from __future__ import annotations

from decimal import Decimal
from typing import Dict, List, Mapping, Optional, Tuple, Union

from .currency import Currency, get_currency
from .errors import ConversionError, MoneyError
from .monetary import Money, Number, to_decimal
from .rounding import RoundingMode


class RateTable:
    """Exchange rates, usable in both directions and through a pivot currency.

    A rate for ``(base, quote)`` is the number of *quote* units one *base*
    unit buys.
    """

    def __init__(self, pivot: Optional[str] = None) -> None:
        self.pivot = get_currency(pivot).code if pivot is not None else None
        self._rates: Dict[Tuple[str, str], Decimal] = {}

    @classmethod
    def from_mapping(cls, rates: Mapping[str, Number], pivot: Optional[str] = None) -> "RateTable":
        """Build a table from ``{"EUR/USD": "1.10", ...}``."""
        table = cls(pivot)
        for pair, rate in rates.items():
            base, sep, quote = pair.partition("/")
            if not sep:
                raise MoneyError(f"currency pair must look like 'EUR/USD', got {pair!r}")
            table.set_rate(base, quote, rate)
        return table

    def set_rate(self, base: Union[str, Currency], quote: Union[str, Currency], rate: Number) -> None:
        base_code, quote_code = get_currency(base).code, get_currency(quote).code
        if base_code == quote_code:
            raise MoneyError(f"cannot set a rate from {base_code} to itself")
        value = to_decimal(rate)
        if value <= 0:
            raise MoneyError(f"exchange rate must be positive, got {rate!r}")
        self._rates[(base_code, quote_code)] = value

    def pairs(self) -> List[str]:
        return sorted(f"{base}/{quote}" for base, quote in self._rates)

    def _direct(self, base: str, quote: str) -> Optional[Decimal]:
        if (base, quote) in self._rates:
            return self._rates[(base, quote)]
        if (quote, base) in self._rates:
            return 1 / self._rates[(quote, base)]
        return None

    def rate(self, base: Union[str, Currency], quote: Union[str, Currency]) -> Decimal:
        """Return the rate from *base* to *quote*, deriving it if needed."""
        base_code, quote_code = get_currency(base).code, get_currency(quote).code
        if base_code == quote_code:
            return Decimal(1)
        direct = self._direct(base_code, quote_code)
        if direct is not None:
            return direct
        if self.pivot is not None and self.pivot not in (base_code, quote_code):
            first = self._direct(base_code, self.pivot)
            second = self._direct(self.pivot, quote_code)
            if first is not None and second is not None:
                return first * second
        raise ConversionError(f"no exchange rate from {base_code} to {quote_code}")

    def convert(self, money: Money, quote: Union[str, Currency],
                rounding: Union[RoundingMode, str] = RoundingMode.HALF_EVEN) -> Money:
        """Convert *money* into *quote*, rounding to its minor units."""
        return Money.of(money.amount * self.rate(money.currency, quote), quote, rounding)
