"""Account types and the chart of accounts."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Iterator

from bankledger.errors import LedgerError, UnknownAccountError

_CODE = re.compile(r"[0-9]{3,6}(-[0-9]{1,3})?")


class Side(enum.Enum):
    DEBIT = "debit"
    CREDIT = "credit"

    @property
    def opposite(self) -> "Side":
        return Side.CREDIT if self is Side.DEBIT else Side.DEBIT


class AccountType(enum.Enum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"

    @property
    def normal_side(self) -> Side:
        """The side on which increases to this kind of account are recorded."""
        return Side.DEBIT if self in (AccountType.ASSET, AccountType.EXPENSE) else Side.CREDIT

    @property
    def is_balance_sheet(self) -> bool:
        return self in (AccountType.ASSET, AccountType.LIABILITY, AccountType.EQUITY)


@dataclass(frozen=True)
class Account:
    code: str
    name: str
    type: AccountType

    def __post_init__(self) -> None:
        if not _CODE.fullmatch(self.code):
            raise LedgerError(f"invalid account code {self.code!r}")
        if not self.name.strip():
            raise LedgerError("account name must not be blank")


class ChartOfAccounts:
    """The accounts a ledger may post to, keyed by code."""

    def __init__(self, accounts: list[Account] | None = None) -> None:
        self._accounts: dict[str, Account] = {}
        for account in accounts or []:
            self.add(account)

    def add(self, account: Account) -> Account:
        if account.code in self._accounts:
            raise LedgerError(f"duplicate account code {account.code!r}")
        self._accounts[account.code] = account
        return account

    def open(self, code: str, name: str, account_type: AccountType) -> Account:
        return self.add(Account(code, name, account_type))

    def __getitem__(self, code: str) -> Account:
        try:
            return self._accounts[code]
        except KeyError:
            raise UnknownAccountError(code) from None

    def __contains__(self, code: object) -> bool:
        return code in self._accounts

    def __iter__(self) -> Iterator[Account]:
        """Accounts in code order."""
        return iter(sorted(self._accounts.values(), key=lambda account: account.code))

    def __len__(self) -> int:
        return len(self._accounts)

    def of_type(self, account_type: AccountType) -> list[Account]:
        return [account for account in self if account.type is account_type]
