import pytest

from romannum import MAX_ROMAN, RomanError, from_roman, is_roman, roman_range, to_roman


def test_to_roman_known(known_numerals):
    assert {n: to_roman(n) for n in known_numerals} == known_numerals


def test_from_roman_known(known_numerals):
    assert {from_roman(text): text for text in known_numerals.values()} == known_numerals


def test_full_round_trip():
    assert all(from_roman(to_roman(n)) == n for n in range(1, MAX_ROMAN + 1))


@pytest.mark.parametrize("number", [0, -1, 4000])
def test_to_roman_out_of_range(number):
    with pytest.raises(RomanError, match="1 to 3999"):
        to_roman(number)


@pytest.mark.parametrize("number", [1.0, "5", True, None])
def test_to_roman_type(number):
    with pytest.raises(RomanError, match="integer"):
        to_roman(number)


def test_from_roman_normalizes_case_and_space():
    assert from_roman("  mcmxciv ") == 1994


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("ABC", "invalid Roman digit 'A'"),
        ("XIZ", "invalid Roman digit 'Z'"),
        ("IIII", "more than three 'I'"),
        ("MMMM", "more than three 'M'"),
        ("VV", "'V' cannot be repeated"),
        ("DD", "'D' cannot be repeated"),
        ("LL", "'L' cannot be repeated"),
        ("IL", "'I' cannot precede 'L'"),
        ("IC", "'I' cannot precede 'C'"),
        ("XM", "'X' cannot precede 'M'"),
        ("VX", "'V' cannot precede 'X'"),
        ("LC", "'L' cannot precede 'C'"),
        ("IIV", "repeated 'I' before 'V'"),
        ("XIIX", "repeated 'I' before 'X'"),
        ("CCM", "repeated 'C' before 'M'"),
        ("IXI", "not a canonical"),
        ("XCX", "not a canonical"),
        ("CMM", "not a canonical"),
        ("IXX", "not a canonical"),
        ("VIV", "not a canonical"),
        ("MMMCMM", "not a canonical"),
    ],
)
def test_from_roman_malformed(text, message):
    with pytest.raises(RomanError, match=message):
        from_roman(text)


def test_from_roman_type():
    with pytest.raises(RomanError, match="expected text"):
        from_roman(12)


@pytest.mark.parametrize(
    "text, value",
    [("IIII", 4), ("MDCCCCX", 1910), ("XIIX", 20), ("IIV", 5), ("MMMM", 4000), ("XIV", 14),
     ("IVXLCDM", 334)],
)
def test_lenient_parsing(text, value):
    assert from_roman(text, strict=False) == value


def test_lenient_still_rejects_bad_digits():
    with pytest.raises(RomanError, match="invalid Roman digit"):
        from_roman("X1", strict=False)


def test_lenient_rejects_empty():
    with pytest.raises(RomanError, match="empty"):
        from_roman(" ", strict=False)


@pytest.mark.parametrize("text, expected", [("XIV", True), ("xiv", True), ("IIII", False), ("", False), ("Q", False)])
def test_is_roman(text, expected):
    assert is_roman(text) is expected


def test_roman_range():
    assert list(roman_range(1, 6)) == ["I", "II", "III", "IV", "V"]
    assert list(roman_range(10, 0, -3)) == ["X", "VII", "IV", "I"]
    assert list(roman_range(5, 5)) == []


def test_roman_range_errors():
    with pytest.raises(RomanError):
        list(roman_range(1, 5, 0))
    with pytest.raises(RomanError):
        list(roman_range(0, 2))
