"""Exceptions raised by the ledger."""


class LedgerError(Exception):
    """Base class for ledger problems."""


class UnbalancedEntryError(LedgerError):
    """A journal entry's debits and credits differ or it is otherwise malformed."""


class UnknownAccountError(LedgerError, KeyError):
    """An account code is not in the chart of accounts."""

    def __str__(self) -> str:
        return f"unknown account {self.args[0]!r}"


class ClosedPeriodError(LedgerError):
    """An entry was dated on or before the last closed date."""
