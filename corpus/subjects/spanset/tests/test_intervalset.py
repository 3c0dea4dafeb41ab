import pytest

from spanset import EmptyIntervalError, Interval, IntervalSet, as_interval


def test_construction_merges(odd_set):
    assert str(odd_set) == "[1, 3] | [5, 7) | (9, 10)"
    assert len(odd_set) == 3


def test_construction_from_pairs_unsorted():
    s = IntervalSet([(5, 6), (1, 2), (2, 3), (5.5, 8)])
    assert list(s) == [Interval.closed(1, 3), Interval.closed(5, 8)]


def test_adjacent_half_open_pieces_merge():
    s = IntervalSet([Interval.closed_open(0, 1), Interval.closed_open(1, 2)])
    assert list(s) == [Interval.closed_open(0, 2)]


def test_open_pieces_sharing_endpoint_stay_apart():
    s = IntervalSet([Interval.open(0, 1), Interval.open(1, 2)])
    assert len(s) == 2
    assert s.gaps() == [Interval.point(1)]


def test_add_bridges_several(odd_set):
    odd_set.add(Interval.closed(2, 9))
    assert str(odd_set) == "[1, 10)"


def test_add_in_the_middle(odd_set):
    odd_set.add((4, 4.5))
    assert str(odd_set) == "[1, 3] | [4, 4.5] | [5, 7) | (9, 10)"


def test_add_fills_point_gap():
    s = IntervalSet([Interval.open(0, 1), Interval.open(1, 2)])
    s.add(Interval.point(1))
    assert list(s) == [Interval.open(0, 2)]


def test_discard(odd_set):
    odd_set.discard(Interval.open(2, 6))
    assert str(odd_set) == "[1, 2] | [6, 7) | (9, 10)"
    odd_set.discard((100, 200))
    assert len(odd_set) == 3


def test_remove_requires_containment(odd_set):
    odd_set.remove((5, 6))
    assert str(odd_set) == "[1, 3] | (6, 7) | (9, 10)"
    with pytest.raises(KeyError):
        odd_set.remove((2, 6.5))


@pytest.mark.parametrize(
    "value, expected",
    [
        (0.5, None),
        (1, Interval.closed(1, 3)),
        (3, Interval.closed(1, 3)),
        (4, None),
        (5, Interval.closed_open(5, 7)),
        (7, None),
        (9, None),
        (9.99, Interval.open(9, 10)),
        (10, None),
    ],
)
def test_find(odd_set, value, expected):
    assert odd_set.find(value) == expected
    assert (value in odd_set) is (expected is not None)


def test_find_empty():
    assert IntervalSet().find(1) is None


@pytest.mark.parametrize(
    "query, expected",
    [
        (Interval.closed(1.5, 2.5), True),
        (Interval.closed(5, 7), False),
        (Interval.closed_open(5, 7), True),
        (Interval.open(9, 10), True),
        (Interval.closed(9, 9.5), False),
        (Interval.closed(0, 0.5), False),
    ],
)
def test_contains_interval(odd_set, query, expected):
    assert (query in odd_set) is expected


def test_overlapping(odd_set):
    assert odd_set.overlapping((3, 5)) == [Interval.closed(1, 3), Interval.closed_open(5, 7)]
    assert odd_set.overlapping(Interval.open(3, 5)) == []


def test_gaps(odd_set):
    assert odd_set.gaps() == [Interval.open(3, 5), Interval.closed(7, 9)]
    assert IntervalSet().gaps() == []
    assert IntervalSet([(1, 2)]).gaps() == []


def test_hull_and_measure(odd_set):
    assert odd_set.hull() == Interval.closed_open(1, 10)
    assert odd_set.measure() == 5
    assert IntervalSet().measure() == 0


def test_hull_empty():
    with pytest.raises(EmptyIntervalError):
        IntervalSet().hull()


def test_copy_is_independent(odd_set):
    clone = odd_set.copy()
    clone.add((20, 21))
    assert len(odd_set) == 3
    assert len(clone) == 4


def test_equality_and_bool(odd_set):
    assert odd_set == IntervalSet(list(odd_set))
    assert odd_set != IntervalSet()
    assert odd_set.__eq__("x") is NotImplemented
    assert not IntervalSet()
    assert bool(odd_set)


def test_repr_and_empty_str():
    assert repr(IntervalSet([(1, 2)])) == "IntervalSet('[1, 2]')"
    assert str(IntervalSet()) == "empty"


@pytest.mark.parametrize("bad", [(1, 2, 3), [1, 2], "1-2"])
def test_as_interval_rejects(bad):
    with pytest.raises(TypeError):
        as_interval(bad)


def test_construction_with_nested_members():
    s = IntervalSet([(0, 10), (1, 2), (5, 6)])
    assert list(s) == [Interval.closed(0, 10)]


def test_gap_openness_follows_neighbours():
    s = IntervalSet([Interval.closed(0, 1), Interval.open(2, 3)])
    assert s.gaps() == [Interval.open_closed(1, 2)]
