from fractions import Fraction

import pytest

from ratio import Rational


def test_equality(half):
    assert half == Rational(2, 4)
    assert half != Rational(1, 3)
    assert Rational(4, 2) == 2
    assert 2 == Rational(4, 2)
    assert half == 0.5
    assert half != 0.1
    assert half != "1/2"
    assert Rational(1, 10) != 0.1


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_floats_never_equal(half, value):
    assert half != value


def test_ordering(half, third):
    assert third < half
    assert third <= half
    assert half > third
    assert half >= third
    assert half <= Rational(1, 2)
    assert half >= Rational(1, 2)
    assert not half < half
    assert Rational(-1, 2) < Rational(-1, 3)


def test_ordering_with_int_and_float(half):
    assert half < 1
    assert half > 0
    assert 1 > half
    assert half < 0.6
    assert half > 0.4
    assert half <= 0.5
    assert half >= 0.5


def test_ordering_with_special_floats(half):
    nan = float("nan")
    assert not half < nan
    assert not half > nan
    assert not half <= nan
    assert not half >= nan
    assert half < float("inf")
    assert half > float("-inf")
    assert not half > float("inf")
    assert half >= float("-inf")


def test_ordering_unsupported(half):
    with pytest.raises(TypeError):
        half < "1"


def test_sorting():
    values = [Rational(3, 4), Rational(-1, 2), 0, Rational(1, 3), 0.5]
    assert sorted(values) == [Rational(-1, 2), 0, Rational(1, 3), 0.5, Rational(3, 4)]


@pytest.mark.parametrize(
    "value, reference",
    [
        (Rational(1, 2), Fraction(1, 2)),
        (Rational(-7, 3), Fraction(-7, 3)),
        (Rational(5), 5),
        (Rational(-1), -1),
        (Rational(0), 0),
        (Rational(1, 2 ** 61 - 1), Fraction(1, 2 ** 61 - 1)),
        (Rational(-3, 2 ** 61 - 1), Fraction(-3, 2 ** 61 - 1)),
    ],
)
def test_hash_matches_builtin_numbers(value, reference):
    assert hash(value) == hash(reference)


def test_hash_consistent_with_float(half):
    assert hash(half) == hash(0.5)
    assert len({half, Rational(2, 4), 0.5}) == 1
