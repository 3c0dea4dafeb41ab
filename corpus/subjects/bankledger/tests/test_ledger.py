import datetime as dt
from decimal import Decimal

import pytest

from bankledger import (
    ClosedPeriodError,
    LedgerError,
    Line,
    StatementLine,
    TrialBalanceRow,
    UnknownAccountError,
)

D = Decimal


def test_post_assigns_sequential_ids(ledger):
    first = ledger.post(dt.date(2024, 1, 1), "  A  ", [Line.debit("1000", 1), Line.credit("3000", 1)], tags=["x"])
    second = ledger.post(dt.date(2024, 1, 1), "B", [Line.debit("1000", 2), Line.credit("3000", 2)])
    assert (first.entry_id, second.entry_id) == ("JE-0001", "JE-0002")
    assert first.description == "A"
    assert first.tags == frozenset({"x"})
    assert len(ledger) == 2
    assert ledger.entry("JE-0002") is second


def test_post_rejects_unknown_account(ledger):
    with pytest.raises(UnknownAccountError):
        ledger.post(dt.date(2024, 1, 1), "X", [Line.debit("1000", 1), Line.credit("3999", 1)])
    assert len(ledger) == 0


def test_missing_entry(ledger):
    with pytest.raises(LedgerError, match="no entry 'JE-0042'"):
        ledger.entry("JE-0042")


@pytest.mark.parametrize(
    "code, as_of, expected",
    [
        ("1000", None, "8800.00"),
        ("1100", None, "700.50"),
        ("2000", None, "200.00"),
        ("3000", None, "10000.00"),
        ("4000", None, "1000.50"),
        ("5000", None, "1700.00"),
        ("5000", dt.date(2024, 1, 31), "1500.00"),
        ("2000", dt.date(2024, 1, 31), "0.00"),
        ("1000", dt.date(2024, 1, 5), "8500.00"),
        ("1000", dt.date(2023, 12, 31), "0.00"),
    ],
)
def test_balance(busy_ledger, code, as_of, expected):
    assert busy_ledger.balance(code, as_of) == D(expected)


def test_balance_unknown_account(busy_ledger):
    with pytest.raises(UnknownAccountError):
        busy_ledger.balance("7777")


def test_negative_natural_balance(ledger):
    ledger.post(dt.date(2024, 1, 1), "Overdraw", [Line.debit("5000", 50), Line.credit("1000", 50)])
    assert ledger.balance("1000") == D("-50.00")
    assert ledger.trial_balance() == [
        TrialBalanceRow("1000", "Cash", D("0.00"), D("50.00")),
        TrialBalanceRow("5000", "Rent", D("50.00"), D("0.00")),
    ]


def test_balances_dict(busy_ledger):
    assert busy_ledger.balances(dt.date(2024, 1, 1)) == {
        "1000": D("10000.00"), "1100": D("0.00"), "2000": D("0.00"),
        "3000": D("10000.00"), "4000": D("0.00"), "5000": D("0.00"),
    }


def test_trial_balance(busy_ledger):
    rows = busy_ledger.trial_balance()
    assert rows == [
        TrialBalanceRow("1000", "Cash", D("8800.00"), D("0.00")),
        TrialBalanceRow("1100", "Receivables", D("700.50"), D("0.00")),
        TrialBalanceRow("2000", "Payables", D("0.00"), D("200.00")),
        TrialBalanceRow("3000", "Owner equity", D("0.00"), D("10000.00")),
        TrialBalanceRow("4000", "Sales", D("0.00"), D("1000.50")),
        TrialBalanceRow("5000", "Rent", D("1700.00"), D("0.00")),
    ]
    assert busy_ledger.trial_balance_totals() == (D("11200.50"), D("11200.50"))


def test_trial_balance_as_of_and_zero_rows(busy_ledger):
    assert [row.code for row in busy_ledger.trial_balance(dt.date(2024, 1, 5))] == ["1000", "3000", "5000"]
    assert len(busy_ledger.trial_balance(dt.date(2024, 1, 5), include_zero=True)) == 6
    assert busy_ledger.trial_balance_totals(dt.date(2024, 1, 5)) == (D("10000.00"), D("10000.00"))


