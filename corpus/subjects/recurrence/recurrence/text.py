"""Reading and writing rules in the RFC 5545 ``RRULE`` text form."""

from __future__ import annotations

from datetime import date
from typing import Dict, List, Tuple

from .errors import RecurrenceError, RuleSyntaxError
from .rule import DAY_CODES, Frequency, Rule, WeekdaySpec

_KNOWN_KEYS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST")


def _int(key: str, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise RuleSyntaxError(f"{key} must be an integer, got {text!r}") from None


def _int_list(key: str, text: str) -> Tuple[int, ...]:
    return tuple(_int(key, item) for item in text.split(","))


def _date(text: str) -> date:
    value = text[:8]
    if len(value) != 8 or not value.isdigit() or text[8:] not in ("", "T000000", "T000000Z"):
        raise RuleSyntaxError(f"UNTIL must look like YYYYMMDD, got {text!r}")
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise RuleSyntaxError(f"UNTIL is not a valid date: {text!r}") from None


def _split(text: str) -> Dict[str, str]:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: Dict[str, str] = {}
    for chunk in filter(None, body.split(";")):
        key, sep, value = chunk.partition("=")
        key = key.strip().upper()
        if not sep or not value.strip():
            raise RuleSyntaxError(f"expected KEY=VALUE, got {chunk!r}")
        if key not in _KNOWN_KEYS:
            raise RuleSyntaxError(f"unsupported rule part: {key}")
        if key in parts:
            raise RuleSyntaxError(f"duplicate rule part: {key}")
        parts[key] = value.strip()
    return parts


def parse_rule(text: str, start: date) -> Rule:
    """Parse an ``RRULE`` value such as ``FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4``."""
    parts = _split(text)
    if "FREQ" not in parts:
        raise RuleSyntaxError("FREQ is required")
    try:
        freq = Frequency(parts["FREQ"].upper())
    except ValueError:
        raise RuleSyntaxError(f"unsupported frequency: {parts['FREQ']}") from None
    week_start = 0
    if "WKST" in parts:
        code = parts["WKST"].upper()
        if code not in DAY_CODES:
            raise RuleSyntaxError(f"unknown week start: {parts['WKST']}")
        week_start = DAY_CODES.index(code)
    try:
        return Rule(
            freq=freq,
            start=start,
            interval=_int("INTERVAL", parts["INTERVAL"]) if "INTERVAL" in parts else 1,
            count=_int("COUNT", parts["COUNT"]) if "COUNT" in parts else None,
            until=_date(parts["UNTIL"]) if "UNTIL" in parts else None,
            by_weekday=tuple(WeekdaySpec.parse(item) for item in parts.get("BYDAY", "").split(",") if item),
            by_month_day=_int_list("BYMONTHDAY", parts["BYMONTHDAY"]) if "BYMONTHDAY" in parts else (),
            by_month=_int_list("BYMONTH", parts["BYMONTH"]) if "BYMONTH" in parts else (),
            week_start=week_start,
        )
    except RuleSyntaxError:
        raise
    except RecurrenceError as exc:
        raise RuleSyntaxError(str(exc)) from None


def format_rule(rule: Rule) -> str:
    """Write *rule* as an ``RRULE`` value (without the start date)."""
    parts: List[str] = [f"FREQ={rule.freq.value}"]
    if rule.interval != 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.count is not None:
        parts.append(f"COUNT={rule.count}")
    if rule.until is not None:
        parts.append(f"UNTIL={rule.until:%Y%m%d}")
    if rule.by_month:
        parts.append("BYMONTH=" + ",".join(str(m) for m in rule.by_month))
    if rule.by_month_day:
        parts.append("BYMONTHDAY=" + ",".join(str(d) for d in rule.by_month_day))
    if rule.by_weekday:
        parts.append("BYDAY=" + ",".join(str(spec) for spec in rule.by_weekday))
    if rule.week_start != 0:
        parts.append(f"WKST={DAY_CODES[rule.week_start]}")
    return ";".join(parts)
