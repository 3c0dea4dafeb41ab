import datetime as dt
from decimal import Decimal

import pytest

from bankledger import JournalEntry, Line, Side, UnbalancedEntryError

DAY = dt.date(2024, 3, 1)


def test_line_constructors():
    debit = Line.debit("1000", "12.345", memo="m")
    assert debit == Line("1000", Side.DEBIT, Decimal("12.35"), "m")
    assert debit.signed == Decimal("12.35")
    credit = Line.credit("2000", 5)
    assert credit.signed == Decimal("-5.00")
    assert credit.reversed() == Line("2000", Side.DEBIT, Decimal("5.00"))


@pytest.mark.parametrize("amount", ["0", "-1", "0.004"])
def test_line_requires_positive_amount(amount):
    with pytest.raises(UnbalancedEntryError, match="must be positive"):
        Line.debit("1000", amount)


def test_entry_totals_and_net():
    entry = JournalEntry(
        "JE-1", DAY, "Split", (Line.debit("1000", "60"), Line.debit("1000", "40"), Line.credit("4000", "100"), Line.debit("5000", "5"), Line.credit("1000", "5"))
    )
    assert entry.total_debits == Decimal("105.00")
    assert entry.total_credits == Decimal("105.00")
    assert entry.net_for("1000") == Decimal("95.00")
    assert entry.net_for("4000") == Decimal("-100.00")
    assert entry.net_for("9999") == Decimal("0.00")
    assert entry.accounts() == ["1000", "4000", "5000"]


@pytest.mark.parametrize(
    "lines, message",
    [
        ((Line.debit("1000", 1),), "at least two lines"),
        ((Line.debit("1000", 1), Line.credit("2000", 2)), "unbalanced: debits 1.00 != credits 2.00"),
        ((Line.debit("1000", 1), Line.credit("1000", 1)), "at least two accounts"),
        ((Line.debit("1000", 1), Line.debit("2000", 1)), "unbalanced"),
    ],
)
def test_entry_validation(lines, message):
    with pytest.raises(UnbalancedEntryError, match=message):
        JournalEntry("JE-9", DAY, "Bad", lines)
