import pytest

from romannum import MAX_WORDS, NumberWordsError, ordinal_suffix, to_ordinal_words, to_words


def test_cardinals(word_samples):
    assert {n: to_words(n) for n in word_samples} == word_samples


@pytest.mark.parametrize(
    "number, expected",
    [
        (105, "one hundred and five"),
        (2001, "two thousand and one"),
        (1100, "one thousand one hundred"),
        (12345, "twelve thousand three hundred and forty-five"),
        (1000099, "one million and ninety-nine"),
        (100, "one hundred"),
        (30, "thirty"),
    ],
)
def test_cardinals_british(number, expected):
    assert to_words(number, use_and=True) == expected


def test_negative_and_limits():
    assert to_words(-42) == "minus forty-two"
    assert to_words(MAX_WORDS).startswith("nine hundred ninety-nine billion")
    assert to_words(-MAX_WORDS).startswith("minus nine hundred")
    assert to_words(10 ** 9) == "one billion"


@pytest.mark.parametrize("number", [MAX_WORDS + 1, -(MAX_WORDS + 1)])
def test_out_of_range(number):
    with pytest.raises(NumberWordsError, match="up to"):
        to_words(number)


@pytest.mark.parametrize("number", [1.5, "3", None, False])
def test_type_errors(number):
    with pytest.raises(NumberWordsError):
        to_words(number)


@pytest.mark.parametrize(
    "number, expected",
    [
        (0, "zeroth"),
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (4, "fourth"),
        (5, "fifth"),
        (8, "eighth"),
        (9, "ninth"),
        (12, "twelfth"),
        (20, "twentieth"),
        (21, "twenty-first"),
        (42, "forty-second"),
        (99, "ninety-ninth"),
        (100, "one hundredth"),
        (103, "one hundred third"),
        (1000, "one thousandth"),
        (1000000, "one millionth"),
        (2000000012, "two billion twelfth"),
    ],
)
def test_ordinal_words(number, expected):
    assert to_ordinal_words(number) == expected


def test_ordinal_words_british():
    assert to_ordinal_words(101, use_and=True) == "one hundred and first"


def test_ordinal_words_negative():
    with pytest.raises(NumberWordsError):
        to_ordinal_words(-1)


@pytest.mark.parametrize(
    "number, expected",
    [
        (0, "0th"), (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"),
        (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st"),
        (111, "111th"), (112, "112th"), (1003, "1003rd"),
    ],
)
def test_ordinal_suffix(number, expected):
    assert ordinal_suffix(number) == expected


def test_ordinal_suffix_errors():
    with pytest.raises(NumberWordsError):
        ordinal_suffix(-3)
    with pytest.raises(NumberWordsError):
        ordinal_suffix("3")
