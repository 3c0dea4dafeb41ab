import math

import pytest

from spanset import DisjointIntervalsError, EmptyIntervalError, Interval, InvalidIntervalError


@pytest.mark.parametrize(
    "interval, text",
    [
        (Interval.closed(1, 2), "[1, 2]"),
        (Interval.open(1, 2), "(1, 2)"),
        (Interval.closed_open(1, 2.5), "[1, 2.5)"),
        (Interval.open_closed(-1, 2), "(-1, 2]"),
        (Interval.point(4), "[4, 4]"),
        (Interval.at_least(3), "[3, inf)"),
        (Interval.at_most(3), "(-inf, 3]"),
        (Interval.everything(), "(-inf, inf)"),
    ],
)
def test_factories_and_str(interval, text):
    assert str(interval) == text


@pytest.mark.parametrize(
    "args",
    [
        (2, 1),
        (1, 1, True, False),
        (1, 1, False, True),
        (-math.inf, 0, True, False),
        (0, math.inf, False, True),
        (math.nan, 1),
        ("a", 1),
        (0, True),
    ],
)
def test_invalid_bounds(args):
    with pytest.raises(InvalidIntervalError):
        Interval(*args)


def test_empty_is_specific_error():
    with pytest.raises(EmptyIntervalError):
        Interval.open(3, 3)


@pytest.mark.parametrize(
    "interval, value, expected",
    [
        (Interval.closed(0, 1), 0, True),
        (Interval.closed(0, 1), 1, True),
        (Interval.open(0, 1), 0, False),
        (Interval.open(0, 1), 1, False),
        (Interval.open(0, 1), 0.5, True),
        (Interval.closed_open(0, 1), 1, False),
        (Interval.open_closed(0, 1), 1, True),
        (Interval.closed(0, 1), -0.1, False),
        (Interval.closed(0, 1), 1.1, False),
    ],
)
def test_contains_point(interval, value, expected):
    assert interval.contains(value) is expected
    assert (value in interval) is expected


def test_contains_interval(unit):
    assert Interval.open(0, 1) in unit
    assert unit in unit
    assert unit not in Interval.open(0, 1)
    assert Interval.closed(0.5, 1.5) not in unit


def test_properties():
    iv = Interval.closed_open(2, 7)
    assert iv.length == 5
    assert not iv.is_point
    assert iv.is_bounded
    assert Interval.point(3).is_point
    assert not Interval.at_least(1).is_bounded
    assert not Interval.at_most(1).is_bounded
    assert iv.start_key == (2, 0)
    assert iv.end_key == (7, -1)
    assert Interval.open_closed(2, 7).start_key == (2, 1)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (Interval.closed(0, 2), Interval.closed(2, 3), True),
        (Interval.closed_open(0, 2), Interval.closed(2, 3), False),
        (Interval.closed(0, 2), Interval.open(2, 3), False),
        (Interval.closed(0, 5), Interval.closed(1, 2), True),
        (Interval.closed(0, 1), Interval.closed(3, 4), False),
    ],
)
def test_overlaps(a, b, expected):
    assert a.overlaps(b) is expected
    assert b.overlaps(a) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (Interval.closed_open(0, 2), Interval.closed(2, 3), True),
        (Interval.closed(0, 2), Interval.open(2, 3), True),
        (Interval.closed_open(0, 2), Interval.open(2, 3), False),
        (Interval.closed(0, 2), Interval.closed(2, 3), True),
        (Interval.closed(0, 1), Interval.closed(1.5, 3), False),
        (Interval.closed(0, 4), Interval.closed(1, 2), True),
    ],
)
def test_is_mergeable(a, b, expected):
    assert a.is_mergeable(b) is expected
    assert b.is_mergeable(a) is expected


def test_intersection():
    a = Interval.closed(0, 5)
    b = Interval.open_closed(3, 8)
    assert a.intersection(b) == Interval.open_closed(3, 5)
    assert Interval.closed_open(0, 1).intersection(Interval.closed(1, 2)) is None
    assert Interval.closed(0, 1).intersection(Interval.closed(1, 2)) == Interval.point(1)


def test_hull_and_union():
    a = Interval.open(0, 2)
    b = Interval.closed(2, 3)
    assert a.union(b) == Interval.open_closed(0, 3)
    assert Interval.closed(0, 1).hull(Interval.open(5, 6)) == Interval.closed_open(0, 6)
    with pytest.raises(DisjointIntervalsError):
        Interval.closed(0, 1).union(Interval.closed(2, 3))


@pytest.mark.parametrize(
    "cut, expected",
    [
        (Interval.closed(2, 3), [Interval.closed_open(0, 2), Interval.open_closed(3, 10)]),
        (Interval.open(2, 3), [Interval.closed(0, 2), Interval.closed(3, 10)]),
        (Interval.closed(-5, 4), [Interval.open_closed(4, 10)]),
        (Interval.closed_open(8, 20), [Interval.closed_open(0, 8)]),
        (Interval.closed(-1, 11), []),
        (Interval.closed(20, 30), [Interval.closed(0, 10)]),
        (Interval.open(0, 10), [Interval.point(0), Interval.point(10)]),
    ],
)
def test_difference(cut, expected):
    assert Interval.closed(0, 10).difference(cut) == expected


def test_shift():
    assert Interval.closed_open(1, 2).shift(3) == Interval.closed_open(4, 5)


def test_from_keys():
    assert Interval.from_keys((1, 1), (2, -1)) == Interval.open(1, 2)
    assert Interval.from_keys((2, 0), (2, -1)) is None


def test_default_constructor_is_closed():
    assert str(Interval(1, 2)) == "[1, 2]"
    assert Interval(1, 1).is_point


def test_superset_checks_both_ends(unit):
    assert Interval.closed(-0.5, 0.5) not in unit
    assert Interval.open_closed(0, 1) in unit


def test_shift_keeps_openness():
    assert Interval.open_closed(-2, 5).shift(1.5) == Interval.open_closed(-0.5, 6.5)
    assert Interval.at_least(1).shift(-1) == Interval.at_least(0)


def test_intervals_are_immutable(unit):
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        unit.lower = 5
