import pytest

from descstats import (
    EmptyDataError,
    WeightError,
    WeightKind,
    effective_sample_size,
    weighted_mean,
    weighted_median,
    weighted_stdev,
    weighted_variance,
)


@pytest.fixture
def values():
    return [1, 2, 3, 4]


@pytest.fixture
def heavy_tail_weights():
    return [1, 1, 1, 5]


def test_weighted_mean(values, heavy_tail_weights):
    assert weighted_mean(values, heavy_tail_weights) == 3.25


def test_equal_weights_match_plain_mean(values):
    assert weighted_mean(values, [2, 2, 2, 2]) == 2.5


@pytest.mark.parametrize(
    "kind, expected",
    [
        (WeightKind.POPULATION, 1.1875),
        (WeightKind.FREQUENCY, 9.5 / 7),
        (WeightKind.RELIABILITY, 9.5 / 4.5),
    ],
)
def test_weighted_variance_kinds(values, heavy_tail_weights, kind, expected):
    assert weighted_variance(values, heavy_tail_weights, kind) == pytest.approx(expected)


def test_frequency_weights_equal_repeated_data():
    assert weighted_variance([2, 5], [3, 1], WeightKind.FREQUENCY) == pytest.approx(2.25)


def test_weighted_stdev():
    assert weighted_stdev([0, 4], [1, 1]) == 2.0


@pytest.mark.parametrize(
    "weights, kind",
    [([0.5], WeightKind.FREQUENCY), ([0, 0, 5], WeightKind.RELIABILITY), ([1], WeightKind.FREQUENCY)],
)
def test_not_enough_effective_observations(weights, kind):
    data = [1.0] * len(weights)
    with pytest.raises(WeightError, match=kind.value):
        weighted_variance(data, weights, kind)


@pytest.mark.parametrize(
    "data, weights, expected",
    [
        ([1, 2, 3, 4], [1, 1, 1, 5], 4.0),
        ([1, 2, 3, 4], [1, 1, 1, 1], 2.5),
        ([3, 1, 2], [1, 3, 1], 1.0),
        ([1, 2, 3, 10], [1, 1, 0, 2], 6.0),
        ([7], [2], 7.0),
    ],
)
def test_weighted_median(data, weights, expected):
    assert weighted_median(data, weights) == expected


@pytest.mark.parametrize(
    "weights, message",
    [
        ([1, 2], "expected 3 weights, got 2"),
        ([1, -1, 1], "non-negative"),
        ([0, 0, 0], "all be zero"),
    ],
)
def test_weight_validation(weights, message):
    with pytest.raises(WeightError, match=message):
        weighted_mean([1, 2, 3], weights)


def test_weighted_empty_data():
    with pytest.raises(EmptyDataError):
        weighted_mean([], [])


@pytest.mark.parametrize(
    "weights, expected",
    [([1, 1, 1, 1], 4.0), ([1, 0, 0], 1.0), ([2, 1, 1], 16 / 6)],
)
def test_effective_sample_size(weights, expected):
    assert effective_sample_size(weights) == pytest.approx(expected)


@pytest.mark.parametrize(
    "weights, message",
    [([], "empty"), ([1, -2], "non-negative"), ([0, 0], "all be zero")],
)
def test_effective_sample_size_validation(weights, message):
    with pytest.raises(WeightError, match=message):
        effective_sample_size(weights)
