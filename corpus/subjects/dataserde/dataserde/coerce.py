"""Conversions of plain input values into scalar Python types."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from dataserde.errors import CoercionError

TRUE_WORDS = frozenset({"true", "yes", "on", "1"})
FALSE_WORDS = frozenset({"false", "no", "off", "0"})


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


def to_int(value: Any) -> int:
    """Accept ints, integral floats and integer strings."""
    if isinstance(value, bool):
        raise CoercionError(f"expected int, got {_describe(value)}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not value.is_integer():
            raise CoercionError(f"expected int, got non-integral float {value!r}")
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            raise CoercionError(f"cannot parse {value!r} as int") from None
    raise CoercionError(f"expected int, got {_describe(value)}")


def to_float(value: Any) -> float:
    """Accept ints, floats and numeric strings."""
    if isinstance(value, bool):
        raise CoercionError(f"expected float, got {_describe(value)}")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            raise CoercionError(f"cannot parse {value!r} as float") from None
    raise CoercionError(f"expected float, got {_describe(value)}")


def to_decimal(value: Any) -> Decimal:
    """Accept Decimals, ints and numeric strings; floats go through ``str``."""
    if isinstance(value, bool):
        raise CoercionError(f"expected decimal, got {_describe(value)}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (int, float, str)):
        try:
            result = Decimal(str(value).strip())
        except InvalidOperation:
            raise CoercionError(f"cannot parse {value!r} as decimal") from None
        if not result.is_finite():
            raise CoercionError(f"decimal must be finite, got {value!r}")
        return result
    raise CoercionError(f"expected decimal, got {_describe(value)}")


def to_bool(value: Any) -> bool:
    """Accept bools, 0/1 and common yes/no words."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
    raise CoercionError(f"expected bool, got {_describe(value)}")


def to_str(value: Any) -> str:
    """Accept strings, and render ints and floats; reject everything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise CoercionError(f"expected str, got {_describe(value)}")


def to_date(value: Any) -> dt.date:
    """Parse an ISO ``YYYY-MM-DD`` string (datetimes are rejected)."""
    if isinstance(value, dt.datetime):
        raise CoercionError("expected date, got datetime")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise CoercionError(f"expected ISO date string, got {_describe(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CoercionError(f"invalid ISO date {value!r}") from None


def to_datetime(value: Any) -> dt.datetime:
    """Parse an ISO 8601 datetime string; a trailing ``Z`` means UTC."""
    if isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        raise CoercionError(f"expected ISO datetime string, got {_describe(value)}")
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise CoercionError(f"invalid ISO datetime {value!r}") from None


def to_enum(enum_type: type[enum.Enum], value: Any) -> enum.Enum:
    """Look an enum member up by value first, then by name."""
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        pass
    if isinstance(value, str) and value in enum_type.__members__:
        return enum_type.__members__[value]
    choices = ", ".join(repr(member.value) for member in enum_type)
    raise CoercionError(f"{value!r} is not a valid {enum_type.__name__}; expected one of {choices}")


SCALARS: dict[type, Callable[[Any], Any]] = {
    bool: to_bool,
    int: to_int,
    float: to_float,
    str: to_str,
    Decimal: to_decimal,
    dt.datetime: to_datetime,
    dt.date: to_date,
}
