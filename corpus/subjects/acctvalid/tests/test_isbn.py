import pytest

from acctvalid import (
    ValidationError,
    isbn10_check_digit,
    isbn13_check_digit,
    is_valid_isbn,
    to_isbn10,
    to_isbn13,
    validate_isbn,
)


@pytest.mark.parametrize(
    "first9, digit",
    [("030640615", "2"), ("080442957", "X"), ("000000000", "0"), ("999999999", "9"), ("123456789", "X")],
)
def test_isbn10_check_digit(first9, digit):
    assert isbn10_check_digit(first9) == digit


@pytest.mark.parametrize(
    "first12, digit",
    [("978030640615", "7"), ("978316148410", "0"), ("979100000000", "8"), ("978000000000", "2")],
)
def test_isbn13_check_digit(first12, digit):
    assert isbn13_check_digit(first12) == digit


@pytest.mark.parametrize("value", ["12345678", "12345678a", "1234567890"])
def test_isbn10_check_digit_input(value):
    with pytest.raises(ValidationError):
        isbn10_check_digit(value)


@pytest.mark.parametrize("value", ["97803064061", "97803064061x"])
def test_isbn13_check_digit_input(value):
    with pytest.raises(ValidationError):
        isbn13_check_digit(value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0-306-40615-2", "0306406152"),
        ("0 8044 2957 x", "080442957X"),
        ("978-0-306-40615-7", "9780306406157"),
        ("979-10-00000-00-8", "9791000000008"),
    ],
)
def test_validate_isbn(text, expected):
    assert validate_isbn(text) == expected
    assert is_valid_isbn(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("0-306-40615-3", "checksum"),
        ("978-0-306-40615-8", "checksum"),
        ("03064X6152", "format"),
        ("030640615Y", "format"),
        ("97803064061X7", "format"),
        ("977-0-306-40615-7", "prefix"),
        ("12345", "length"),
        ("", "length"),
    ],
)
def test_invalid_isbn(text, code):
    with pytest.raises(ValidationError) as info:
        validate_isbn(text)
    assert info.value.code == code
    assert not is_valid_isbn(text)


@pytest.mark.parametrize(
    "isbn10, isbn13",
    [("0306406152", "9780306406157"), ("080442957X", "9780804429573"), ("0000000000", "9780000000002")],
)
def test_conversion_round_trip(isbn10, isbn13):
    assert to_isbn13(isbn10) == isbn13
    assert to_isbn10(isbn13) == isbn10


def test_conversion_identity():
    assert to_isbn13("978-0-306-40615-7") == "9780306406157"
    assert to_isbn10("0-306-40615-2") == "0306406152"


def test_979_has_no_isbn10():
    with pytest.raises(ValidationError) as info:
        to_isbn10("9791000000008")
    assert info.value.code == "prefix"
