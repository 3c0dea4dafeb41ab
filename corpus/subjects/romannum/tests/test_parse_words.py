import random

import pytest

from romannum import MAX_WORDS, NumberWordsError, from_words, to_ordinal_words, to_words


def test_parse_samples(word_samples):
    assert {from_words(text): text for text in word_samples.values()} == word_samples


@pytest.mark.parametrize(
    "text, expected",
    [
        ("one hundred and five", 105),
        ("Twenty-One Thousand, and Five", 21005),
        ("minus forty-two", -42),
        ("negative seven", -7),
        ("twenty-first", 21),
        ("one hundredth", 100),
        ("three millionth", 3000000),
        ("twelfth", 12),
        ("ninetieth", 90),
        ("zeroth", 0),
        ("zero", 0),
    ],
)
def test_parse_variants(text, expected):
    assert from_words(text) == expected


def test_random_round_trips():
    rng = random.Random(11)
    for _ in range(200):
        number = rng.randint(-MAX_WORDS, MAX_WORDS)
        assert from_words(to_words(number)) == number
        assert from_words(to_words(number, use_and=True)) == number
        assert from_words(to_ordinal_words(abs(number))) == abs(number)


def test_small_round_trips():
    assert all(from_words(to_ordinal_words(n)) == n for n in range(0, 1200))


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "no number words given"),
        ("and", "no number words given"),
        ("minus", "no number words in"),
        ("one apple", "unknown number word 'apple'"),
        ("twenty thirty", "misplaced 'thirty'"),
        ("one two", "misplaced 'two'"),
        ("twelve five", "misplaced 'five'"),
        ("zero one", "'zero' must stand alone"),
        ("hundred", "misplaced 'hundred'"),
        ("one hundred hundred", "misplaced 'hundred'"),
        ("twenty hundred", "misplaced 'hundred'"),
        ("one thousand million", "misplaced 'million'"),
        ("one million one million", "misplaced 'million'"),
        ("thousand", "misplaced 'thousand'"),
        ("first two", "unknown number word 'first'"),
    ],
)
def test_parse_errors(text, message):
    with pytest.raises(NumberWordsError, match=message):
        from_words(text)


def test_parse_type_error():
    with pytest.raises(NumberWordsError):
        from_words(5)
