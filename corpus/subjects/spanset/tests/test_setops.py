import math

from spanset import Interval, IntervalSet


def test_union(odd_set, other_set):
    assert str(odd_set | other_set) == "[1, 7) | (9, 12]"


def test_intersection(odd_set, other_set):
    assert str(odd_set & other_set) == "[2, 3] | [5, 6] | [9.5, 10)"


def test_intersection_with_empty(odd_set):
    assert not (odd_set & IntervalSet())


def test_intersection_touching_closed_ends():
    a = IntervalSet([(0, 1), (3, 4)])
    b = IntervalSet([(1, 3)])
    assert str(a & b) == "[1, 1] | [3, 3]"


def test_difference(odd_set, other_set):
    assert str(odd_set - other_set) == "[1, 2) | (6, 7) | (9, 9.5)"
    assert str(other_set - odd_set) == "(3, 5) | [10, 12]"


def test_difference_multiple_cuts_in_one_member():
    base = IntervalSet([(0, 10)])
    holes = IntervalSet([(1, 2), (4, 5), Interval.open(7, 8)])
    assert str(base - holes) == "[0, 1) | (2, 4) | (5, 7] | [8, 10]"


def test_symmetric_difference(odd_set, other_set):
    assert str(odd_set ^ other_set) == "[1, 2) | (3, 5) | (6, 7) | (9, 9.5) | [10, 12]"


def test_complement_whole_line(odd_set):
    assert str(odd_set.complement()) == "(-inf, 1) | (3, 5) | [7, 9] | [10, inf)"


def test_complement_within(odd_set):
    assert str(odd_set.complement(Interval.closed(0, 6))) == "[0, 1) | (3, 5)"


def test_complement_of_empty_is_universe():
    assert list(IntervalSet().complement()) == [Interval.everything()]


def test_clip(odd_set):
    assert str(odd_set.clip((2, 5))) == "[2, 3] | [5, 5]"


def test_subset(odd_set):
    assert IntervalSet([(1, 2), (5, 6)]) <= odd_set
    assert not IntervalSet([(1, 4)]).issubset(odd_set)
    assert IntervalSet() <= odd_set


def test_measure_with_infinity():
    assert IntervalSet([Interval.at_least(0)]).measure() == math.inf


def test_intersection_one_member_against_many():
    big = IntervalSet([(0, 10)])
    small = IntervalSet([(1, 2), (3, 4), (5, 6), (20, 30)])
    assert str(big & small) == "[1, 2] | [3, 4] | [5, 6]"
    assert str(small & big) == "[1, 2] | [3, 4] | [5, 6]"
