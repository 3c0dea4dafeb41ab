"""Validation and formatting of account-like identifiers.

* IBAN: country-specific lengths and the ISO 7064 mod-97 check.
* Payment card numbers: the Luhn check and brand detection by prefix.
* ISBN-10 and ISBN-13: check digits and conversion between the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Dict, Optional, Tuple

__all__ = [
    "Brand", "CardInfo", "IBAN_LENGTHS", "ValidationError", "clean", "detect_brand",
    "format_card", "format_iban", "iban_check_digits", "is_valid_card", "is_valid_iban",
    "is_valid_isbn", "isbn10_check_digit", "isbn13_check_digit", "luhn_check_digit",
    "luhn_checksum", "make_iban", "mask_card", "mod97", "to_isbn10", "to_isbn13",
    "validate_card", "validate_iban", "validate_isbn",
]


class ValidationError(ValueError):
    """Raised when an identifier is invalid; *code* says which check failed."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


_SEPARATORS_RE = re.compile(r"[\s\-.]")


def clean(text: str) -> str:
    """Strip spaces, hyphens and dots and convert to uppercase."""
    if not isinstance(text, str):
        raise ValidationError(f"expected text, got {type(text).__name__}", "type")
    return _SEPARATORS_RE.sub("", text).upper()


IBAN_LENGTHS: Dict[str, int] = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21,
    "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27,
    "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26,
    "IT": 27, "KW": 30, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TR": 26,
}

_IBAN_RE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]+$")


def mod97(text: str) -> int:
    """Return the ISO 7064 mod-97 remainder of an alphanumeric string.

    Letters count as two-digit numbers (A=10 ... Z=35). The number is
    reduced in chunks so that it never grows large.
    """
    remainder = 0
    for char in text:
        if char.isdigit():
            remainder = (remainder * 10 + int(char)) % 97
        elif "A" <= char <= "Z":
            remainder = (remainder * 100 + ord(char) - ord("A") + 10) % 97
        else:
            raise ValidationError(f"invalid character {char!r}", "format")
    return remainder


def iban_check_digits(country: str, bban: str) -> str:
    """Compute the two check digits of an IBAN for *country* and *bban*."""
    value = 98 - mod97(clean(bban) + country.upper() + "00")
    return f"{value:02d}"


def make_iban(country: str, bban: str) -> str:
    """Build a valid IBAN from a country code and a basic bank account number."""
    code = country.upper()
    iban = code + iban_check_digits(code, bban) + clean(bban)
    return validate_iban(iban)


def validate_iban(text: str) -> str:
    """Return the IBAN in compact form, or raise :class:`ValidationError`."""
    iban = clean(text)
    if not _IBAN_RE.match(iban):
        raise ValidationError(f"malformed IBAN: {text!r}", "format")
    country = iban[:2]
    expected = IBAN_LENGTHS.get(country)
    if expected is None:
        raise ValidationError(f"unknown IBAN country: {country}", "country")
    if len(iban) != expected:
        raise ValidationError(f"{country} IBANs have {expected} characters, got {len(iban)}", "length")
    if mod97(iban[4:] + iban[:4]) != 1:
        raise ValidationError(f"IBAN checksum failed: {text!r}", "checksum")
    return iban


def is_valid_iban(text: str) -> bool:
    try:
        validate_iban(text)
    except ValidationError:
        return False
    return True


def format_iban(text: str) -> str:
    """Validate and print an IBAN in groups of four characters."""
    iban = validate_iban(text)
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


class Brand(Enum):
    VISA = "Visa"
    MASTERCARD = "Mastercard"
    AMEX = "American Express"
    DISCOVER = "Discover"
    DINERS = "Diners Club"
    JCB = "JCB"
    UNIONPAY = "UnionPay"


_BRAND_RULES: Tuple[Tuple[Brand, Tuple[Tuple[int, int], ...], Tuple[int, ...]], ...] = (
    (Brand.AMEX, ((34, 34), (37, 37)), (15,)),
    (Brand.VISA, ((4, 4),), (13, 16, 19)),
    (Brand.MASTERCARD, ((51, 55), (2221, 2720)), (16,)),
    (Brand.DISCOVER, ((6011, 6011), (622126, 622925), (644, 649), (65, 65)), (16, 17, 18, 19)),
    (Brand.DINERS, ((300, 305), (36, 36), (38, 39)), (14, 15, 16, 17, 18, 19)),
    (Brand.JCB, ((3528, 3589),), (16, 17, 18, 19)),
    (Brand.UNIONPAY, ((62, 62),), (16, 17, 18, 19)),
)


def luhn_checksum(digits: str) -> int:
    """Return the Luhn sum modulo 10 of a digit string (0 means valid)."""
    if not digits.isdigit():
        raise ValidationError(f"Luhn input must be digits: {digits!r}", "format")
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10


