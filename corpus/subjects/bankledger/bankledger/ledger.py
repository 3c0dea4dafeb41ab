"""The ledger: posting, balances, trial balance, statements and reversals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Iterator

from bankledger.accounts import AccountType, ChartOfAccounts, Side
from bankledger.errors import ClosedPeriodError, LedgerError, UnknownAccountError
from bankledger.journal import JournalEntry, Line
from bankledger.money import ZERO


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class StatementLine:
    date: dt.date
    entry_id: str
    description: str
    debit: Decimal
    credit: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Statement:
    account: str
    opening_balance: Decimal
    lines: tuple[StatementLine, ...]
    closing_balance: Decimal


class Ledger:
    """An append-only journal over a chart of accounts."""

    def __init__(self, chart: ChartOfAccounts, id_prefix: str = "JE") -> None:
        self.chart = chart
        self.id_prefix = id_prefix
        self._entries: list[JournalEntry] = []
        self._by_id: dict[str, JournalEntry] = {}
        self._reversed_by: dict[str, str] = {}
        self.closed_through: dt.date | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, entry_id: str) -> JournalEntry:
        try:
            return self._by_id[entry_id]
        except KeyError:
            raise LedgerError(f"no entry {entry_id!r}") from None

    def entries(self, start: dt.date | None = None, end: dt.date | None = None) -> Iterator[JournalEntry]:
        """Entries in date order (posting order within a day), optionally bounded inclusively."""
        for entry in sorted(self._entries, key=lambda item: item.date):
            if start is not None and entry.date < start:
                continue
            if end is not None and entry.date > end:
                continue
            yield entry

    def _next_id(self) -> str:
        return f"{self.id_prefix}-{len(self._entries) + 1:04d}"

    def post(
        self,
        date: dt.date,
        description: str,
        lines: Iterable[Line],
        *,
        reverses: str | None = None,
        tags: Iterable[str] = (),
    ) -> JournalEntry:
        """Validate and record a new entry."""
        if self.closed_through is not None and date <= self.closed_through:
            raise ClosedPeriodError(f"period closed through {self.closed_through.isoformat()}")
        line_tuple = tuple(lines)
        for line in line_tuple:
            if line.account not in self.chart:
                raise UnknownAccountError(line.account)
        entry = JournalEntry(self._next_id(), date, description.strip(), line_tuple, reverses, frozenset(tags))
        self._entries.append(entry)
        self._by_id[entry.entry_id] = entry
        return entry

    def reverse(self, entry_id: str, date: dt.date, description: str | None = None) -> JournalEntry:
        """Post the mirror image of an entry; each entry can be reversed once."""
        original = self.entry(entry_id)
        if entry_id in self._reversed_by:
            raise LedgerError(f"entry {entry_id} already reversed by {self._reversed_by[entry_id]}")
        if original.reverses is not None:
            raise LedgerError(f"entry {entry_id} is itself a reversal")
        if date < original.date:
            raise LedgerError("a reversal cannot predate the original entry")
        text = description or f"Reversal of {entry_id}: {original.description}"
        reversal = self.post(date, text, [line.reversed() for line in original.lines], reverses=entry_id)
        self._reversed_by[entry_id] = reversal.entry_id
        return reversal

    def close_period(self, through: dt.date) -> None:
        """Forbid postings dated on or before ``through``."""
        if self.closed_through is not None and through < self.closed_through:
            raise ClosedPeriodError("cannot reopen a closed period")
        self.closed_through = through

    def _debit_net(self, code: str, start: dt.date | None, end: dt.date | None) -> Decimal:
        return sum((entry.net_for(code) for entry in self.entries(start, end)), ZERO)

    def _natural(self, code: str, debit_net: Decimal) -> Decimal:
        return debit_net if self.chart[code].type.normal_side is Side.DEBIT else -debit_net

    def balance(self, code: str, as_of: dt.date | None = None) -> Decimal:
        """Balance in the account's normal direction (positive = normal)."""
        return self._natural(code, self._debit_net(code, None, as_of))

    def balances(self, as_of: dt.date | None = None) -> dict[str, Decimal]:
        return {account.code: self.balance(account.code, as_of) for account in self.chart}

    def trial_balance(self, as_of: dt.date | None = None, include_zero: bool = False) -> list[TrialBalanceRow]:
        """One row per account with its balance in the debit or credit column."""
        rows = []
        for account in self.chart:
            net = self._debit_net(account.code, None, as_of)
            if net == ZERO and not include_zero:
                continue
            debit, credit = (net, ZERO) if net > ZERO else (ZERO, -net)
            rows.append(TrialBalanceRow(account.code, account.name, debit, credit))
        return rows

    def trial_balance_totals(self, as_of: dt.date | None = None) -> tuple[Decimal, Decimal]:
        rows = self.trial_balance(as_of)
        return sum((row.debit for row in rows), ZERO), sum((row.credit for row in rows), ZERO)

    def statement(self, code: str, start: dt.date, end: dt.date) -> Statement:
        """Activity for one account between two dates with running balances."""
        if end < start:
            raise LedgerError("statement end precedes start")
        opening = self.balance(code, start - dt.timedelta(days=1))
        running = opening
        lines = []
        for entry in self.entries(start, end):
            for line in entry.lines:
                if line.account != code:
                    continue
                running += self._natural(code, line.signed)
                debit = line.amount if line.side is Side.DEBIT else ZERO
                credit = line.amount if line.side is Side.CREDIT else ZERO
                lines.append(StatementLine(entry.date, entry.entry_id, entry.description, debit, credit, running))
        return Statement(code, opening, tuple(lines), running)

    def net_income(self, start: dt.date | None = None, end: dt.date | None = None) -> Decimal:
        """Income minus expenses over the period."""
        income = sum(
            (self._natural(a.code, self._debit_net(a.code, start, end)) for a in self.chart.of_type(AccountType.INCOME)),
            ZERO,
        )
        expenses = sum(
            (self._natural(a.code, self._debit_net(a.code, start, end)) for a in self.chart.of_type(AccountType.EXPENSE)),
            ZERO,
        )
        return income - expenses
