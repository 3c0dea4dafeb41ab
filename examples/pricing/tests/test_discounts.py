import pytest

from pricing.discounts import bulk_discount, coupon_discount


@pytest.mark.parametrize("quantity,subtotal,expected", [(1, 1000, 0), (9, 9000, 0), (10, 10000, 500), (20, 4000, 200)])
def test_bulk_discount(quantity, subtotal, expected):
    assert bulk_discount(quantity, subtotal) == expected


@pytest.mark.parametrize("code,amount,expected", [(None, 1000, 0), ("welcome10", 1000, 100), ("FIVEOFF", 300, 300), ("FIVEOFF", 2000, 500)])
def test_coupon_discount(code, amount, expected):
    assert coupon_discount(code, amount) == expected


def test_unknown_coupon():
    with pytest.raises(KeyError):
        coupon_discount("BOGUS", 100)
