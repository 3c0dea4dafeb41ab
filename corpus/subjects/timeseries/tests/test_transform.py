import pytest

from timeseries import (
    TimeSeries,
    TimeSeriesError,
    cumulative_sum,
    difference,
    percent_change,
    rate_of_change,
)


@pytest.fixture
def squares():
    return TimeSeries.from_values([1, 4, 9, 16, 25])


def test_first_difference(squares):
    diff = difference(squares)
    assert diff.timestamps == [1, 2, 3, 4]
    assert diff.values == [3, 5, 7, 9]


def test_second_order_difference(squares):
    assert difference(squares, order=2).values == [2, 2, 2]
    assert difference(squares, order=2).timestamps == [2, 3, 4]


def test_lagged_difference(squares):
    assert difference(squares, lag=2).values == [8, 12, 16]
    assert difference(squares, lag=5).values == []


def test_order_zero_is_identity(squares):
    assert difference(squares, order=0) == squares


def test_difference_propagates_missing():
    series = TimeSeries.from_values([1, None, 4, 8])
    assert difference(series).values == [None, None, 4]


@pytest.mark.parametrize("lag", [0, -2, 1.0, True])
def test_lag_validation(squares, lag):
    with pytest.raises(TimeSeriesError, match="lag must be a positive integer"):
        difference(squares, lag=lag)
    with pytest.raises(TimeSeriesError, match="lag"):
        percent_change(squares, lag=lag)


def test_order_validation(squares):
    with pytest.raises(TimeSeriesError, match="order"):
        difference(squares, order=-1)


def test_percent_change():
    series = TimeSeries.from_values([2, 3, 0, 5, None, 6])
    assert percent_change(series).values == [0.5, -1.0, None, None, None]
    assert percent_change(series, lag=2).values == [-1.0, pytest.approx(2 / 3), None, 0.2]


def test_rate_of_change():
    series = TimeSeries([(0, 0.0), (2, 10.0), (3, None), (7, 0.0)])
    rate = rate_of_change(series)
    assert rate.timestamps == [2, 7]
    assert rate.values == [5.0, -2.0]


def test_cumulative_sum():
    series = TimeSeries.from_values([1.5, None, 2.5, -1])
    assert cumulative_sum(series).values == [1.5, None, 4.0, 3.0]
    assert len(cumulative_sum(TimeSeries())) == 0
