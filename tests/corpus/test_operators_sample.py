"""Sample input for the operator tests: a small, realistic ledger module. It holds no tests.

The operator tests read this file's text and mutate it; it is kept importable so that it stays
valid Python. Do not reformat it casually: some tests name its lines.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable, Iterator

logger = logging.getLogger(__name__)

__all__ = ["Entry", "Ledger", "LedgerError", "parse_entry", "parse_ledger"]

DEFAULT_CURRENCY = "EUR"
MAX_DESCRIPTION = 40
CENTS_PER_UNIT = 100


class LedgerError(ValueError):
    """Base class of the errors of this module."""


class ParseError(LedgerError):
    """A line of a ledger file cannot be read."""


class BalanceError(LedgerError):
    """An operation would leave an account below its limit."""


@dataclass(frozen=True)
class Entry:
    """One booking: an amount in cents moved to an account on a day."""

    day: int
    account: str
    amount: int
    description: str = ""
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.day < 1 or self.day > 366:
            raise ParseError(f"day {self.day} is out of range")
        if not self.account:
            raise ParseError("an entry needs an account")

    @property
    def is_credit(self) -> bool:
        return self.amount > 0

    def short(self, width: int = MAX_DESCRIPTION) -> str:
        text = self.description.strip()
        if len(text) > width:
            text = text[: width - 1] + "…"
        return "{} {}".format(self.account, text)

    def __repr__(self) -> str:
        return f"Entry({self.day}, {self.account!r}, {self.amount})"


def format_cents(amount: int, currency: str = DEFAULT_CURRENCY) -> str:
    """'12.34 EUR' for 1234; negative amounts keep their sign."""
    sign = "-" if amount < 0 else ""
    units, cents = divmod(abs(amount), CENTS_PER_UNIT)
    return "%s%d.%02d %s" % (sign, units, cents, currency)


def parse_amount(text: str) -> int:
    """Cents from '12.34', '-0.5' or '7'."""
    text = text.strip()
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    units, _, cents = text.partition(".")
    if not units.isdigit() or (cents and not cents.isdigit()):
        raise ParseError(f"not an amount: {text!r}")
    if len(cents) > 2:
        raise ParseError(f"too many decimals in {text!r}")
    value = int(units) * CENTS_PER_UNIT + int(cents.ljust(2, "0") or 0)
    return -value if negative else value


def parse_entry(line: str, sep: str = ";") -> Entry:
    """An entry from 'day;account;amount[;description[;tag,tag]]'."""
    fields = [part.strip() for part in line.split(sep)]
    if len(fields) < 3:
        raise ParseError(f"expected at least 3 fields, got {len(fields)}")
    try:
        day = int(fields[0])
    except ValueError:
        raise ParseError(f"not a day: {fields[0]!r}") from None
    account = fields[1].lower()
    amount = parse_amount(fields[2])
    description = fields[3] if len(fields) > 3 else ""
    tags: tuple[str, ...] = ()
    if len(fields) > 4 and fields[4]:
        tags = tuple(tag.strip() for tag in fields[4].split(",") if tag.strip())
    return Entry(day, account, amount, description, tags)


def parse_ledger(lines: Iterable[str], sep: str = ";", skip_errors: bool = False) -> list[Entry]:
    """Entries of a ledger file; comment lines start with '#'."""
    entries = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        try:
            entries.append(parse_entry(line, sep))
        except ParseError as exc:
            if not skip_errors:
                raise ParseError(f"line {number}: {exc}") from exc
            logger.warning("skipping line %d: %s", number, exc)
    return entries


class Ledger:
    """Entries grouped by account, with per-account limits."""

    def __init__(self, entries: Iterable[Entry] = (), limit: int = 0) -> None:
        self.entries: list[Entry] = []
        self.balances: dict[str, int] = {}
        self.limit = limit
        self.closed = False
        for entry in entries:
            self.add(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Ledger({len(self.entries)} entries)"

    def add(self, entry: Entry) -> None:
        if self.closed:
            raise LedgerError("the ledger is closed")
        current = self.balances.get(entry.account, 0)
        if current + entry.amount < self.limit:
            raise BalanceError(f"{entry.account} would fall below {self.limit}")
        self.entries.append(entry)
        self.balances[entry.account] = current + entry.amount

    def remove_last(self) -> Entry:
        if not self.entries:
            raise LedgerError("nothing to remove")
        entry = self.entries.pop()
        self.balances[entry.account] -= entry.amount
        if self.balances[entry.account] == 0:
            del self.balances[entry.account]
        return entry

    def balance(self, account: str) -> int:
        return self.balances.get(account.lower(), 0)

    def total(self) -> int:
        total = 0
        for amount in self.balances.values():
            total += amount
        return total

    def between(self, first: int, last: int) -> list[Entry]:
        """Entries booked from day ``first`` to day ``last``, both included."""
        if first > last:
            raise LedgerError(f"empty period {first}..{last}")
        return [entry for entry in self.entries if first <= entry.day <= last]

    def running_balance(self, account: str) -> list[int]:
        running = []
        balance = 0
        for entry in self.entries:
            if entry.account != account:
                continue
            balance += entry.amount
            running.append(balance)
        return running

    def largest(self, count: int = 3) -> list[Entry]:
        ranked = sorted(self.entries, key=lambda entry: abs(entry.amount), reverse=True)
        return ranked[:count]

    def first_overdraft(self, threshold: int) -> int | None:
        """Day on which the running total first drops below ``threshold``."""
        balance = 0
        for entry in self.entries:
            balance += entry.amount
            if balance < threshold:
                return entry.day
        return None

    def find(self, text: str) -> Entry | None:
        needle = text.lower()
        found = None
        for entry in self.entries:
            if needle in entry.description.lower():
                found = entry
                break
        return found

    def tagged(self, *tags: str) -> list[Entry]:
        wanted = set(tags)
        return [entry for entry in self.entries if wanted and wanted <= set(entry.tags)]

    def close(self) -> None:
        self.closed = True
        logger.info("ledger closed with %d entries", len(self.entries))


def daily_totals(entries: list[Entry], days: int) -> list[int]:
    """Net amount per day for days 1..days."""
    totals = [0] * days
    for entry in entries:
        if 1 <= entry.day <= days:
            totals[entry.day - 1] += entry.amount
    return totals


def moving_average(values: list[int], window: int) -> list[float]:
    if window <= 0:
        raise ValueError("window must be positive")
    averages = []
    for start in range(len(values) - window + 1):
        chunk = values[start : start + window]
        averages.append(sum(chunk) / window)
    return averages


def longest_streak(totals: list[int]) -> int:
    """Length of the longest run of days with a positive total."""
    best = 0
    current = 0
    for index in range(len(totals)):
        if totals[index] > 0:
            current += 1
            best = max(best, current)
        else:
            current = 0
    return best


def last_change(totals: list[int]) -> int:
    """Index of the last day whose total differs from the day before, or -1."""
    for index in range(len(totals) - 1, 0, -1):
        if totals[index] != totals[index - 1]:
            return index
    return -1


def merge_tags(entry: Entry, extra: list[str] | None = None) -> list[str]:
    if extra is None:
        extra = []
    extra.extend(tag for tag in entry.tags if tag not in extra)
    return extra


def summarize(ledger: Ledger, accounts: list[str], currency: str = DEFAULT_CURRENCY) -> str:
    lines = []
    for account in accounts:
        amount = ledger.balance(account)
        lines.append("{}: {}".format(account, format_cents(amount, currency)))
    width = max((len(line) for line in lines), default=0)
    rule = "-" * width
    return "\n".join([rule] + lines + [rule])


def split_even(amount: int, parts: int) -> list[int]:
    """``amount`` split into ``parts`` shares that differ by at most one cent."""
    if parts < 1:
        raise ValueError("parts must be at least 1")
    share, rest = divmod(amount, parts)
    shares = [share] * parts
    for index in range(rest):
        shares[index] += 1
    return shares


def to_records(entries: list[Entry]) -> list[dict[str, object]]:
    records = []
    for entry in entries:
        record: dict[str, object] = {"day": entry.day, "account": entry.account}
        record["amount"] = entry.amount
        if entry.tags:
            record["tags"] = ", ".join(entry.tags)
        records.append(record)
    return records


def from_record(record: dict[str, object]) -> Entry:
    day = record["day"]
    account = record["account"]
    amount = record["amount"]
    if not isinstance(day, int) or not isinstance(amount, int):
        raise ParseError("day and amount must be integers")
    tags = str(record.get("tags", "")).split(",")
    return Entry(day, str(account), amount, tags=tuple(t.strip() for t in tags if t.strip()))


def check_balanced(ledger: Ledger, tolerance: int = 0) -> bool:
    total = ledger.total()
    assert isinstance(total, int)
    return abs(total) <= tolerance and all(a != "" for a in ledger.balances)


if __name__ == "__main__":
    import sys

    book = Ledger(parse_ledger(sys.stdin))
    print(summarize(book, sorted(book.balances)))
