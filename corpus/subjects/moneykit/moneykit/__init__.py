"""Money values with exact decimal arithmetic, allocation, conversion and formatting."""

from .allocation import allocate_units, split_units
from .currency import Currency, get_currency, known_currencies, register_currency, unregister_currency
from .errors import (
    AllocationError,
    ConversionError,
    CurrencyMismatchError,
    FormatError,
    MoneyError,
    UnknownCurrencyError,
)
from .exchange import RateTable
from .formatting import (
    LOCALES,
    Display,
    FormatRules,
    NegativeStyle,
    SymbolPosition,
    format_money,
    format_number,
    group_digits,
    parse_amount,
)
from .monetary import Money, to_decimal, total
from .rounding import RoundingMode, quantize, round_to_increment

__all__ = [
    "AllocationError", "ConversionError", "Currency", "CurrencyMismatchError", "Display",
    "FormatError", "FormatRules", "LOCALES", "Money", "MoneyError", "NegativeStyle",
    "RateTable", "RoundingMode", "SymbolPosition", "UnknownCurrencyError", "allocate_units",
    "format_money", "format_number", "get_currency", "group_digits", "known_currencies",
    "parse_amount", "quantize", "register_currency", "round_to_increment", "split_units",
    "to_decimal", "total", "unregister_currency",
]
