from decimal import Decimal

import pytest

from moneykit import (
    Display,
    FormatError,
    FormatRules,
    Money,
    NegativeStyle,
    SymbolPosition,
    format_money,
    format_number,
    group_digits,
    parse_amount,
)


@pytest.mark.parametrize(
    "amount, currency, locale, expected",
    [
        ("1234567.89", "USD", "en_US", "$1,234,567.89"),
        ("-1234567.89", "USD", "en_US", "-$1,234,567.89"),
        ("-1234.5", "USD", "en_US_accounting", "($1,234.50)"),
        ("1234567.89", "EUR", "de_DE", "1.234.567,89 \u20ac"),
        ("-0.5", "EUR", "fr_FR", "-0,50 \u20ac"),
        ("1234.5", "CHF", "de_CH", "CHF 1'234.50"),
        ("12345678.5", "INR", "en_IN", "\u20b91,23,45,678.50"),
        ("1234567", "JPY", "en_US", "\u00a51,234,567"),
        ("999", "USD", "en_US", "$999.00"),
        ("1000.5", "KWD", "plain", "KD1000.500"),
        ("0", "USD", "en_US", "$0.00"),
    ],
)
def test_format_money(amount, currency, locale, expected):
    assert format_money(Money(amount, currency), locale) == expected


def test_display_modes():
    money = Money("1234.5", "EUR")
    assert format_money(money, "en_US", Display.CODE) == "EUR 1,234.50"
    assert format_money(money, "de_DE", "code") == "1.234,50 EUR"
    assert format_money(money, "de_DE", "none") == "1.234,50"


def test_custom_rules():
    rules = FormatRules(",", ".", (3,), SymbolPosition.SUFFIX, False, NegativeStyle.PARENTHESES)
    assert format_money(Money("-1234.5", "USD"), rules) == "(1.234,50$)"


@pytest.mark.parametrize(
    "kwargs",
    [{"decimal_sep": ""}, {"decimal_sep": ",", "group_sep": ","}, {"grouping": (3, 0)}],
)
def test_invalid_rules(kwargs):
    with pytest.raises(FormatError):
        FormatRules(**kwargs)


def test_unknown_locale():
    with pytest.raises(FormatError, match="unknown locale"):
        format_money(Money(1, "USD"), "xx_XX")


@pytest.mark.parametrize(
    "digits, grouping, expected",
    [
        ("1234567", (3,), "1,234,567"),
        ("123", (3,), "123"),
        ("1234", (3,), "1,234"),
        ("123456789", (3, 2), "12,34,56,789"),
        ("1234567", (), "1234567"),
        ("", (3,), ""),
    ],
)
def test_group_digits(digits, grouping, expected):
    assert group_digits(digits, ",", grouping) == expected


def test_format_number_rounds_to_places():
    assert format_number(Decimal("-1234.567"), 2, FormatRules()) == "1,234.57"
    assert format_number(Decimal("5"), 0, FormatRules()) == "5"


@pytest.mark.parametrize(
    "text, locale, expected",
    [
        ("1,234.56", "en_US", "1234.56"),
        ("1.234.567,89", "de_DE", "1234567.89"),
        ("  -12 345,5 ", "fr_FR", "-12345.5"),
        ("(1,23,456.50)", "en_IN", "-123456.50"),
        ("1'000", "de_CH", "1000"),
        ("42", "en_US", "42"),
        ("0.5", "plain", "0.5"),
    ],
)
def test_parse_amount(text, locale, expected):
    assert parse_amount(text, locale) == Decimal(expected)


@pytest.mark.parametrize(
    "text, locale",
    [
        ("12,34.5", "en_US"),
        ("1,2345", "en_US"),
        ("1.234,5", "en_US"),
        ("abc", "en_US"),
        ("", "en_US"),
        ("1,234.", "en_US"),
        ("1,234,567.89", "en_IN"),
    ],
)
def test_parse_amount_errors(text, locale):
    with pytest.raises(FormatError):
        parse_amount(text, locale)


def test_format_then_parse_round_trip():
    money = Money("-9876543.21", "EUR")
    text = format_money(money, "de_DE", Display.NONE)
    assert parse_amount(text, "de_DE") == money.amount