def luhn_check_digit(partial: str) -> str:
    """Return the digit that makes ``partial + digit`` pass the Luhn check."""
    return str((10 - luhn_checksum(partial + "0")) % 10)


def detect_brand(number: str) -> Optional[Brand]:
    """Guess the card brand from the leading digits; length is not checked."""
    digits = clean(number)
    best: Optional[Brand] = None
    best_width = 0
    for brand, ranges, _ in _BRAND_RULES:
        for low, high in ranges:
            width = len(str(low))
            if len(digits) >= width and digits[:width].isdigit() and low <= int(digits[:width]) <= high:
                if width > best_width:
                    best, best_width = brand, width
    return best


@dataclass(frozen=True)
class CardInfo:
    number: str
    brand: Brand

    @property
    def last4(self) -> str:
        return self.number[-4:]


def validate_card(number: str) -> CardInfo:
    """Check a card number's characters, brand, length and Luhn digit."""
    digits = clean(number)
    if not digits.isdigit():
        raise ValidationError(f"card numbers contain only digits: {number!r}", "format")
    brand = detect_brand(digits)
    if brand is None:
        raise ValidationError(f"unknown card brand for {number!r}", "brand")
    lengths = next(lengths for rule_brand, _, lengths in _BRAND_RULES if rule_brand is brand)
    if len(digits) not in lengths:
        raise ValidationError(f"{brand.value} numbers cannot have {len(digits)} digits", "length")
    if luhn_checksum(digits) != 0:
        raise ValidationError(f"card number fails the Luhn check: {number!r}", "checksum")
    return CardInfo(digits, brand)


def is_valid_card(number: str) -> bool:
    try:
        validate_card(number)
    except ValidationError:
        return False
    return True


def format_card(number: str) -> str:
    """Group digits as printed on the card (4-6-5 for Amex, else fours)."""
    info = validate_card(number)
    digits = info.number
    if info.brand is Brand.AMEX:
        return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def mask_card(number: str, mask: str = "*") -> str:
    """Replace all but the last four digits of a formatted number with *mask*."""
    formatted = format_card(number)
    visible_from = len(formatted) - 4
    return "".join(char if char == " " or index >= visible_from else mask
                   for index, char in enumerate(formatted))


def isbn10_check_digit(first9: str) -> str:
    if len(first9) != 9 or not first9.isdigit():
        raise ValidationError(f"need 9 digits, got {first9!r}", "format")
    total = sum((10 - index) * int(char) for index, char in enumerate(first9))
    value = (11 - total % 11) % 11
    return "X" if value == 10 else str(value)


def isbn13_check_digit(first12: str) -> str:
    if len(first12) != 12 or not first12.isdigit():
        raise ValidationError(f"need 12 digits, got {first12!r}", "format")
    total = sum(int(char) * (3 if index % 2 else 1) for index, char in enumerate(first12))
    return str((10 - total % 10) % 10)


def validate_isbn(text: str) -> str:
    """Validate an ISBN-10 or ISBN-13 and return it without separators."""
    isbn = clean(text)
    if len(isbn) == 10:
        if not isbn[:9].isdigit() or not (isbn[9].isdigit() or isbn[9] == "X"):
            raise ValidationError(f"malformed ISBN-10: {text!r}", "format")
        if isbn10_check_digit(isbn[:9]) != isbn[9]:
            raise ValidationError(f"ISBN-10 check digit mismatch: {text!r}", "checksum")
        return isbn
    if len(isbn) == 13:
        if not isbn.isdigit():
            raise ValidationError(f"malformed ISBN-13: {text!r}", "format")
        if isbn[:3] not in ("978", "979"):
            raise ValidationError(f"ISBN-13 must start with 978 or 979: {text!r}", "prefix")
        if isbn13_check_digit(isbn[:12]) != isbn[12]:
            raise ValidationError(f"ISBN-13 check digit mismatch: {text!r}", "checksum")
        return isbn
    raise ValidationError(f"an ISBN has 10 or 13 characters, got {len(isbn)}", "length")


def is_valid_isbn(text: str) -> bool:
    try:
        validate_isbn(text)
    except ValidationError:
        return False
    return True


def to_isbn13(text: str) -> str:
    """Convert an ISBN-10 to ISBN-13; an ISBN-13 is returned unchanged."""
    isbn = validate_isbn(text)
    if len(isbn) == 13:
        return isbn
    body = "978" + isbn[:9]
    return body + isbn13_check_digit(body)


def to_isbn10(text: str) -> str:
    """Convert a 978-prefixed ISBN-13 to ISBN-10; an ISBN-10 is returned unchanged."""
    isbn = validate_isbn(text)
    if len(isbn) == 10:
        return isbn
    if not isbn.startswith("978"):
        raise ValidationError(f"only 978 ISBN-13s have an ISBN-10 form: {text!r}", "prefix")
    body = isbn[3:12]
    return body + isbn10_check_digit(body)
