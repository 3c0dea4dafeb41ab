"""Schedules: several rules and dates combined, minus exclusions."""

from __future__ import annotations

import heapq
from datetime import date
from typing import Iterable, Iterator, List, Optional

from .errors import RecurrenceError
from .expand import occurrences
from .rule import Rule, _check_date


class _Excluder:
    """Answers "is this date excluded?" for ascending queries."""

    def __init__(self, rules: Iterable[Rule], dates: Iterable[date]) -> None:
        self._dates = set(dates)
        self._streams = [occurrences(rule) for rule in rules]
        self._heads: List[Optional[date]] = [next(stream, None) for stream in self._streams]

    def __contains__(self, day: date) -> bool:
        if day in self._dates:
            return True
        excluded = False
        for index, stream in enumerate(self._streams):
            head = self._heads[index]
            while head is not None and head < day:
                head = next(stream, None)
            self._heads[index] = head
            if head == day:
                excluded = True
        return excluded


class Schedule:
    """Dates produced by inclusion rules and explicit dates, minus exclusions."""

    def __init__(self, rules: Iterable[Rule] = (), dates: Iterable[date] = (),
                 exclude_rules: Iterable[Rule] = (), exclude_dates: Iterable[date] = ()) -> None:
        self.rules: List[Rule] = []
        self.dates: List[date] = []
        self.exclude_rules: List[Rule] = []
        self.exclude_dates: List[date] = []
        for rule in rules:
            self.add_rule(rule)
        for day in dates:
            self.add_date(day)
        for rule in exclude_rules:
            self.exclude_rule(rule)
        for day in exclude_dates:
            self.exclude_date(day)

    def add_rule(self, rule: Rule) -> "Schedule":
        if not isinstance(rule, Rule):
            raise RecurrenceError(f"expected a Rule, got {type(rule).__name__}")
        self.rules.append(rule)
        return self

    def add_date(self, day: date) -> "Schedule":
        _check_date("date", day)
        self.dates.append(day)
        return self

    def exclude_rule(self, rule: Rule) -> "Schedule":
        if not isinstance(rule, Rule):
            raise RecurrenceError(f"expected a Rule, got {type(rule).__name__}")
        self.exclude_rules.append(rule)
        return self

    def exclude_date(self, day: date) -> "Schedule":
        _check_date("date", day)
        self.exclude_dates.append(day)
        return self

    def __iter__(self) -> Iterator[date]:
        streams = [occurrences(rule) for rule in self.rules]
        streams.append(iter(sorted(self.dates)))
        excluder = _Excluder(self.exclude_rules, self.exclude_dates)
        previous: Optional[date] = None
        for day in heapq.merge(*streams):
            if day == previous:
                continue
            previous = day
            if day not in excluder:
                yield day

    def between(self, start: date, end: date, inclusive: bool = True) -> List[date]:
        """Dates from *start* to *end*; the bounds count only when *inclusive*."""
        _check_date("start", start)
        _check_date("end", end)
        if end < start:
            raise RecurrenceError("end must not be before start")
        found = []
        for day in self:
            if day > end or (day == end and not inclusive):
                break
            if day > start or (day == start and inclusive):
                found.append(day)
        return found

    def after(self, day: date, inclusive: bool = False) -> Optional[date]:
        """The first date after *day* (or on it, when *inclusive*)."""
        for candidate in self:
            if candidate > day or (inclusive and candidate == day):
                return candidate
        return None

    def before(self, day: date, inclusive: bool = False) -> Optional[date]:
        """The last date before *day* (or on it, when *inclusive*)."""
        last = None
        for candidate in self:
            if candidate > day or (candidate == day and not inclusive):
                break
            last = candidate
        return last

    def first(self, limit: int) -> List[date]:
        if limit < 0:
            raise RecurrenceError("limit must not be negative")
        result: List[date] = []
        for day in self:
            if len(result) == limit:
                break
            result.append(day)
        return result
