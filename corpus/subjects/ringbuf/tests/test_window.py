import pytest

from ringbuf import BufferEmptyError, SlidingWindow, Statistic, rolling


def test_stats_before_full(window):
    window.push(4)
    window.push(2)
    assert window.count == 2
    assert not window.is_ready
    assert window.sum == 6
    assert window.mean == 3
    assert window.min == 2
    assert window.max == 4


def test_stats_after_sliding(window):
    for value in [5, 1, 3, 8, 2]:
        window.push(value)
    assert window.values() == [3, 8, 2]
    assert window.is_ready
    assert window.sum == 13
    assert window.min == 2
    assert window.max == 8


def test_min_expires_from_window(window):
    for value in [1, 5, 6, 7]:
        window.push(value)
    assert window.min == 5
    assert window.max == 7


def test_max_expires_from_window(window):
    for value in [9, 5, 6, 4]:
        window.push(value)
    assert window.max == 6
    assert window.min == 4


def test_duplicates_in_window(window):
    for value in [3, 3, 3, 1]:
        window.push(value)
    assert (window.min, window.max) == (1, 3)
    window.push(5)
    window.push(5)
    assert (window.min, window.max) == (1, 5)
    window.push(5)
    assert (window.min, window.max) == (5, 5)


def test_variance(window):
    for value in [2, 4, 6]:
        window.push(value)
    assert window.variance == pytest.approx(8 / 3)
    window.push(6)
    window.push(6)
    assert window.variance == 0.0


def test_empty_window_errors(window):
    assert window.sum == 0
    for name in ("mean", "min", "max", "variance"):
        with pytest.raises(BufferEmptyError):
            getattr(window, name)


@pytest.mark.parametrize("bad, error", [("1", TypeError), (True, TypeError), (float("nan"), ValueError), (float("inf"), ValueError)])
def test_rejects_bad_values(window, bad, error):
    with pytest.raises(error):
        window.push(bad)
    assert window.count == 0


def test_statistic_lookup(window):
    for value in [1, 2, 6]:
        window.push(value)
    assert window.statistic("sum") == 9
    assert window.statistic(Statistic.MEAN) == 3
    assert window.statistic("max") == 6
    assert window.size == 3


@pytest.mark.parametrize(
    "statistic, expected",
    [
        ("sum", [6, 9, 12, 10]),
        ("mean", [2, 3, 4, 10 / 3]),
        ("min", [1, 2, 3, 1]),
        ("max", [3, 4, 5, 5]),
    ],
)
def test_rolling(statistic, expected):
    assert list(rolling([1, 2, 3, 4, 5, 1], 3, statistic)) == expected


def test_rolling_partial():
    assert list(rolling([4, 2, 9], 2, "max", partial=True)) == [4, 4, 9]


def test_rolling_short_input():
    assert list(rolling([1, 2], 3)) == []
    assert list(rolling([], 1)) == []


def test_rolling_window_of_one():
    assert list(rolling([3, 1, 2], 1, Statistic.MIN)) == [3, 1, 2]


def test_rolling_unknown_statistic():
    with pytest.raises(ValueError):
        list(rolling([1], 1, "median"))


def test_variance_after_sliding(window):
    for value in [1, 2, 3, 4]:
        window.push(value)
    assert window.variance == pytest.approx(2 / 3)
    assert window.mean == 3
