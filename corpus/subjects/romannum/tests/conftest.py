import pytest


@pytest.fixture
def known_numerals():
    return {
        1: "I", 3: "III", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 49: "XLIX", 90: "XC",
        400: "CD", 444: "CDXLIV", 900: "CM", 1994: "MCMXCIV", 2024: "MMXXIV", 3999: "MMMCMXCIX",
    }


@pytest.fixture
def word_samples():
    return {
        0: "zero",
        7: "seven",
        13: "thirteen",
        20: "twenty",
        21: "twenty-one",
        99: "ninety-nine",
        100: "one hundred",
        105: "one hundred five",
        110: "one hundred ten",
        1001: "one thousand one",
        12345: "twelve thousand three hundred forty-five",
        1000000: "one million",
        2000300: "two million three hundred",
        1234567891: (
            "one billion two hundred thirty-four million five hundred sixty-seven thousand "
            "eight hundred ninety-one"
        ),
    }
