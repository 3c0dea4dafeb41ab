import pytest

from ratio import Rational


def test_continued_fraction(pi_approx):
    assert pi_approx.continued_fraction() == [3, 7, 15, 1, 25, 1, 7, 4]


@pytest.mark.parametrize(
    "value, terms",
    [
        (Rational(5), [5]),
        (Rational(0), [0]),
        (Rational(-7, 2), [-4, 2]),
        (Rational(1, 3), [0, 3]),
        (Rational(415, 93), [4, 2, 6, 7]),
    ],
)
def test_continued_fraction_cases(value, terms):
    assert value.continued_fraction() == terms
    assert Rational.from_continued_fraction(terms) == value


def test_from_continued_fraction_empty():
    with pytest.raises(ValueError, match="at least one term"):
        Rational.from_continued_fraction([])


def test_convergents(pi_approx):
    assert list(pi_approx.convergents())[:4] == [
        Rational(3),
        Rational(22, 7),
        Rational(333, 106),
        Rational(355, 113),
    ]
    assert list(pi_approx.convergents())[-1] == pi_approx


@pytest.mark.parametrize(
    "limit, expected",
    [
        (1, Rational(3)),
        (7, Rational(22, 7)),
        (10, Rational(22, 7)),
        (100, Rational(311, 99)),
        (113, Rational(355, 113)),
        (1000, Rational(355, 113)),
    ],
)
def test_limit_denominator(pi_approx, limit, expected):
    assert pi_approx.limit_denominator(limit) == expected


def test_limit_denominator_already_small(half):
    assert half.limit_denominator(10) is half


def test_limit_denominator_picks_lower_bound():
    assert Rational(5, 12).limit_denominator(5) == Rational(2, 5)
    assert Rational.from_float(0.1).limit_denominator(100) == Rational(1, 10)


def test_limit_denominator_validation(half):
    with pytest.raises(ValueError, match="at least 1"):
        half.limit_denominator(0)


@pytest.mark.parametrize(
    "value, text",
    [
        (Rational(3, 4), "3/4"),
        (Rational(-3, 4), "-3/4"),
        (Rational(6, 3), "2"),
        (Rational(0), "0"),
    ],
)
def test_str(value, text):
    assert str(value) == text


def test_repr():
    assert repr(Rational(-6, 8)) == "Rational(-3, 4)"


@pytest.mark.parametrize(
    "value, text",
    [
        (Rational(7, 3), "2 1/3"),
        (Rational(-7, 3), "-2 1/3"),
        (Rational(1, 3), "1/3"),
        (Rational(-1, 3), "-1/3"),
        (Rational(6), "6"),
        (Rational(-6), "-6"),
    ],
)
def test_to_mixed(value, text):
    assert value.to_mixed() == text


@pytest.mark.parametrize(
    "value, text",
    [
        (Rational(1, 8), "0.125"),
        (Rational(1, 6), "0.1(6)"),
        (Rational(1, 3), "0.(3)"),
        (Rational(-22, 7), "-3.(142857)"),
        (Rational(5), "5"),
        (Rational(-5, 4), "-1.25"),
        (Rational(1, 12), "0.08(3)"),
    ],
)
def test_to_decimal(value, text):
    assert value.to_decimal() == text
