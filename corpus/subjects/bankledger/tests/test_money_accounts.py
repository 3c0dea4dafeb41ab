from decimal import Decimal

import pytest

from bankledger import (
    Account,
    AccountType,
    ChartOfAccounts,
    LedgerError,
    Side,
    UnknownAccountError,
    format_money,
    to_money,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        (Decimal("1.005"), Decimal("1.01")),
        (Decimal("-1.005"), Decimal("-1.01")),
        ("2.344", Decimal("2.34")),
        (" 7 ", Decimal("7.00")),
        (12, Decimal("12.00")),
        ("0.125", Decimal("0.13")),
    ],
)
def test_to_money(raw, expected):
    result = to_money(raw)
    assert result == expected
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("raw", [1.5, True, None, [1]])
def test_to_money_type_errors(raw):
    with pytest.raises(TypeError, match="money must be Decimal, int or str"):
        to_money(raw)


@pytest.mark.parametrize("raw, message", [("abc", "invalid money amount"), ("NaN", "must be finite"), (Decimal("Infinity"), "must be finite")])
def test_to_money_value_errors(raw, message):
    with pytest.raises(ValueError, match=message):
        to_money(raw)


def test_format_money():
    assert format_money(Decimal("1234567.5")) == "1,234,567.50"
    assert format_money(Decimal("-12")) == "-12.00"


@pytest.mark.parametrize(
    "account_type, side, balance_sheet",
    [
        (AccountType.ASSET, Side.DEBIT, True),
        (AccountType.EXPENSE, Side.DEBIT, False),
        (AccountType.LIABILITY, Side.CREDIT, True),
        (AccountType.EQUITY, Side.CREDIT, True),
        (AccountType.INCOME, Side.CREDIT, False),
    ],
)
def test_account_type_properties(account_type, side, balance_sheet):
    assert account_type.normal_side is side
    assert account_type.is_balance_sheet is balance_sheet


def test_side_opposite():
    assert Side.DEBIT.opposite is Side.CREDIT
    assert Side.CREDIT.opposite is Side.DEBIT


@pytest.mark.parametrize("code", ["10", "1234567", "12a4", "1000-", "1000-1234", ""])
def test_invalid_account_codes(code):
    with pytest.raises(LedgerError, match="invalid account code"):
        Account(code, "X", AccountType.ASSET)


def test_account_code_with_suffix_and_blank_name():
    assert Account("1000-01", "Petty cash", AccountType.ASSET).code == "1000-01"
    with pytest.raises(LedgerError, match="name must not be blank"):
        Account("1000", "  ", AccountType.ASSET)


def test_chart_behaviour(chart):
    assert len(chart) == 6
    assert [account.code for account in chart] == ["1000", "1100", "2000", "3000", "4000", "5000"]
    assert chart["2000"].name == "Payables"
    assert "4000" in chart
    assert "9999" not in chart
    assert [account.code for account in chart.of_type(AccountType.ASSET)] == ["1000", "1100"]
    with pytest.raises(UnknownAccountError) as info:
        chart["9999"]
    assert str(info.value) == "unknown account '9999'"
    with pytest.raises(LedgerError, match="duplicate account code '1000'"):
        chart.open("1000", "Again", AccountType.ASSET)


def test_chart_from_list_sorted_iteration():
    chart = ChartOfAccounts([Account("200", "B", AccountType.LIABILITY), Account("100", "A", AccountType.ASSET)])
    assert [account.name for account in chart] == ["A", "B"]
