import math

import pytest

from descstats import (
    DescStatsError,
    EmptyDataError,
    QuantileMethod,
    coefficient_of_variation,
    data_range,
    iqr,
    mean_absolute_deviation,
    median_absolute_deviation,
    pstdev,
    pvariance,
    standard_error,
    stdev,
    variance,
)


def test_population_variance(classic):
    assert pvariance(classic) == 4.0
    assert pstdev(classic) == 2.0


def test_sample_variance(classic):
    assert variance(classic) == pytest.approx(32 / 7)
    assert stdev(classic) == pytest.approx(math.sqrt(32 / 7))


@pytest.mark.parametrize("ddof, expected", [(0, 4.0), (1, 32 / 7), (2, 32 / 6), (3, 6.4)])
def test_variance_ddof(classic, ddof, expected):
    assert variance(classic, ddof=ddof) == pytest.approx(expected)


def test_variance_large_offset_is_stable():
    data = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
    assert variance(data) == 30.0


def test_variance_single_point_population():
    assert pvariance([3.5]) == 0.0


def test_variance_needs_two_for_sample():
    with pytest.raises(EmptyDataError, match="variance requires at least 2 data points, got 1"):
        variance([1.0])


def test_negative_ddof():
    with pytest.raises(DescStatsError, match="ddof"):
        variance([1, 2], ddof=-1)


def test_data_range():
    assert data_range([4, -2, 9, 0]) == 11.0
    assert data_range([5]) == 0.0


def test_iqr(one_to_ten):
    assert iqr(one_to_ten) == 4.5
    assert iqr(one_to_ten, QuantileMethod.LOWER) == 4.0
    assert iqr(one_to_ten, QuantileMethod.MIDPOINT) == 4.0


def test_mean_absolute_deviation(classic):
    assert mean_absolute_deviation(classic) == 1.5


def test_median_absolute_deviation():
    data = [1, 1, 2, 2, 4, 6, 9]
    assert median_absolute_deviation(data) == 1.0
    assert median_absolute_deviation(data, scale=1.4826) == 1.4826


def test_coefficient_of_variation():
    assert coefficient_of_variation([2, 4, 6]) == pytest.approx(0.5)
    assert coefficient_of_variation([-2, -4, -6]) == pytest.approx(0.5)


def test_coefficient_of_variation_zero_mean():
    with pytest.raises(DescStatsError, match="zero mean"):
        coefficient_of_variation([-1, 1])


def test_standard_error():
    assert standard_error([2, 4, 6, 8]) == pytest.approx(math.sqrt(20 / 3) / 2)
    with pytest.raises(EmptyDataError):
        standard_error([1])
