"""Splitting integer amounts by ratios without losing units."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import List, Sequence, Union

from .errors import AllocationError

Ratio = Union[int, str, Decimal, Fraction]


def _as_fraction(ratio: Ratio) -> Fraction:
    if isinstance(ratio, (bool, float)):
        raise AllocationError(f"ratios must be int, str, Decimal or Fraction, got {ratio!r}")
    try:
        value = Fraction(ratio)
    except (TypeError, ValueError):
        raise AllocationError(f"invalid ratio: {ratio!r}") from None
    if value < 0:
        raise AllocationError(f"ratios must not be negative, got {ratio!r}")
    return value


def allocate_units(total: int, ratios: Sequence[Ratio]) -> List[int]:
    """Split *total* integer units in proportion to *ratios*.

    Every share is first rounded towards zero; the units left over go one
    at a time to the shares with the largest discarded fractions, earlier
    shares winning ties. The shares always add up to *total*.
    """
    if not ratios:
        raise AllocationError("at least one ratio is required")
    weights = [_as_fraction(ratio) for ratio in ratios]
    weight_sum = sum(weights)
    if weight_sum == 0:
        raise AllocationError("ratios must not all be zero")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    exact = [magnitude * weight / weight_sum for weight in weights]
    shares = [int(value) for value in exact]
    leftover = magnitude - sum(shares)
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(exact[i] - shares[i]), i))
    for index in by_remainder[:leftover]:
        shares[index] += 1
    return [sign * share for share in shares]


def split_units(total: int, parts: int) -> List[int]:
    """Split *total* units into *parts* shares differing by at most one unit."""
    if isinstance(parts, bool) or not isinstance(parts, int) or parts < 1:
        raise AllocationError(f"parts must be a positive integer, got {parts!r}")
    return allocate_units(total, [1] * parts)
