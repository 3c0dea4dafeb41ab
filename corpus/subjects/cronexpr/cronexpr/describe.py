"""Plain-English descriptions of cron expressions."""
from __future__ import annotations

from .expression import CronExpression
from .fields import HOUR, MINUTE, MONTH, WEEKDAY, format_field


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _times(expr: CronExpression) -> str:
    every_minute = expr.minutes == MINUTE.all_values
    every_hour = expr.hours == HOUR.all_values
    if every_minute and every_hour:
        return "every minute"
    if len(expr.minutes) == 1 and len(expr.hours) == 1:
        (minute,), (hour,) = expr.minutes, expr.hours
        return f"at {hour:02d}:{minute:02d}"
    if len(expr.minutes) == 1 and every_hour:
        (minute,) = expr.minutes
        return f"at minute {minute} of every hour"
    minute_text = "every minute" if every_minute else f"at minutes {format_field(expr.minutes, MINUTE)}"
    hour_text = "every hour" if every_hour else f"hours {format_field(expr.hours, HOUR)}"
    return f"{minute_text} past {hour_text}"


def _days(expr: CronExpression) -> list[str]:
    parts = []
    month_days = None
    if expr.day_restricted:
        month_days = "the " + ", ".join(_ordinal(d) for d in sorted(expr.days))
    week_days = None
    if expr.weekday_restricted:
        week_days = format_field(expr.weekdays, WEEKDAY, use_names=True)
    if month_days and week_days:
        parts.append(f"on {month_days} or on {week_days}")
    elif month_days:
        parts.append(f"on {month_days}")
    elif week_days:
        parts.append(f"on {week_days}")
    if expr.months != MONTH.all_values:
        parts.append("in " + format_field(expr.months, MONTH, use_names=True))
    return parts


def describe(expr: CronExpression | str) -> str:
    """Describe ``expr`` in English, for example ``"at 09:30 on MON-FRI"``."""
    if isinstance(expr, str):
        expr = CronExpression.parse(expr)
    return " ".join([_times(expr), *_days(expr)])


def is_valid(text: str) -> bool:
    """True when ``text`` parses as a cron expression."""
    try:
        CronExpression.parse(text)
    except ValueError:
        return False
    return True
