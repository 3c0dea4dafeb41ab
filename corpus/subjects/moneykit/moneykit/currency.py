"""Currency definitions and the currency registry."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List, Union

from .errors import MoneyError, UnknownCurrencyError

_CODE_RE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Currency:
    """An ISO 4217 style currency with a number of minor units."""

    code: str
    minor_units: int
    symbol: str
    name: str

    def __post_init__(self) -> None:
        if not _CODE_RE.match(self.code):
            raise MoneyError(f"currency code must be three uppercase letters: {self.code!r}")
        if not 0 <= self.minor_units <= 6:
            raise MoneyError(f"minor units must be between 0 and 6, got {self.minor_units}")

    @property
    def quantum(self) -> Decimal:
        """The smallest representable amount, e.g. ``Decimal('0.01')``."""
        return Decimal(1).scaleb(-self.minor_units)

    def __str__(self) -> str:
        return self.code


_REGISTRY: Dict[str, Currency] = {}


def register_currency(currency: Currency, replace: bool = False) -> Currency:
    """Add *currency* to the registry and return it."""
    if currency.code in _REGISTRY and not replace and _REGISTRY[currency.code] != currency:
        raise MoneyError(f"currency {currency.code} is already registered")
    _REGISTRY[currency.code] = currency
    return currency


def unregister_currency(code: str) -> None:
    if _REGISTRY.pop(code, None) is None:
        raise UnknownCurrencyError(f"unknown currency: {code}")


def get_currency(code: Union[str, Currency]) -> Currency:
    """Look up a currency by code (case-insensitive) or return it unchanged."""
    if isinstance(code, Currency):
        return code
    if not isinstance(code, str):
        raise UnknownCurrencyError(f"not a currency code: {code!r}")
    try:
        return _REGISTRY[code.strip().upper()]
    except KeyError:
        raise UnknownCurrencyError(f"unknown currency: {code}") from None


def known_currencies() -> List[str]:
    return sorted(_REGISTRY)


for _entry in (
    Currency("USD", 2, "$", "US Dollar"),
    Currency("EUR", 2, "\u20ac", "Euro"),
    Currency("GBP", 2, "\u00a3", "Pound Sterling"),
    Currency("JPY", 0, "\u00a5", "Yen"),
    Currency("CHF", 2, "CHF", "Swiss Franc"),
    Currency("CAD", 2, "CA$", "Canadian Dollar"),
    Currency("INR", 2, "\u20b9", "Indian Rupee"),
    Currency("KWD", 3, "KD", "Kuwaiti Dinar"),
    Currency("BHD", 3, "BD", "Bahraini Dinar"),
    Currency("SEK", 2, "kr", "Swedish Krona"),
):
    register_currency(_entry)
