import pytest

from acctvalid import (
    IBAN_LENGTHS,
    ValidationError,
    clean,
    format_iban,
    iban_check_digits,
    is_valid_iban,
    make_iban,
    mod97,
    validate_iban,
)


def test_clean():
    assert clean(" gb82-west.1234 ") == "GB82WEST1234"


def test_clean_rejects_non_text():
    with pytest.raises(ValidationError) as info:
        clean(1234)
    assert info.value.code == "type"


@pytest.mark.parametrize("country", ["GB", "DE", "NO", "FR"])
def test_valid_ibans(valid_ibans, country):
    compact = validate_iban(valid_ibans[country])
    assert compact == clean(valid_ibans[country])
    assert len(compact) == IBAN_LENGTHS[country]
    assert is_valid_iban(valid_ibans[country])


@pytest.mark.parametrize(
    "text, code",
    [
        ("GB82 WEST 1234 5698 7654 33", "checksum"),
        ("GB28 WEST 1234 5698 7654 32", "checksum"),
        ("GB82 WEST 1234 5698 7654 3", "length"),
        ("DE89 3704 0044 0532 0130 000", "length"),
        ("XX82 WEST 1234 5698 7654 32", "country"),
        ("G182 WEST", "format"),
        ("GBAB WEST 1234", "format"),
        ("GB82 WEST_1234", "format"),
        ("", "format"),
    ],
)
def test_invalid_ibans(text, code):
    with pytest.raises(ValidationError) as info:
        validate_iban(text)
    assert info.value.code == code
    assert not is_valid_iban(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0", 0), ("96", 96), ("97", 0), ("98", 1), ("A", 10), ("Z", 35), ("1A", 13),
        ("123456789012345678901234567890", 123456789012345678901234567890 % 97),
    ],
)
def test_mod97(text, expected):
    assert mod97(text) == expected


def test_mod97_matches_big_int():
    text = "WEST12345698765432GB82"
    numeric = "".join(str(int(c, 36)) for c in text)
    assert mod97(text) == int(numeric) % 97 == 1


def test_mod97_rejects_symbols():
    with pytest.raises(ValidationError):
        mod97("12#4")


@pytest.mark.parametrize(
    "country, bban, digits",
    [("DE", "370400440532013000", "89"), ("gb", "WEST12345698765432", "82"), ("NO", "86011117947", "93")],
)
def test_check_digits(country, bban, digits):
    assert iban_check_digits(country, bban) == digits


def test_check_digits_single_digit_padded():
    bban = next(f"{n:011d}" for n in range(1000) if int(iban_check_digits("NO", f"{n:011d}")) < 10)
    assert len(iban_check_digits("NO", bban)) == 2
    assert iban_check_digits("NO", bban).startswith("0")


def test_make_iban():
    assert make_iban("gb", "west 1234 5698 7654 32") == "GB82WEST12345698765432"
    with pytest.raises(ValidationError) as info:
        make_iban("GB", "WEST123")
    assert info.value.code == "length"


def test_format_iban(valid_ibans):
    assert format_iban("de89370400440532013000") == "DE89 3704 0044 0532 0130 00"
    assert format_iban(valid_ibans["NO"]) == "NO93 8601 1117 947"
