"""Locale-like formatting and parsing of money amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Dict, Sequence, Tuple, Union

from .errors import FormatError
from .monetary import Money


class SymbolPosition(Enum):
    PREFIX = "prefix"
    SUFFIX = "suffix"


class NegativeStyle(Enum):
    MINUS = "minus"
    PARENTHESES = "parentheses"


class Display(Enum):
    SYMBOL = "symbol"
    CODE = "code"
    NONE = "none"


@dataclass(frozen=True)
class FormatRules:
    """How amounts are written: separators, digit grouping and labels.

    *grouping* lists group sizes from the right; the last size repeats, so
    ``(3,)`` gives ``1,234,567`` and ``(3, 2)`` gives ``12,34,567``.
    """

    decimal_sep: str = "."
    group_sep: str = ","
    grouping: Tuple[int, ...] = (3,)
    symbol_position: SymbolPosition = SymbolPosition.PREFIX
    symbol_space: bool = False
    negative: NegativeStyle = NegativeStyle.MINUS

    def __post_init__(self) -> None:
        if not self.decimal_sep or self.decimal_sep == self.group_sep:
            raise FormatError("decimal separator must be non-empty and differ from the group separator")
        if any(size < 1 for size in self.grouping):
            raise FormatError("group sizes must be positive")


LOCALES: Dict[str, FormatRules] = {
    "en_US": FormatRules(),
    "en_US_accounting": FormatRules(negative=NegativeStyle.PARENTHESES),
    "de_DE": FormatRules(",", ".", (3,), SymbolPosition.SUFFIX, True),
    "fr_FR": FormatRules(",", " ", (3,), SymbolPosition.SUFFIX, True),
    "de_CH": FormatRules(".", "'", (3,), SymbolPosition.PREFIX, True),
    "en_IN": FormatRules(".", ",", (3, 2)),
    "plain": FormatRules(".", "", ()),
}


def get_rules(locale: Union[str, FormatRules]) -> FormatRules:
    if isinstance(locale, FormatRules):
        return locale
    try:
        return LOCALES[locale]
    except KeyError:
        raise FormatError(f"unknown locale: {locale!r}") from None


def group_digits(digits: str, separator: str, grouping: Sequence[int]) -> str:
    """Insert *separator* into a string of digits according to *grouping*."""
    if not separator or not grouping:
        return digits
    groups = []
    rest = digits
    index = 0
    size = grouping[0]
    while len(rest) > size:
        groups.append(rest[-size:])
        rest = rest[:-size]
        if index < len(grouping) - 1:
            index += 1
            size = grouping[index]
    groups.append(rest)
    return separator.join(reversed(groups))


def format_number(amount: Decimal, places: int, rules: FormatRules) -> str:
    """Format the magnitude of *amount* with *places* decimals, without sign."""
    text = f"{abs(amount).quantize(Decimal(1).scaleb(-places)):f}"
    whole, _, fraction = text.partition(".")
    grouped = group_digits(whole, rules.group_sep, rules.grouping)
    return grouped + rules.decimal_sep + fraction if places else grouped


def format_money(money: Money, locale: Union[str, FormatRules] = "en_US",
                 display: Union[Display, str] = Display.SYMBOL) -> str:
    """Format *money* following the rules of *locale*."""
    rules = get_rules(locale)
    mode = Display(display)
    number = format_number(money.amount, money.currency.minor_units, rules)
    if mode is Display.NONE:
        text = number
    else:
        label = money.currency.symbol if mode is Display.SYMBOL else money.currency.code
        gap = " " if rules.symbol_space or mode is Display.CODE else ""
        if rules.symbol_position is SymbolPosition.PREFIX:
            text = label + gap + number
        else:
            text = number + gap + label
    if not money.is_negative:
        return text
    if rules.negative is NegativeStyle.PARENTHESES:
        return f"({text})"
    return "-" + text


_PLAIN_NUMBER_RE = re.compile(r"^\d+(\.\d+)?$")


def parse_amount(text: str, locale: Union[str, FormatRules] = "en_US") -> Decimal:
    """Parse a number written with the separators of *locale*.

    Group separators must sit where the locale puts them; ``(...)`` and a
    leading ``-`` mark negative amounts.
    """
    rules = get_rules(locale)
    body = text.strip()
    negative = False
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1].strip()
    elif body.startswith("-"):
        negative, body = True, body[1:].strip()
    whole, sep, fraction = body.partition(rules.decimal_sep)
    if rules.group_sep and rules.group_sep in whole:
        digits = whole.replace(rules.group_sep, "")
        if group_digits(digits, rules.group_sep, rules.grouping) != whole:
            raise FormatError(f"misplaced group separator in {text!r}")
        whole = digits
    plain = whole + ("." + fraction if sep else "")
    if not _PLAIN_NUMBER_RE.match(plain):
        raise FormatError(f"cannot parse amount {text!r}")
    value = Decimal(plain)
    return -value if negative else value
