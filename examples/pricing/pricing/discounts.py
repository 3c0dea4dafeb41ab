"""Discount rules. Amounts are in cents."""

from __future__ import annotations

BULK_THRESHOLD = 10
BULK_RATE_PERCENT = 5

COUPONS = {
    "WELCOME10": ("percent", 10),
    "FIVEOFF": ("fixed", 500),
}


def bulk_discount(quantity: int, subtotal: int) -> int:
    """5% off a line of at least ten units."""
    if quantity > BULK_THRESHOLD:
        return subtotal * BULK_RATE_PERCENT // 100
    return 0


def coupon_discount(code: str | None, amount: int) -> int:
    """The discount a coupon gives on ``amount``; unknown codes raise KeyError."""
    if not code:
        return 0
    kind, value = COUPONS[code.upper()]
    if kind == "percent":
        return amount * value // 100
    return min(value, amount)
