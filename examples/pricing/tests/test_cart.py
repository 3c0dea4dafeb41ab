import pytest

from pricing.cart import Cart
from pricing.tax import tax_for


@pytest.fixture
def cart():
    c = Cart(region="NY")
    c.add("pen", 150, 4)
    c.add("book", 1200)
    return c


def test_subtotal(cart):
    assert cart.subtotal() == 1800


def test_total_with_tax(cart):
    assert cart.total() == 1872


def test_coupon_applies_after_bulk(cart):
    cart.coupon = "WELCOME10"
    assert cart.discounts() == 180


def test_bulk_line_in_cart():
    c = Cart(region="OR")
    c.add("clip", 100, 10)
    assert c.total() == 950


def test_quantity_must_be_positive(cart):
    with pytest.raises(ValueError):
        cart.add("x", 1, 0)


@pytest.mark.parametrize("region,amount,expected", [("CA", 1000, 73), ("NY", 1000, 40), ("OR", 1000, 0)])
def test_tax(region, amount, expected):
    assert tax_for(region, amount) == expected


def test_unknown_region():
    with pytest.raises(ValueError):
        tax_for("ZZ", 100)
