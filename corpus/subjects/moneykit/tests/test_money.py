from decimal import Decimal

import pytest

from moneykit import CurrencyMismatchError, Money, MoneyError, RoundingMode, to_decimal, total


def test_construction_and_repr():
    money = Money("12.5", "usd")
    assert money.amount == Decimal("12.50")
    assert str(money.amount) == "12.50"
    assert repr(money) == "Money('12.50', 'USD')"
    assert str(money) == "12.50 USD"


@pytest.mark.parametrize("amount, currency", [("1.005", "USD"), ("1.5", "JPY"), ("0.0001", "KWD")])
def test_too_many_decimals(amount, currency):
    with pytest.raises(MoneyError, match="decimal places"):
        Money(amount, currency)


@pytest.mark.parametrize("amount", [1.5, True, "abc", "NaN", "Infinity", None])
def test_invalid_amounts(amount):
    with pytest.raises(MoneyError):
        Money(amount, "USD")


def test_to_decimal_accepts_int_and_decimal():
    assert to_decimal(7) == Decimal(7)
    assert to_decimal(Decimal("0.1")) == Decimal("0.1")
    assert to_decimal(" 2.50 ") == Decimal("2.50")


@pytest.mark.parametrize(
    "amount, rounding, expected",
    [("1.005", RoundingMode.HALF_EVEN, "1.00"), ("1.005", "half_up", "1.01"),
     ("1.015", RoundingMode.HALF_EVEN, "1.02"), ("-1.001", RoundingMode.FLOOR, "-1.01")],
)
def test_of_rounds(amount, rounding, expected):
    assert Money.of(amount, "USD", rounding).amount == Decimal(expected)


def test_minor_units_round_trip():
    assert Money.from_minor(12345, "USD") == Money("123.45", "USD")
    assert Money.from_minor(-7, "KWD").amount == Decimal("-0.007")
    assert Money("123.45", "USD").minor_units == 12345
    assert Money(500, "JPY").minor_units == 500


def test_from_minor_rejects_non_int():
    with pytest.raises(MoneyError):
        Money.from_minor("12", "USD")


def test_add_and_subtract(usd):
    assert usd("1.10") + usd("2.25") == usd("3.35")
    assert usd("1.10") - usd("2.25") == usd("-1.15")


def test_mismatch_raises(usd):
    with pytest.raises(CurrencyMismatchError) as info:
        usd(1) + Money(1, "EUR")
    assert (info.value.left, info.value.right) == ("USD", "EUR")
    with pytest.raises(CurrencyMismatchError):
        usd(1) - Money(1, "EUR")
    with pytest.raises(CurrencyMismatchError):
        usd(1) < Money(1, "EUR")


def test_add_non_money_unsupported(usd):
    with pytest.raises(TypeError):
        usd(1) + 1
    with pytest.raises(TypeError):
        usd(1) - 1
    with pytest.raises(TypeError):
        usd(1) * usd(2)
    with pytest.raises(TypeError):
        usd(1) < 5
    with pytest.raises(TypeError):
        "x" + usd(1)


def test_sum_builtin(usd):
    assert sum([usd(1), usd("2.5")]) == usd("3.50")


def test_multiply(usd):
    assert usd("10.00") * 3 == usd("30.00")
    assert "0.075" * usd("10.00") == usd("0.75")
    assert usd("0.25") * Decimal("0.5") == usd("0.12")
    assert usd("0.25").multiply("0.5", RoundingMode.HALF_UP) == usd("0.13")


def test_divide(usd):
    assert usd("10.00") / 3 == usd("3.33")
    assert usd("10.00") / usd("4.00") == Decimal("2.5")


def test_divide_by_zero(usd):
    with pytest.raises(MoneyError, match="division by zero"):
        usd(1) / 0
    with pytest.raises(MoneyError, match="zero amount"):
        usd(1) / usd(0)
    with pytest.raises(CurrencyMismatchError):
        usd(1) / Money(1, "EUR")


def test_unary_and_predicates(usd):
    assert -usd("2.50") == usd("-2.50")
    assert abs(usd("-2.50")) == usd("2.50")
    assert bool(usd(0)) is False and bool(usd("0.01")) is True
    assert usd(0).is_zero and usd("-0.01").is_negative
    assert not usd(0).is_negative


def test_ordering(usd):
    assert usd(1) < usd(2) <= usd(2)
    assert usd(3) > usd("2.99")
    assert sorted([usd(3), usd(-1), usd(2)]) == [usd(-1), usd(2), usd(3)]


def test_equality_includes_currency(usd):
    assert usd(1) != Money(1, "EUR")
    assert usd(1) == usd("1.00")
    assert hash(usd(1)) == hash(usd("1.0"))


def test_total(usd):
    assert total([usd(1), usd(2), usd(3)]) == usd(6)
    assert total([], "EUR") == Money(0, "EUR")
    assert total([usd(5)], "USD") == usd(5)


def test_total_errors(usd):
    with pytest.raises(MoneyError, match="empty"):
        total([])
    with pytest.raises(CurrencyMismatchError):
        total([usd(5)], "EUR")
