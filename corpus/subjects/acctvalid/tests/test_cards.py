import pytest

from acctvalid import (
    Brand,
    CardInfo,
    ValidationError,
    detect_brand,
    format_card,
    is_valid_card,
    luhn_check_digit,
    luhn_checksum,
    mask_card,
    validate_card,
)


@pytest.mark.parametrize(
    "digits, expected",
    [("79927398713", 0), ("79927398710", 7), ("0", 0), ("18", 0), ("59", 0), ("4111111111111111", 0)],
)
def test_luhn_checksum(digits, expected):
    assert luhn_checksum(digits) == expected


@pytest.mark.parametrize("partial, digit", [("7992739871", "3"), ("411111111111111", "1"), ("", "0"), ("5", "9")])
def test_luhn_check_digit(partial, digit):
    assert luhn_check_digit(partial) == digit
    assert luhn_checksum(partial + digit) == 0


def test_luhn_rejects_non_digits():
    with pytest.raises(ValidationError):
        luhn_checksum("12a4")


@pytest.mark.parametrize(
    "number, brand",
    [
        ("4111111111111111", Brand.VISA),
        ("4222222222222", Brand.VISA),
        ("5105105105105100", Brand.MASTERCARD),
        ("2223003122003222", Brand.MASTERCARD),
        ("2720990000000000", Brand.MASTERCARD),
        ("378282246310005", Brand.AMEX),
        ("341111111111111", Brand.AMEX),
        ("6011111111111117", Brand.DISCOVER),
        ("6445644564456445", Brand.DISCOVER),
        ("6221260000000000", Brand.DISCOVER),
        ("6229250000000000", Brand.DISCOVER),
        ("6229260000000000", Brand.UNIONPAY),
        ("6200000000000005", Brand.UNIONPAY),
        ("30569309025904", Brand.DINERS),
        ("38520000023237", Brand.DINERS),
        ("3530111333300000", Brand.JCB),
        ("3589000000000000", Brand.JCB),
    ],
)
def test_detect_brand(number, brand):
    assert detect_brand(number) is brand


@pytest.mark.parametrize("number", ["2220999999999999", "2721000000000000", "3527000000000000", "1234", "", "9"])
def test_detect_brand_unknown(number):
    assert detect_brand(number) is None


def test_validate_card(test_cards):
    info = validate_card(test_cards["mastercard"])
    assert info == CardInfo("5555555555554444", Brand.MASTERCARD)
    assert info.last4 == "4444"


@pytest.mark.parametrize(
    "number, code",
    [
        ("4111 1111 1111 1112", "checksum"),
        ("4111 1111 1111 11", "length"),
        ("37828224631000", "length"),
        ("9111111111111111", "brand"),
        ("4111-1111-1111-111x", "format"),
        ("", "format"),
    ],
)
def test_invalid_cards(number, code):
    with pytest.raises(ValidationError) as info:
        validate_card(number)
    assert info.value.code == code
    assert not is_valid_card(number)


def test_is_valid_card(test_cards):
    assert all(is_valid_card(number) for number in test_cards.values())


def test_format_card(test_cards):
    assert format_card(test_cards["amex"]) == "3782 822463 10005"
    assert format_card(test_cards["visa"]) == "4111 1111 1111 1111"
    assert format_card("4222222222222") == "4222 2222 2222 2"


def test_mask_card(test_cards):
    assert mask_card(test_cards["visa"]) == "**** **** **** 1111"
    assert mask_card(test_cards["amex"], mask="#") == "#### ###### #0005"
