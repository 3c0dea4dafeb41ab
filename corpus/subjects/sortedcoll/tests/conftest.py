import pytest

from sortedcoll import SortedDict, SortedList


@pytest.fixture
def numbers():
    return SortedList([5, 1, 9, 3, 7, 3])


@pytest.fixture
def by_length():
    return SortedList(["pear", "fig", "banana", "kiwi", "apple", "yam"], key=len)


@pytest.fixture
def prices():
    return SortedDict({"pear": 3, "apple": 5, "fig": 2, "kiwi": 4, "banana": 1})
