from decimal import Decimal
from fractions import Fraction

import pytest

from moneykit import AllocationError, Money, allocate_units, split_units


@pytest.mark.parametrize(
    "units, ratios, expected",
    [
        (100, [1, 1, 1], [34, 33, 33]),
        (5, [3, 7], [2, 3]),
        (10, [1], [10]),
        (0, [1, 2], [0, 0]),
        (7, [0, 1, 0], [0, 7, 0]),
        (10, ["0.5", Decimal("0.25"), Fraction(1, 4)], [5, 3, 2]),
        (-100, [1, 1, 1], [-34, -33, -33]),
        (11, [1, 1, 2], [3, 3, 5]),
        (2, [1, 1, 1], [1, 1, 0]),
    ],
)
def test_allocate_units(units, ratios, expected):
    result = allocate_units(units, ratios)
    assert result == expected
    assert sum(result) == units


def test_allocate_largest_remainder_wins():
    assert allocate_units(10, [1, 2, 7]) == [1, 2, 7]
    assert allocate_units(10, [3, 3, 4]) == [3, 3, 4]
    assert allocate_units(1, [1, 3]) == [0, 1]


@pytest.mark.parametrize("ratios", [[], [0, 0], [-1, 2], [1.5], [True], ["abc"], [None]])
def test_invalid_ratios(ratios):
    with pytest.raises(AllocationError):
        allocate_units(10, ratios)


@pytest.mark.parametrize("parts, expected", [(1, [10]), (3, [4, 3, 3]), (4, [3, 3, 2, 2])])
def test_split_units(parts, expected):
    assert split_units(10, parts) == expected


@pytest.mark.parametrize("parts", [0, -2, 2.0, True])
def test_split_invalid(parts):
    with pytest.raises(AllocationError):
        split_units(10, parts)


def test_money_allocate_without_losing_cents():
    shares = Money("100.00", "USD").allocate([1, 1, 1])
    assert [str(s.amount) for s in shares] == ["33.34", "33.33", "33.33"]
    assert sum(shares) == Money("100.00", "USD")


def test_money_split_three_decimals():
    shares = Money("1.000", "KWD").split(3)
    assert [s.amount for s in shares] == [Decimal("0.334"), Decimal("0.333"), Decimal("0.333")]


def test_money_split_yen():
    assert Money(1000, "JPY").split(6) == [Money(167, "JPY")] * 4 + [Money(166, "JPY")] * 2
