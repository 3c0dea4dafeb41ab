from decimal import Decimal

import pytest

from moneykit import (
    Currency,
    MoneyError,
    RoundingMode,
    UnknownCurrencyError,
    get_currency,
    known_currencies,
    quantize,
    register_currency,
    round_to_increment,
    unregister_currency,
)


def test_get_currency_case_insensitive():
    currency = get_currency(" usd ")
    assert (currency.code, currency.minor_units, currency.symbol) == ("USD", 2, "$")
    assert get_currency(currency) is currency
    assert str(currency) == "USD"


@pytest.mark.parametrize("code, quantum", [("USD", "0.01"), ("JPY", "1"), ("KWD", "0.001")])
def test_quantum(code, quantum):
    assert get_currency(code).quantum == Decimal(quantum)


@pytest.mark.parametrize("code", ["XXX", 42, ""])
def test_unknown_currency(code):
    with pytest.raises(UnknownCurrencyError):
        get_currency(code)


@pytest.mark.parametrize("code, units", [("usd", 2), ("US", 2), ("USD", -1), ("USD", 7)])
def test_invalid_currency_definition(code, units):
    with pytest.raises(MoneyError):
        Currency(code, units, "$", "x")


def test_register_and_unregister(gold_currency):
    assert "XGD" in known_currencies()
    assert register_currency(Currency("XGD", 4, "g", "Gold Gram")) == gold_currency
    with pytest.raises(MoneyError, match="already registered"):
        register_currency(Currency("XGD", 2, "g", "Other"))
    replacement = register_currency(Currency("XGD", 2, "g", "Other"), replace=True)
    assert get_currency("XGD").minor_units == replacement.minor_units == 2


def test_unregister_unknown():
    with pytest.raises(UnknownCurrencyError):
        unregister_currency("QQQ")


def test_known_currencies_sorted():
    codes = known_currencies()
    assert codes == sorted(codes)
    assert {"EUR", "JPY", "USD"} <= set(codes)


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("HALF_UP", ["3", "-3", "2"]),
        ("half_down", ["2", "-2", "2"]),
        ("half-even", ["2", "-2", "2"]),
        (RoundingMode.UP, ["3", "-3", "3"]),
        (RoundingMode.DOWN, ["2", "-2", "2"]),
        (RoundingMode.CEILING, ["3", "-2", "3"]),
        (RoundingMode.FLOOR, ["2", "-3", "2"]),
    ],
)
def test_rounding_modes(mode, expected):
    values = [Decimal("2.5"), Decimal("-2.5"), Decimal("2.1")]
    assert [str(quantize(v, 0, mode)) for v in values] == expected


def test_quantize_places():
    assert quantize(Decimal("1.23456"), 3) == Decimal("1.235")
    assert quantize(Decimal("0.125"), 2) == Decimal("0.12")


def test_quantize_invalid():
    with pytest.raises(MoneyError):
        quantize(Decimal("1"), -1)
    with pytest.raises(MoneyError, match="unknown rounding"):
        quantize(Decimal("1"), 2, "sideways")


@pytest.mark.parametrize(
    "amount, increment, mode, expected",
    [
        ("1.234", "0.05", RoundingMode.HALF_UP, "1.25"),
        ("1.224", "0.05", RoundingMode.HALF_UP, "1.20"),
        ("1.225", "0.05", RoundingMode.HALF_UP, "1.25"),
        ("1.26", "0.05", RoundingMode.FLOOR, "1.25"),
        ("1234", "100", RoundingMode.HALF_UP, "1200"),
        ("-0.07", "0.05", RoundingMode.HALF_UP, "-0.05"),
    ],
)
def test_round_to_increment(amount, increment, mode, expected):
    assert str(round_to_increment(Decimal(amount), Decimal(increment), mode)) == expected


def test_round_to_increment_invalid():
    with pytest.raises(MoneyError):
        round_to_increment(Decimal("1"), Decimal("0"))
