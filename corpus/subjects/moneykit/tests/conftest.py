import pytest

from moneykit import Currency, Money, RateTable, register_currency, unregister_currency


@pytest.fixture
def usd():
    return lambda amount: Money(amount, "USD")


@pytest.fixture
def rates():
    return RateTable.from_mapping(
        {"EUR/USD": "1.10", "USD/JPY": "150", "GBP/USD": "1.25"}, pivot="USD"
    )


@pytest.fixture
def gold_currency():
    currency = register_currency(Currency("XGD", 4, "g", "Gold Gram"))
    yield currency
    unregister_currency("XGD")
