"""A small shopping-cart pricing library: the bundled tflm example (it has one known bug)."""

from pricing.cart import Cart, LineItem
from pricing.discounts import bulk_discount, coupon_discount
from pricing.tax import tax_for

__all__ = ["Cart", "LineItem", "bulk_discount", "coupon_discount", "tax_for"]
