import pytest

from prioq import merge_sorted, nlargest, nsmallest


@pytest.mark.parametrize(
    "n, data, expected",
    [
        (3, [5, 1, 4, 1, 9, 2], [1, 1, 2]),
        (0, [3, 2, 1], []),
        (10, [3, 2, 1], [1, 2, 3]),
        (1, [7], [7]),
        (2, [], []),
        (2, [4, 4, 4], [4, 4]),
    ],
)
def test_nsmallest(n, data, expected):
    assert nsmallest(n, data) == expected


def test_nsmallest_stable_with_key():
    words = ["pear", "fig", "kiwi", "plum", "date", "yam"]
    assert nsmallest(4, words, key=len) == ["fig", "yam", "pear", "kiwi"]


@pytest.mark.parametrize(
    "n, data, expected",
    [
        (3, [5, 1, 4, 1, 9, 2], [9, 5, 4]),
        (0, [1], []),
        (5, [2, 8], [8, 2]),
    ],
)
def test_nlargest(n, data, expected):
    assert nlargest(n, data) == expected


def test_nlargest_stable_with_key():
    words = ["pear", "fig", "kiwi", "plum", "date", "yam"]
    assert nlargest(3, words, key=len) == ["pear", "kiwi", "plum"]


def test_selection_accepts_generators():
    assert nsmallest(2, (x * x for x in range(-3, 4))) == [0, 1]


@pytest.mark.parametrize("func", [nsmallest, nlargest])
def test_negative_n(func):
    with pytest.raises(ValueError, match="non-negative"):
        func(-1, [1, 2])


def test_merge_sorted():
    assert list(merge_sorted([1, 4, 7], [2, 5], [0, 3, 6, 9])) == [0, 1, 2, 3, 4, 5, 6, 7, 9]


def test_merge_sorted_ties_prefer_earlier_source():
    left = [(1, "L1"), (2, "L2")]
    right = [(1, "R1"), (2, "R2")]
    merged = list(merge_sorted(left, right, key=lambda pair: pair[0]))
    assert merged == [(1, "L1"), (1, "R1"), (2, "L2"), (2, "R2")]


def test_merge_sorted_empty_inputs():
    assert list(merge_sorted()) == []
    assert list(merge_sorted([], [1], [])) == [1]


def test_merge_sorted_is_lazy():
    pulled = []

    def source():
        for value in (1, 2, 3):
            pulled.append(value)
            yield value

    merged = merge_sorted(source(), [10])
    assert next(merged) == 1
    assert pulled == [1]
    assert next(merged) == 2
    assert pulled == [1, 2]
