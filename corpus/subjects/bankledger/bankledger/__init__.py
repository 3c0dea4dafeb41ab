"""A double-entry bookkeeping ledger with Decimal money."""

from bankledger.accounts import Account, AccountType, ChartOfAccounts, Side
from bankledger.errors import (
    ClosedPeriodError,
    LedgerError,
    UnbalancedEntryError,
    UnknownAccountError,
)
from bankledger.journal import JournalEntry, Line
from bankledger.ledger import Ledger, Statement, StatementLine, TrialBalanceRow
from bankledger.money import format_money, to_money

__all__ = [
    "Account",
    "AccountType",
    "ChartOfAccounts",
    "ClosedPeriodError",
    "JournalEntry",
    "Ledger",
    "LedgerError",
    "Line",
    "Side",
    "Statement",
    "StatementLine",
    "TrialBalanceRow",
    "UnbalancedEntryError",
    "UnknownAccountError",
    "format_money",
    "to_money",
]
