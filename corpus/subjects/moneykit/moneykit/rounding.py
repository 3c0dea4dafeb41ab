"""Rounding modes and decimal quantization helpers."""

from __future__ import annotations

import decimal
from decimal import Decimal
from enum import Enum
from typing import Union

from .errors import MoneyError


class RoundingMode(Enum):
    """Rounding modes, named as in the :mod:`decimal` module."""

    HALF_UP = decimal.ROUND_HALF_UP
    HALF_DOWN = decimal.ROUND_HALF_DOWN
    HALF_EVEN = decimal.ROUND_HALF_EVEN
    UP = decimal.ROUND_UP
    DOWN = decimal.ROUND_DOWN
    CEILING = decimal.ROUND_CEILING
    FLOOR = decimal.ROUND_FLOOR

    @classmethod
    def parse(cls, value: Union["RoundingMode", str]) -> "RoundingMode":
        if isinstance(value, cls):
            return value
        try:
            return cls[str(value).strip().upper().replace("-", "_")]
        except KeyError:
            raise MoneyError(f"unknown rounding mode: {value!r}") from None


def quantize(amount: Decimal, places: int, mode: Union[RoundingMode, str] = RoundingMode.HALF_EVEN) -> Decimal:
    """Round *amount* to *places* decimal places."""
    if places < 0:
        raise MoneyError("places must not be negative")
    return amount.quantize(Decimal(1).scaleb(-places), rounding=RoundingMode.parse(mode).value)


def round_to_increment(amount: Decimal, increment: Decimal,
                       mode: Union[RoundingMode, str] = RoundingMode.HALF_UP) -> Decimal:
    """Round *amount* to a multiple of *increment*, e.g. ``0.05`` for cash."""
    if increment <= 0:
        raise MoneyError("increment must be positive")
    units = (amount / increment).quantize(Decimal(1), rounding=RoundingMode.parse(mode).value)
    exponent = min(increment.as_tuple().exponent, 0)
    return (units * increment).quantize(Decimal(1).scaleb(exponent))
