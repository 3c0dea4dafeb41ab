import datetime as dt

import pytest

from bankledger import AccountType, ChartOfAccounts, Ledger, Line


@pytest.fixture
def chart():
    chart = ChartOfAccounts()
    chart.open("1000", "Cash", AccountType.ASSET)
    chart.open("1100", "Receivables", AccountType.ASSET)
    chart.open("2000", "Payables", AccountType.LIABILITY)
    chart.open("3000", "Owner equity", AccountType.EQUITY)
    chart.open("4000", "Sales", AccountType.INCOME)
    chart.open("5000", "Rent", AccountType.EXPENSE)
    return chart


@pytest.fixture
def ledger(chart):
    return Ledger(chart)


@pytest.fixture
def busy_ledger(ledger):
    ledger.post(dt.date(2024, 1, 1), "Owner investment", [Line.debit("1000", "10000"), Line.credit("3000", "10000")])
    ledger.post(dt.date(2024, 1, 5), "Rent January", [Line.debit("5000", "1500"), Line.credit("1000", "1500")])
    ledger.post(
        dt.date(2024, 1, 10),
        "Sale 42",
        [Line.debit("1000", "300"), Line.debit("1100", "700.50"), Line.credit("4000", "1000.50")],
    )
    ledger.post(dt.date(2024, 2, 1), "Supplies on credit", [Line.debit("5000", "200"), Line.credit("2000", "200")])
    return ledger
