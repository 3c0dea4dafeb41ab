import pytest

from sortedcoll import SortedList


def test_construction_sorts(numbers):
    assert list(numbers) == [1, 3, 3, 5, 7, 9]
    assert len(numbers) == 6


def test_key_order_is_stable(by_length):
    assert list(by_length) == ["fig", "yam", "pear", "kiwi", "apple", "banana"]


@pytest.mark.parametrize("value, position", [(0, 0), (3, 3), (4, 3), (10, 6), (7, 5)])
def test_add_returns_position(numbers, value, position):
    assert numbers.add(value) == position
    assert numbers[position] == value
    assert list(numbers) == sorted(list(numbers))


def test_add_equal_key_goes_last(by_length):
    by_length.add("plum")
    assert list(by_length) == ["fig", "yam", "pear", "kiwi", "plum", "apple", "banana"]


def test_update(numbers):
    numbers.update([4, 0, 11])
    assert list(numbers) == [0, 1, 3, 3, 4, 5, 7, 9, 11]
    numbers.update([])
    assert len(numbers) == 9


def test_update_keeps_existing_before_new_on_ties(by_length):
    by_length.update(["date", "lime"])
    assert list(by_length)[2:6] == ["pear", "kiwi", "date", "lime"]


def test_contains(numbers, by_length):
    assert 3 in numbers
    assert 1 in numbers
    assert 9 in numbers
    assert 4 not in numbers
    assert "kiwi" in by_length
    assert "plum" not in by_length


def test_remove_and_discard(numbers):
    numbers.remove(3)
    assert list(numbers) == [1, 3, 5, 7, 9]
    assert numbers.discard(3) is True
    assert numbers.discard(3) is False
    with pytest.raises(ValueError, match="not in the sorted list"):
        numbers.remove(3)


def test_remove_with_key_matches_value(by_length):
    by_length.remove("kiwi")
    assert list(by_length) == ["fig", "yam", "pear", "apple", "banana"]
    with pytest.raises(ValueError):
        by_length.remove("plum")


def test_pop(numbers):
    assert numbers.pop() == 9
    assert numbers.pop(0) == 1
    assert numbers.pop(1) == 3
    assert list(numbers) == [3, 5, 7]


def test_pop_empty():
    with pytest.raises(IndexError, match="empty sorted list"):
        SortedList().pop()


def test_index_and_count(numbers):
    assert numbers.index(3) == 1
    assert numbers.index(3, 2) == 2
    assert numbers.index(9) == 5
    assert numbers.count(3) == 2
    assert numbers.count(4) == 0
    assert numbers.count(9) == 1
    assert numbers.count(1) == 1
    assert SortedList([5, 5, 5]).count(5) == 3


@pytest.mark.parametrize("args", [(4,), (3, 3), (3, 0, 1), (9, -3, -1)])
def test_index_missing(numbers, args):
    with pytest.raises(ValueError):
        numbers.index(*args)


def test_index_with_key(by_length):
    assert by_length.index("kiwi") == 3
    assert by_length.count("kiwi") == 1
    assert by_length.count("lime") == 0


@pytest.mark.parametrize("value, left, right", [(3, 1, 3), (0, 0, 0), (10, 6, 6), (6, 4, 4)])
def test_bisect(numbers, value, left, right):
    assert numbers.bisect_left(value) == left
    assert numbers.bisect_right(value) == right


def test_bisect_key(by_length):
    assert by_length.bisect_key_left(4) == 2
    assert by_length.bisect_key_right(4) == 4
    assert by_length.bisect_left("abcd") == 2


def test_getitem_and_slices(numbers):
    assert numbers[0] == 1
    assert numbers[-1] == 9
    assert numbers[1:4] == [3, 3, 5]
    with pytest.raises(IndexError):
        numbers[6]


def test_delitem(numbers):
    del numbers[0]
    del numbers[1:3]
    assert list(numbers) == [3, 7, 9]
    assert numbers.bisect_left(7) == 1


def test_reversed(numbers):
    assert list(reversed(numbers)) == [9, 7, 5, 3, 3, 1]


def test_equality(numbers):
    assert numbers == [1, 3, 3, 5, 7, 9]
    assert numbers == SortedList([9, 7, 5, 3, 3, 1])
    assert numbers != SortedList([1])
    assert numbers.__eq__((1, 3)) is NotImplemented


def test_add_operator_and_copy(numbers):
    combined = numbers + [2, 8]
    assert list(combined) == [1, 2, 3, 3, 5, 7, 8, 9]
    assert len(numbers) == 6
    clone = numbers.copy()
    clone.add(100)
    assert 100 not in numbers


def test_copy_keeps_key(by_length):
    clone = by_length.copy()
    clone.add("kumquat")
    assert clone[-1] == "kumquat"
    assert clone.key is len


def test_clear(numbers):
    numbers.clear()
    assert len(numbers) == 0
    numbers.add(4)
    numbers.add(2)
    assert list(numbers) == [2, 4]


def test_repr(numbers, by_length):
    assert repr(numbers) == "SortedList([1, 3, 3, 5, 7, 9])"
    assert repr(SortedList([2, 1], key=lambda v: -v)) == "SortedList([2, 1], key=<lambda>)"
    assert repr(by_length).endswith("key=len)")
    assert repr(numbers.copy()) == "SortedList([1, 3, 3, 5, 7, 9])"
    assert numbers.key is None


def test_remove_from_all_equal_list():
    values = SortedList([5, 5])
    values.remove(5)
    assert list(values) == [5]
    values.remove(5)
    assert len(values) == 0


def test_key_list_positional_access(by_length):
    assert len(by_length) == 6
    assert list(by_length.islice(0, 2)) == ["fig", "yam"]
    assert list(reversed(by_length))[:2] == ["banana", "apple"]
    assert by_length == ["fig", "yam", "pear", "kiwi", "apple", "banana"]
    assert by_length == SortedList(["banana", "apple", "pear", "kiwi", "fig", "yam"], key=len)
    assert by_length != SortedList(["banana", "apple", "pear", "kiwi", "yam", "fig"], key=len)
    assert list(by_length.copy()) == list(by_length)
    assert by_length.bisect_right("abcd") == 4
    assert by_length.index("kiwi", 1, 5) == 3
    assert by_length.pop() == "banana"
    assert by_length.pop(0) == "fig"
