"""Parsing and formatting of individual cron fields."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .errors import CronSyntaxError

MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
DAY_NAMES = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    low: int
    high: int
    names: dict[str, int] = field(default_factory=dict)
    fold: dict[int, int] = field(default_factory=dict)

    @property
    def all_values(self) -> frozenset[int]:
        return self.normalize(range(self.low, self.high + 1))

    def normalize(self, values: Iterable[int]) -> frozenset[int]:
        """Map alternative spellings (such as weekday 7) onto canonical values."""
        return frozenset(self.fold.get(v, v) for v in values)

    def value(self, token: str) -> int:
        """Convert a number or name token to an in-range integer."""
        upper = token.upper()
        if upper in self.names:
            return self.names[upper]
        if not token.isdigit():
            raise CronSyntaxError(f"invalid value {token!r}", self.name)
        number = int(token)
        if not self.low <= number <= self.high:
            raise CronSyntaxError(
                f"value {number} out of range {self.low}-{self.high}", self.name
            )
        return number


MINUTE = FieldSpec("minute", 0, 59)
HOUR = FieldSpec("hour", 0, 23)
DAY = FieldSpec("day of month", 1, 31)
MONTH = FieldSpec("month", 1, 12, {name: i + 1 for i, name in enumerate(MONTH_NAMES)})
WEEKDAY = FieldSpec("day of week", 0, 7, {name: i for i, name in enumerate(DAY_NAMES)}, {7: 0})
FIELDS = (MINUTE, HOUR, DAY, MONTH, WEEKDAY)


def _parse_step(text: str, spec: FieldSpec) -> int:
    if not text.isdigit() or int(text) == 0:
        raise CronSyntaxError(f"invalid step {text!r}", spec.name)
    return int(text)


def parse_part(part: str, spec: FieldSpec) -> set[int]:
    """Parse one comma-separated element: ``*``, ``a``, ``a-b``, with optional ``/step``."""
    if not part:
        raise CronSyntaxError("empty list element", spec.name)
    base, slash, step_text = part.partition("/")
    step = _parse_step(step_text, spec) if slash else 1
    if base == "*":
        start, end = spec.low, spec.high
    elif "-" in base:
        first, _, last = base.partition("-")
        start, end = spec.value(first), spec.value(last)
        if start > end:
            raise CronSyntaxError(f"range {base!r} is reversed", spec.name)
    else:
        start = spec.value(base)
        end = spec.high if slash else start
    return set(range(start, end + 1, step))


def parse_field(text: str, spec: FieldSpec) -> frozenset[int]:
    text = text.strip()
    if not text:
        raise CronSyntaxError("field is empty", spec.name)
    values: set[int] = set()
    for part in text.split(","):
        values |= parse_part(part.strip(), spec)
    return spec.normalize(values)


def _runs(values: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for value in sorted(values):
        if runs and value == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], value)
        else:
            runs.append((value, value))
    return runs


def format_field(values: Iterable[int], spec: FieldSpec, use_names: bool = False) -> str:
    """Render ``values`` compactly: ``*``, or a list of numbers and ranges.

    Runs of three or more consecutive values become ``a-b``.
    """
    values = frozenset(values)
    if values == spec.all_values:
        return "*"
    labels = {v: k for k, v in spec.names.items()} if use_names else {}

    def show(value: int) -> str:
        return labels.get(value, str(value))

    parts = []
    for start, end in _runs(values):
        if end - start >= 2:
            parts.append(f"{show(start)}-{show(end)}")
        else:
            parts.extend(show(v) for v in range(start, end + 1))
    return ",".join(parts)
