import pytest

from sortedcoll import InvalidRangeError, SortedList, key_range


@pytest.mark.parametrize(
    "minimum, maximum, inclusive, expected",
    [
        (3, 7, (True, True), [3, 3, 5, 7]),
        (3, 7, (False, True), [5, 7]),
        (3, 7, (True, False), [3, 3, 5]),
        (3, 7, (False, False), [5]),
        (None, 4, (True, True), [1, 3, 3]),
        (6, None, (True, True), [7, 9]),
        (None, None, (True, True), [1, 3, 3, 5, 7, 9]),
        (8, 2, (True, True), []),
        (5, 5, (True, True), [5]),
        (5, 5, (False, True), []),
        (10, 20, (True, True), []),
    ],
)
def test_irange(numbers, minimum, maximum, inclusive, expected):
    assert list(numbers.irange(minimum, maximum, inclusive)) == expected


def test_irange_reverse(numbers):
    assert list(numbers.irange(2, 8, reverse=True)) == [7, 5, 3, 3]


def test_irange_with_key(by_length):
    assert list(by_length.irange("abc", "abcd")) == ["fig", "yam", "pear", "kiwi"]
    assert list(by_length.irange_key(4, 5, (False, True))) == ["apple"]
    assert list(by_length.irange_key(min_key=5)) == ["apple", "banana"]
    assert list(by_length.irange_key(max_key=3)) == ["fig", "yam"]


@pytest.mark.parametrize("inclusive", [(True,), [True, True], (1, 0), "yes", (True, None)])
def test_irange_bad_inclusive(numbers, inclusive):
    with pytest.raises(InvalidRangeError):
        list(numbers.irange(1, 5, inclusive))


@pytest.mark.parametrize(
    "start, stop, reverse, expected",
    [
        (None, None, False, [1, 3, 3, 5, 7, 9]),
        (1, 3, False, [3, 3]),
        (1, 3, True, [3, 3]),
        (-2, None, False, [7, 9]),
        (None, 2, True, [3, 1]),
        (4, 100, True, [9, 7]),
        (5, 2, False, []),
    ],
)
def test_islice(numbers, start, stop, reverse, expected):
    assert list(numbers.islice(start, stop, reverse)) == expected


def test_islice_defaults(numbers):
    assert list(numbers.islice(0, 2)) == [1, 3]
    assert list(numbers.islice()) == [1, 3, 3, 5, 7, 9]


def test_key_range_direct():
    keys = [1, 2, 2, 4]
    assert key_range(keys, 2, 2) == range(1, 3)
    assert key_range(keys, 2, 2, (False, False)) == range(3, 3)
    assert key_range([], 1, 5) == range(0, 0)


def test_irange_on_empty():
    assert list(SortedList().irange(1, 2)) == []
