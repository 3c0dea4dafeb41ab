import pytest

from disjointset import DisjointSet


@pytest.fixture
def letters():
    return DisjointSet("abcdefg")


@pytest.fixture
def grouped(letters):
    letters.union("a", "b")
    letters.union("c", "d")
    letters.union("b", "d")
    letters.union("f", "g")
    return letters


@pytest.fixture
def graph():
    return [
        ("a", "b", 4),
        ("a", "h", 8),
        ("b", "c", 8),
        ("b", "h", 11),
        ("c", "d", 7),
        ("c", "f", 4),
        ("c", "i", 2),
        ("d", "e", 9),
        ("d", "f", 14),
        ("e", "f", 10),
        ("f", "g", 2),
        ("g", "h", 1),
        ("g", "i", 6),
        ("h", "i", 7),
    ]
