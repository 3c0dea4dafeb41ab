"""Cron expressions and next/previous run computation."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterator

from .errors import CronSyntaxError, NoMatchError
from .fields import DAY, FIELDS, WEEKDAY, format_field, parse_field

ALIASES = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}

DEFAULT_HORIZON_YEARS = 10
_MINUTE = timedelta(minutes=1)


def cron_weekday(day: date) -> int:
    """Day of week with Sunday as 0, as cron counts it."""
    return (day.weekday() + 1) % 7


@dataclass(frozen=True)
class CronExpression:
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]

    @property
    def day_restricted(self) -> bool:
        return self.days != DAY.all_values

    @property
    def weekday_restricted(self) -> bool:
        return self.weekdays != WEEKDAY.all_values

    @classmethod
    def parse(cls, text: str) -> "CronExpression":
        """Parse five space-separated fields or an ``@`` alias.

        When both day-of-month and day-of-week are restricted (do not cover
        their full range) a day matches if *either* matches, as in classic
        cron; otherwise both must match.
        """
        source = text.strip()
        if source.startswith("@"):
            if source.lower() not in ALIASES:
                raise CronSyntaxError(f"unknown alias {source!r}")
            source = ALIASES[source.lower()]
        parts = source.split()
        if len(parts) != 5:
            raise CronSyntaxError(f"expected 5 fields, got {len(parts)}")
        return cls(*(parse_field(part, spec) for part, spec in zip(parts, FIELDS)))

    def day_matches(self, day: date) -> bool:
        in_month = day.day in self.days
        in_week = cron_weekday(day) in self.weekdays
        if self.day_restricted and self.weekday_restricted:
            return in_month or in_week
        return in_month and in_week

    def matches(self, moment: datetime) -> bool:
        return (
            moment.minute in self.minutes
            and moment.hour in self.hours
            and moment.month in self.months
            and self.day_matches(moment.date())
        )

    def next_after(self, moment: datetime, horizon_years: int = DEFAULT_HORIZON_YEARS) -> datetime:
        """The first matching minute strictly after ``moment``."""
        minutes, hours = sorted(self.minutes), sorted(self.hours)
        t = moment.replace(second=0, microsecond=0) + _MINUTE
        limit = t.year + horizon_years
        while t.year <= limit:
            if t.month not in self.months:
                year, month = (t.year + 1, 1) if t.month == 12 else (t.year, t.month + 1)
                t = t.replace(year=year, month=month, day=1, hour=0, minute=0)
                continue
            if not self.day_matches(t.date()):
                t = t.replace(hour=0, minute=0) + timedelta(days=1)
                continue
            i = bisect_left(hours, t.hour)
            if i == len(hours):
                t = t.replace(hour=0, minute=0) + timedelta(days=1)
                continue
            if hours[i] != t.hour:
                t = t.replace(hour=hours[i], minute=minutes[0])
                return t
            j = bisect_left(minutes, t.minute)
            if j == len(minutes):
                t = t.replace(minute=0) + timedelta(hours=1)
                continue
            return t.replace(minute=minutes[j])
        raise NoMatchError(f"no match within {horizon_years} years after {moment.isoformat()}")

    def previous_before(self, moment: datetime, horizon_years: int = DEFAULT_HORIZON_YEARS) -> datetime:
        """The last matching minute strictly before ``moment``."""
        minutes, hours = sorted(self.minutes), sorted(self.hours)
        t = moment.replace(second=0, microsecond=0)
        if t == moment:
            t -= _MINUTE
        limit = t.year - horizon_years
        while t.year >= limit:
            if t.month not in self.months:
                t = t.replace(day=1, hour=0, minute=0) - _MINUTE
                continue
            if not self.day_matches(t.date()):
                t = t.replace(hour=0, minute=0) - _MINUTE
                continue
            i = bisect_right(hours, t.hour) - 1
            if i < 0:
                t = t.replace(hour=0, minute=0) - _MINUTE
                continue
            if hours[i] != t.hour:
                return t.replace(hour=hours[i], minute=minutes[-1])
            j = bisect_right(minutes, t.minute) - 1
            if j < 0:
                t = t.replace(minute=0) - _MINUTE
                continue
            return t.replace(minute=minutes[j])
        raise NoMatchError(f"no match within {horizon_years} years before {moment.isoformat()}")

    def iter_after(self, moment: datetime) -> Iterator[datetime]:
        """Matching minutes after ``moment``, in order, without end."""
        current = moment
        while True:
            current = self.next_after(current)
            yield current

    def upcoming(self, moment: datetime, count: int) -> list[datetime]:
        if count < 0:
            raise ValueError("count must not be negative")
        runs = []
        iterator = self.iter_after(moment)
        for _ in range(count):
            runs.append(next(iterator))
        return runs

    def runs_between(self, start: datetime, end: datetime) -> list[datetime]:
        """Matching minutes with ``start <= t < end``."""
        if end < start:
            raise ValueError("end must not be before start")
        runs = []
        current = start - _MINUTE if start.second == 0 and start.microsecond == 0 else start
        while True:
            try:
                current = self.next_after(current, horizon_years=end.year - current.year + 1)
            except NoMatchError:
                break
            if current >= end:
                break
            runs.append(current)
        return runs

    def __str__(self) -> str:
        """Canonical five-field form; parsing it yields an equal expression."""
        values = (self.minutes, self.hours, self.days, self.months, self.weekdays)
        return " ".join(format_field(v, spec) for v, spec in zip(values, FIELDS))
