"""The Money value type."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import total_ordering
from typing import Iterable, List, Sequence, Union

from .allocation import Ratio, allocate_units, split_units
from .currency import Currency, get_currency
from .errors import CurrencyMismatchError, MoneyError
from .rounding import RoundingMode, quantize

Number = Union[int, str, Decimal]


def to_decimal(value: Number) -> Decimal:
    """Convert an int, numeric string or Decimal into a finite Decimal."""
    if isinstance(value, (bool, float)):
        raise MoneyError(f"use int, str or Decimal for amounts, not {type(value).__name__}")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise MoneyError(f"invalid amount: {value!r}") from None
    else:
        raise MoneyError(f"invalid amount type: {type(value).__name__}")
    if not result.is_finite():
        raise MoneyError(f"amount must be finite: {value!r}")
    return result


@total_ordering
@dataclass(frozen=True, init=False)
class Money:
    """An exact amount of a currency, always held in whole minor units.

    The constructor refuses amounts with more decimal places than the
    currency allows; use :meth:`of` to round such amounts instead.
    """

    amount: Decimal
    currency: Currency

    def __init__(self, amount: Number, currency: Union[str, Currency]) -> None:
        cur = get_currency(currency)
        value = to_decimal(amount)
        exact = value.quantize(cur.quantum)
        if exact != value:
            raise MoneyError(f"{value} has more than {cur.minor_units} decimal places for {cur.code}")
        object.__setattr__(self, "amount", exact)
        object.__setattr__(self, "currency", cur)

    @classmethod
    def of(cls, amount: Number, currency: Union[str, Currency],
           rounding: Union[RoundingMode, str] = RoundingMode.HALF_EVEN) -> "Money":
        """Create Money, rounding *amount* to the currency's minor units."""
        cur = get_currency(currency)
        return cls(quantize(to_decimal(amount), cur.minor_units, rounding), cur)

    @classmethod
    def from_minor(cls, units: int, currency: Union[str, Currency]) -> "Money":
        if isinstance(units, bool) or not isinstance(units, int):
            raise MoneyError(f"minor units must be an integer, got {units!r}")
        cur = get_currency(currency)
        return cls(Decimal(units).scaleb(-cur.minor_units), cur)

    @classmethod
    def zero(cls, currency: Union[str, Currency]) -> "Money":
        return cls(0, currency)

    @property
    def minor_units(self) -> int:
        return int(self.amount.scaleb(self.currency.minor_units))

    @property
    def is_zero(self) -> bool:
        return self.amount == 0

    @property
    def is_negative(self) -> bool:
        return self.amount < 0

    def _same_currency(self, other: "Money") -> None:
        if other.currency.code != self.currency.code:
            raise CurrencyMismatchError(self.currency.code, other.currency.code)

    def __add__(self, other: object) -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other: object) -> "Money":
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def multiply(self, factor: Number,
                 rounding: Union[RoundingMode, str] = RoundingMode.HALF_EVEN) -> "Money":
        return Money.of(self.amount * to_decimal(factor), self.currency, rounding)

    def __mul__(self, factor: object) -> "Money":
        if isinstance(factor, Money):
            return NotImplemented
        return self.multiply(factor)

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Union["Money", Decimal]:
        if isinstance(other, Money):
            self._same_currency(other)
            if other.is_zero:
                raise MoneyError("division by a zero amount")
            return self.amount / other.amount
        divisor = to_decimal(other)
        if divisor == 0:
            raise MoneyError("division by zero")
        return Money.of(self.amount / divisor, self.currency)

    def __neg__(self) -> "Money":
        return Money(-self.amount, self.currency)

    def __abs__(self) -> "Money":
        return Money(abs(self.amount), self.currency)

    def __bool__(self) -> bool:
        return not self.is_zero

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount < other.amount

    def allocate(self, ratios: Sequence[Ratio]) -> List["Money"]:
        """Split into parts proportional to *ratios* that add up exactly."""
        return [Money.from_minor(units, self.currency)
                for units in allocate_units(self.minor_units, ratios)]

    def split(self, parts: int) -> List["Money"]:
        """Split into *parts* nearly equal parts that add up exactly."""
        return [Money.from_minor(units, self.currency)
                for units in split_units(self.minor_units, parts)]

    def __str__(self) -> str:
        return f"{self.amount} {self.currency.code}"

    def __repr__(self) -> str:
        return f"Money('{self.amount}', '{self.currency.code}')"


def total(amounts: Iterable[Money], currency: Union[str, Currency, None] = None) -> Money:
    """Add up *amounts*; an empty sequence needs an explicit *currency*."""
    items = list(amounts)
    if not items:
        if currency is None:
            raise MoneyError("cannot total an empty sequence without a currency")
        return Money.zero(currency)
    result = items[0] if currency is None else Money.zero(currency) + items[0]
    for item in items[1:]:
        result = result + item
    return result
