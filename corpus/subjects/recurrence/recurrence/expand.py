"""Expansion of rules into the dates they describe."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta
from typing import Iterable, Iterator, List, Optional, Set, Tuple

from .errors import RecurrenceError
from .rule import Frequency, Rule, WeekdaySpec

MAX_IDLE_YEARS = 28


def nth_weekday_in(days: List[date], weekday: int, n: int) -> Optional[date]:
    """Return the *n*-th date in *days* falling on *weekday* (negative from the end)."""
    matching = [day for day in days if day.weekday() == weekday]
    index = n - 1 if n > 0 else n
    if -len(matching) <= index < len(matching):
        return matching[index]
    return None


def _all_days(first: date, last: date) -> List[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _weekday_matches(days: List[date], specs: Iterable[WeekdaySpec]) -> Set[date]:
    found: Set[date] = set()
    for spec in specs:
        if spec.n is None:
            found.update(day for day in days if day.weekday() == spec.weekday)
        else:
            hit = nth_weekday_in(days, spec.weekday, spec.n)
            if hit is not None:
                found.add(hit)
    return found


def _month_day_matches(rule: Rule, day: date) -> bool:
    length = _cal.monthrange(day.year, day.month)[1]
    return any(value == day.day or length + value + 1 == day.day for value in rule.by_month_day)


def _month_day_set(rule: Rule, year: int, month: int) -> Set[date]:
    length = _cal.monthrange(year, month)[1]
    chosen = set()
    for value in rule.by_month_day:
        day = value if value > 0 else length + value + 1
        if 1 <= day <= length:
            chosen.add(date(year, month, day))
    return chosen


def _month_candidates(rule: Rule, year: int, month: int) -> List[date]:
    length = _cal.monthrange(year, month)[1]
    chosen: Optional[Set[date]] = None
    if rule.by_month_day:
        chosen = _month_day_set(rule, year, month)
    if rule.by_weekday:
        month_days = _all_days(date(year, month, 1), date(year, month, length))
        by_day = _weekday_matches(month_days, rule.by_weekday)
        chosen = by_day if chosen is None else chosen & by_day
    if chosen is None:
        chosen = {date(year, month, rule.start.day)} if rule.start.day <= length else set()
    return sorted(chosen)


def _year_candidates(rule: Rule, year: int) -> List[date]:
    """Candidates of a yearly period; weekday ordinals count within the year
    unless months are selected, in which case they count within each month."""
    if rule.by_month:
        return [day for month in rule.by_month for day in _month_candidates(rule, year, month)]
    if not rule.by_weekday and not rule.by_month_day:
        return _month_candidates(rule, year, rule.start.month)
    chosen: Optional[Set[date]] = None
    if rule.by_month_day:
        chosen = set()
        for month in range(1, 13):
            chosen |= _month_day_set(rule, year, month)
    if rule.by_weekday:
        year_days = _all_days(date(year, 1, 1), date(year, 12, 31))
        by_day = _weekday_matches(year_days, rule.by_weekday)
        chosen = by_day if chosen is None else chosen & by_day
    return sorted(chosen)


def _period(rule: Rule, index: int) -> Tuple[date, List[date]]:
    """Return the first day of period *index* and the candidate dates in it."""
    step = index * rule.interval
    start = rule.start
    if rule.freq is Frequency.DAILY:
        day = start + timedelta(days=step)
        keep = ((not rule.by_month or day.month in rule.by_month)
                and (not rule.by_weekday or any(s.weekday == day.weekday() for s in rule.by_weekday))
                and (not rule.by_month_day or _month_day_matches(rule, day)))
        return day, [day] if keep else []
    if rule.freq is Frequency.WEEKLY:
        anchor = start - timedelta(days=(start.weekday() - rule.week_start) % 7)
        week = anchor + timedelta(weeks=step)
        weekdays = [spec.weekday for spec in rule.by_weekday] or [start.weekday()]
        days = sorted(week + timedelta(days=(wd - rule.week_start) % 7) for wd in weekdays)
        return week, [day for day in days if not rule.by_month or day.month in rule.by_month]
    if rule.freq is Frequency.MONTHLY:
        year, month0 = divmod(start.year * 12 + start.month - 1 + step, 12)
        first = date(year, month0 + 1, 1)
        if rule.by_month and first.month not in rule.by_month:
            return first, []
        return first, _month_candidates(rule, year, month0 + 1)
    year = start.year + step
    return date(year, 1, 1), _year_candidates(rule, year)


def occurrences(rule: Rule) -> Iterator[date]:
    """Yield the dates of *rule* in ascending order.

    Iteration ends at the rule's count or until date, at the end of the
    supported date range, or when the rule yields nothing for
    more than ``MAX_IDLE_YEARS`` years.
    """
    emitted = 0
    index = 0
    idle_since: Optional[date] = None
    while True:
        try:
            period_start, candidates = _period(rule, index)
        except (OverflowError, ValueError):
            return
        if rule.until is not None and period_start > rule.until:
            return
        if candidates:
            idle_since = None
        elif idle_since is None:
            idle_since = period_start
        elif period_start.year - idle_since.year > MAX_IDLE_YEARS:
            return
        for day in candidates:
            if day < rule.start:
                continue
            if rule.until is not None and day > rule.until:
                return
            yield day
            emitted += 1
            if rule.count is not None and emitted >= rule.count:
                return
        index += 1


def take(rule: Rule, limit: int) -> List[date]:
    """Return at most the first *limit* occurrences of *rule*."""
    if limit < 0:
        raise RecurrenceError("limit must not be negative")
    result: List[date] = []
    if limit == 0:
        return result
    for day in occurrences(rule):
        result.append(day)
        if len(result) == limit:
            break
    return result
