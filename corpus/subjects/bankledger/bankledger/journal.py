"""Journal lines and entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from bankledger.accounts import Side
from bankledger.errors import UnbalancedEntryError
from bankledger.money import ZERO, to_money


@dataclass(frozen=True)
class Line:
    """One side of a posting: a positive amount debited or credited to an account."""

    account: str
    side: Side
    amount: Decimal
    memo: str = ""

    def __post_init__(self) -> None:
        amount = to_money(self.amount)
        if amount <= ZERO:
            raise UnbalancedEntryError(f"line amounts must be positive, got {amount} for {self.account}")
        object.__setattr__(self, "amount", amount)

    @classmethod
    def debit(cls, account: str, amount: Decimal | int | str, memo: str = "") -> "Line":
        return cls(account, Side.DEBIT, amount, memo)

    @classmethod
    def credit(cls, account: str, amount: Decimal | int | str, memo: str = "") -> "Line":
        return cls(account, Side.CREDIT, amount, memo)

    @property
    def signed(self) -> Decimal:
        """Debit-positive amount."""
        return self.amount if self.side is Side.DEBIT else -self.amount

    def reversed(self) -> "Line":
        return Line(self.account, self.side.opposite, self.amount, self.memo)


@dataclass(frozen=True)
class JournalEntry:
    """A dated, balanced set of lines."""

    entry_id: str
    date: dt.date
    description: str
    lines: tuple[Line, ...]
    reverses: str | None = None
    tags: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if len(self.lines) < 2:
            raise UnbalancedEntryError("an entry needs at least two lines")
        if self.total_debits != self.total_credits:
            raise UnbalancedEntryError(
                f"entry {self.entry_id} is unbalanced: debits {self.total_debits} != credits {self.total_credits}"
            )
        if len({line.account for line in self.lines}) < 2:
            raise UnbalancedEntryError("an entry must touch at least two accounts")

    @property
    def total_debits(self) -> Decimal:
        return sum((line.amount for line in self.lines if line.side is Side.DEBIT), ZERO)

    @property
    def total_credits(self) -> Decimal:
        return sum((line.amount for line in self.lines if line.side is Side.CREDIT), ZERO)

    def net_for(self, account: str) -> Decimal:
        """Debit-positive net effect of this entry on ``account``."""
        return sum((line.signed for line in self.lines if line.account == account), ZERO)

    def accounts(self) -> list[str]:
        """Distinct accounts touched, in first-appearance order."""
        return list(dict.fromkeys(line.account for line in self.lines))
