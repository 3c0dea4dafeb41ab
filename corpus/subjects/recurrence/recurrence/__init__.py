"""Recurring-event rules, their expansion into dates, and schedules with exclusions."""

from .errors import RecurrenceError, RuleSyntaxError
from .expand import MAX_IDLE_YEARS, nth_weekday_in, occurrences, take
from .rule import DAY_CODES, Frequency, Rule, WeekdaySpec
from .timetable import Schedule
from .text import format_rule, parse_rule

__all__ = [
    "DAY_CODES", "Frequency", "MAX_IDLE_YEARS", "RecurrenceError", "Rule", "RuleSyntaxError",
    "Schedule", "WeekdaySpec", "format_rule", "nth_weekday_in", "occurrences", "parse_rule",
    "take",
]