def test_entries_filter_and_date_order(busy_ledger):
    busy_ledger.post(dt.date(2024, 1, 3), "Late posting", [Line.debit("1100", 1), Line.credit("4000", 1)])
    ids = [entry.entry_id for entry in busy_ledger.entries()]
    assert ids == ["JE-0001", "JE-0005", "JE-0002", "JE-0003", "JE-0004"]
    bounded = [entry.entry_id for entry in busy_ledger.entries(dt.date(2024, 1, 3), dt.date(2024, 1, 10))]
    assert bounded == ["JE-0005", "JE-0002", "JE-0003"]


def test_statement(busy_ledger):
    statement = busy_ledger.statement("1000", dt.date(2024, 1, 2), dt.date(2024, 1, 31))
    assert statement.opening_balance == D("10000.00")
    assert statement.lines == (
        StatementLine(dt.date(2024, 1, 5), "JE-0002", "Rent January", D("0.00"), D("1500.00"), D("8500.00")),
        StatementLine(dt.date(2024, 1, 10), "JE-0003", "Sale 42", D("300.00"), D("0.00"), D("8800.00")),
    )
    assert statement.closing_balance == D("8800.00")


def test_statement_for_credit_normal_account(busy_ledger):
    statement = busy_ledger.statement("2000", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert statement.opening_balance == D("0.00")
    assert [line.balance for line in statement.lines] == [D("200.00")]
    assert statement.lines[0].credit == D("200.00")


def test_statement_empty_and_invalid_range(busy_ledger):
    empty = busy_ledger.statement("1100", dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert empty.lines == ()
    assert empty.opening_balance == empty.closing_balance == D("700.50")
    with pytest.raises(LedgerError, match="end precedes start"):
        busy_ledger.statement("1100", dt.date(2024, 3, 2), dt.date(2024, 3, 1))


def test_reverse(busy_ledger):
    reversal = busy_ledger.reverse("JE-0003", dt.date(2024, 1, 12))
    assert reversal.entry_id == "JE-0005"
    assert reversal.reverses == "JE-0003"
    assert reversal.description == "Reversal of JE-0003: Sale 42"
    assert [(line.account, line.side.value, line.amount) for line in reversal.lines] == [
        ("1000", "credit", D("300.00")),
        ("1100", "credit", D("700.50")),
        ("4000", "debit", D("1000.50")),
    ]
    assert busy_ledger.balance("4000") == D("0.00")
    assert busy_ledger.balance("1000") == D("8500.00")
    assert busy_ledger.balance("4000", dt.date(2024, 1, 11)) == D("1000.50")


def test_reverse_rules(busy_ledger):
    custom = busy_ledger.reverse("JE-0002", dt.date(2024, 1, 5), "Rent refunded")
    assert custom.description == "Rent refunded"
    with pytest.raises(LedgerError, match="already reversed by JE-0005"):
        busy_ledger.reverse("JE-0002", dt.date(2024, 1, 6))
    with pytest.raises(LedgerError, match="itself a reversal"):
        busy_ledger.reverse("JE-0005", dt.date(2024, 1, 6))
    with pytest.raises(LedgerError, match="cannot predate"):
        busy_ledger.reverse("JE-0004", dt.date(2024, 1, 31))


def test_close_period(busy_ledger):
    busy_ledger.close_period(dt.date(2024, 1, 31))
    with pytest.raises(ClosedPeriodError, match="closed through 2024-01-31"):
        busy_ledger.post(dt.date(2024, 1, 31), "Late", [Line.debit("1000", 1), Line.credit("4000", 1)])
    with pytest.raises(ClosedPeriodError):
        busy_ledger.reverse("JE-0001", dt.date(2024, 1, 20))
    entry = busy_ledger.post(dt.date(2024, 2, 1), "On time", [Line.debit("1000", 1), Line.credit("4000", 1)])
    assert entry.entry_id == "JE-0005"
    busy_ledger.close_period(dt.date(2024, 1, 31))
    with pytest.raises(ClosedPeriodError, match="cannot reopen"):
        busy_ledger.close_period(dt.date(2024, 1, 30))


def test_net_income(busy_ledger):
    assert busy_ledger.net_income() == D("-699.50")
    assert busy_ledger.net_income(dt.date(2024, 1, 1), dt.date(2024, 1, 31)) == D("-499.50")
    assert busy_ledger.net_income(dt.date(2024, 2, 1)) == D("-200.00")


def test_custom_id_prefix(chart):
    from bankledger import Ledger

    ledger = Ledger(chart, id_prefix="GL")
    entry = ledger.post(dt.date(2024, 1, 1), "x", [Line.debit("1000", 1), Line.credit("3000", 1)])
    assert entry.entry_id == "GL-0001"
