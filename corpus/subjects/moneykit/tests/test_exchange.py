from decimal import Decimal

import pytest

from moneykit import ConversionError, Money, MoneyError, RateTable, RoundingMode


def test_direct_rate(rates):
    assert rates.rate("EUR", "USD") == Decimal("1.10")
    assert rates.rate("usd", "usd") == Decimal(1)


def test_inverse_rate(rates):
    assert rates.rate("USD", "EUR") == Decimal(1) / Decimal("1.10")


def test_pivot_rate(rates):
    assert rates.rate("EUR", "JPY") == Decimal("165.000")
    assert rates.rate("GBP", "EUR") == Decimal("1.25") / Decimal("1.10")


def test_convert(rates):
    assert rates.convert(Money("10", "EUR"), "JPY") == Money(1650, "JPY")
    assert rates.convert(Money("100", "USD"), "EUR") == Money("90.91", "EUR")
    assert rates.convert(Money("100", "USD"), "EUR", RoundingMode.DOWN) == Money("90.90", "EUR")
    assert rates.convert(Money(1, "JPY"), "USD") == Money("0.01", "USD")


def test_missing_rate_without_pivot():
    table = RateTable()
    table.set_rate("EUR", "USD", "1.1")
    table.set_rate("USD", "JPY", 150)
    with pytest.raises(ConversionError, match="EUR to JPY"):
        table.rate("EUR", "JPY")


def test_pivot_missing_leg(rates):
    with pytest.raises(ConversionError):
        rates.rate("EUR", "CHF")
    with pytest.raises(ConversionError):
        rates.rate("USD", "CHF")


def test_pairs(rates):
    assert rates.pairs() == ["EUR/USD", "GBP/USD", "USD/JPY"]
    assert rates.pivot == "USD"


@pytest.mark.parametrize(
    "base, quote, rate",
    [("EUR", "EUR", "1"), ("EUR", "USD", "0"), ("EUR", "USD", "-1.2"), ("EUR", "XXX", "1")],
)
def test_set_rate_invalid(base, quote, rate):
    with pytest.raises(MoneyError):
        RateTable().set_rate(base, quote, rate)


def test_from_mapping_bad_pair():
    with pytest.raises(MoneyError, match="EUR/USD"):
        RateTable.from_mapping({"EURUSD": "1.1"})


def test_overwrite_rate():
    table = RateTable()
    table.set_rate("EUR", "USD", "1.1")
    table.set_rate("EUR", "USD", "1.2")
    assert table.rate("EUR", "USD") == Decimal("1.2")
