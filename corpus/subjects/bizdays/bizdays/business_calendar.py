"""Business-day calendars built from weekends and holiday rules."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Dict, Iterable, List, Mapping, Optional, Union

from .errors import CalendarError
from .rules import HolidayRule

ONE_DAY = timedelta(days=1)


class BusinessCalendar:
    """Decides which days are business days.

    A day is a business day when it is not a weekend day and not a holiday,
    unless it is listed in *extra_workdays*, which overrides both.
    """

    def __init__(self, rules: Iterable[HolidayRule] = (), weekend: Iterable[int] = (5, 6),
                 extra_holidays: Union[Mapping[date, str], Iterable[date]] = (),
                 extra_workdays: Iterable[date] = (), name: str = "") -> None:
        self.weekend = frozenset(weekend)
        if any(not isinstance(d, int) or not 0 <= d <= 6 for d in self.weekend):
            raise CalendarError("weekend days must be integers from 0 (Monday) to 6 (Sunday)")
        if len(self.weekend) == 7:
            raise CalendarError("a calendar needs at least one working weekday")
        self.rules = tuple(rules)
        if isinstance(extra_holidays, Mapping):
            self.extra_holidays = dict(extra_holidays)
        else:
            self.extra_holidays = {day: "Holiday" for day in extra_holidays}
        self.extra_workdays = frozenset(extra_workdays)
        self.name = name
        self._cache: Dict[int, Dict[date, str]] = {}

    def __repr__(self) -> str:
        return f"BusinessCalendar(name={self.name!r}, rules={len(self.rules)})"

    def holidays(self, year: int) -> Dict[date, str]:
        """Observed holidays falling in *year*, in date order.

        Rules are evaluated for the neighbouring years too, so a holiday
        observed across a year boundary is listed in the year it falls in.
        """
        if year not in self._cache:
            found: Dict[date, List[str]] = {}
            for rule_year in (year - 1, year, year + 1):
                for rule in self.rules:
                    day = rule.observed(rule_year)
                    if day is not None and day.year == year:
                        found.setdefault(day, []).append(rule.name)
            for day, label in self.extra_holidays.items():
                if day.year == year:
                    found.setdefault(day, []).append(label)
            self._cache[year] = {day: " / ".join(found[day]) for day in sorted(found)}
        return dict(self._cache[year])

    def holiday_name(self, day: date) -> Optional[str]:
        return self.holidays(day.year).get(day)

    def is_weekend(self, day: date) -> bool:
        return day.weekday() in self.weekend

    def is_holiday(self, day: date) -> bool:
        return day not in self.extra_workdays and day in self.holidays(day.year)

    def is_business_day(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        return not self.is_weekend(day) and not self.is_holiday(day)

    def next_business_day(self, day: date, include_start: bool = False) -> date:
        current = day if include_start else day + ONE_DAY
        while not self.is_business_day(current):
            current += ONE_DAY
        return current

    def previous_business_day(self, day: date, include_start: bool = False) -> date:
        current = day if include_start else day - ONE_DAY
        while not self.is_business_day(current):
            current -= ONE_DAY
        return current

    def add_business_days(self, day: date, count: int) -> date:
        """Move *count* business days from *day*; negative counts move back.

        With a count of zero, *day* itself is returned when it is a business
        day and the following business day otherwise.
        """
        if isinstance(count, bool) or not isinstance(count, int):
            raise CalendarError(f"count must be an integer, got {count!r}")
        if count == 0:
            return self.next_business_day(day, include_start=True)
        step = self.next_business_day if count > 0 else self.previous_business_day
        current = day
        for _ in range(abs(count)):
            current = step(current)
        return current

    def subtract_business_days(self, day: date, count: int) -> date:
        return self.add_business_days(day, -count)

    def business_days_between(self, start: date, end: date) -> int:
        """Count business days in ``[start, end)``; negative if *end* is earlier."""
        if end < start:
            return -self.business_days_between(end, start)
        full_weeks, rest = divmod((end - start).days, 7)
        count = full_weeks * (7 - len(self.weekend))
        first_weekday = start.weekday()
        count += sum(1 for offset in range(rest) if (first_weekday + offset) % 7 not in self.weekend)
        for year in range(start.year, end.year + 1):
            for holiday in self.holidays(year):
                if (start <= holiday < end and not self.is_weekend(holiday)
                        and holiday not in self.extra_workdays):
                    count -= 1
        count += sum(1 for day in self.extra_workdays if start <= day < end and self.is_weekend(day))
        return count

    def business_days_in_month(self, year: int, month: int) -> List[date]:
        if not 1 <= month <= 12:
            raise CalendarError(f"invalid month: {month}")
        current = date(year, month, 1)
        days = []
        while current.month == month:
            if self.is_business_day(current):
                days.append(current)
            current += ONE_DAY
        return days
