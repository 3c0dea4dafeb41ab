import math

import pytest

from descstats import (
    DescStatsError,
    EmptyDataError,
    geometric_mean,
    harmonic_mean,
    mean,
    median,
    median_high,
    median_low,
    midrange,
    mode,
    multimode,
    trimmed_mean,
)


def test_mean_of_classic(classic):
    assert mean(classic) == 5.0


def test_mean_accepts_generator():
    assert mean(x / 2 for x in range(5)) == 1.0


def test_mean_is_compensated():
    assert mean([1e16, 1.0, -1e16, 1.0]) == 0.5


def test_mean_empty_raises():
    with pytest.raises(EmptyDataError) as info:
        mean([])
    assert info.value.required == 1
    assert info.value.got == 0
    assert str(info.value) == "mean requires at least 1 data point, got 0"


@pytest.mark.parametrize(
    "data, expected",
    [
        ([3], 3.0),
        ([3, 1], 2.0),
        ([5, 1, 3], 3.0),
        ([4, 1, 3, 2], 2.5),
        ([7, 7, 1, 9, 2, 8], 7.0),
    ],
)
def test_median(data, expected):
    assert median(data) == expected


@pytest.mark.parametrize(
    "data, low, high",
    [
        ([1, 3, 5, 7], 3.0, 5.0),
        ([1, 3, 5], 3.0, 3.0),
        ([9], 9.0, 9.0),
        ([10, 2], 2.0, 10.0),
    ],
)
def test_median_low_high(data, low, high):
    assert median_low(data) == low
    assert median_high(data) == high


def test_mode_and_multimode():
    data = ["b", "a", "b", "c", "a", "d"]
    assert multimode(data) == ["b", "a"]
    assert mode(data) == "b"
    assert mode([1, 2, 2, 3]) == 2


def test_multimode_all_unique_keeps_order():
    assert multimode([3, 1, 2]) == [3, 1, 2]


def test_multimode_empty_and_mode_empty():
    assert multimode([]) == []
    with pytest.raises(EmptyDataError):
        mode([])


def test_geometric_mean():
    assert geometric_mean([1, 4, 16]) == pytest.approx(4.0)
    assert geometric_mean([2, 8]) == pytest.approx(4.0)


@pytest.mark.parametrize("bad", [[1, 0, 2], [3, -1]])
def test_geometric_mean_requires_positive(bad):
    with pytest.raises(DescStatsError, match="strictly positive"):
        geometric_mean(bad)


def test_harmonic_mean():
    assert harmonic_mean([1, 4, 4]) == 2.0
    assert harmonic_mean([40, 60]) == pytest.approx(48.0)
    assert harmonic_mean([0, 5]) == 0.0
    with pytest.raises(DescStatsError, match="non-negative"):
        harmonic_mean([2, -1])


def test_midrange():
    assert midrange([3, -1, 8, 2]) == 3.5


@pytest.mark.parametrize(
    "proportion, expected",
    [(0.0, 15.6), (0.1, 6.875), (0.25, 5.5), (0.49, 5.5)],
)
def test_trimmed_mean(proportion, expected):
    data = [100, 1, 2, 3, 4, 5, 6, 7, 8, 20]
    assert trimmed_mean(data, proportion) == expected


@pytest.mark.parametrize("proportion", [-0.1, 0.5, 0.7])
def test_trimmed_mean_rejects_bad_proportion(proportion):
    with pytest.raises(DescStatsError, match="proportion"):
        trimmed_mean([1, 2, 3], proportion)


@pytest.mark.parametrize("bad", [[1, "2"], [True, 2], [1, None]])
def test_non_numeric_rejected(bad):
    with pytest.raises(DescStatsError, match="non-numeric"):
        mean(bad)


def test_nan_rejected():
    with pytest.raises(DescStatsError, match="NaN"):
        median([1.0, math.nan])
