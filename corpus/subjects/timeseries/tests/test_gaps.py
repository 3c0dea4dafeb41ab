import pytest

from timeseries import (
    EdgePolicy,
    EmptySeriesError,
    TimeSeries,
    TimeSeriesError,
    find_gaps,
    interpolate_at,
    interpolate_missing,
    regularize,
)


@pytest.mark.parametrize("t, expected", [(0, 1.0), (1.5, 2.5), (3, 4.0), (2, 3.0)])
def test_interpolate_at(gappy, t, expected):
    assert interpolate_at(gappy, t) == expected


@pytest.mark.parametrize("t", [-0.1, 3.5, 10])
def test_interpolate_at_out_of_range(gappy, t):
    with pytest.raises(TimeSeriesError, match="outside the series range"):
        interpolate_at(gappy, t)


def test_interpolate_at_empty():
    with pytest.raises(EmptySeriesError):
        interpolate_at(TimeSeries([(0, None)]), 0)


def test_find_gaps():
    series = TimeSeries.from_unsorted([(0, 1), (1, 1), (5, 1), (6, 1), (9, 1)])
    assert find_gaps(series, 1) == [(1, 5), (6, 9)]
    assert find_gaps(series, 3) == [(1, 5)]
    assert find_gaps(series, 4) == []
    with pytest.raises(TimeSeriesError, match="max_spacing"):
        find_gaps(series, 0)


def test_interpolate_missing_keep(gappy):
    filled = interpolate_missing(gappy)
    assert filled.values == [1.0, 2.0, 3.0, 4.0, None]
    assert filled.name == "gappy"


def test_interpolate_missing_nearest():
    series = TimeSeries([(0, None), (1, 5.0), (2, None), (3, 9.0), (6, None)])
    assert interpolate_missing(series, EdgePolicy.NEAREST).values == [5.0, 5.0, 7.0, 9.0, 9.0]


def test_interpolate_missing_drop():
    series = TimeSeries([(0, None), (1, 5.0), (2, None), (3, 9.0), (6, None)])
    filled = interpolate_missing(series, EdgePolicy.DROP)
    assert filled.timestamps == [1, 2, 3]
    assert filled.values == [5.0, 7.0, 9.0]


def test_interpolate_missing_respects_time_spacing():
    series = TimeSeries([(0, 0.0), (1, None), (4, 8.0)])
    assert interpolate_missing(series).values == [0.0, 2.0, 8.0]


def test_interpolate_missing_max_gap():
    series = TimeSeries([(0, 0.0), (1, None), (2, 2.0), (3, None), (10, 10.0)])
    assert interpolate_missing(series, max_gap=2).values == [0.0, 1.0, 2.0, None, 10.0]
    assert interpolate_missing(series, max_gap=8).values == [0.0, 1.0, 2.0, 3.0, 10.0]


def test_interpolate_missing_all_missing():
    series = TimeSeries([(0, None), (1, None)])
    assert interpolate_missing(series) == series
    assert len(interpolate_missing(series, EdgePolicy.DROP)) == 0


def test_regularize():
    series = TimeSeries([(0, 0.0), (5, 10.0), (7, 0.0)])
    result = regularize(series, 2)
    assert result.timestamps == [0, 2, 4, 6]
    assert result.values == [0.0, 4.0, 8.0, 5.0]


def test_regularize_with_origin_and_missing():
    series = TimeSeries([(1, 2.0), (2, None), (5, 6.0)])
    result = regularize(series, 2, origin=-1)
    assert result.timestamps == [1, 3, 5]
    assert result.values == [2.0, 4.0, 6.0]


@pytest.mark.parametrize(
    "series, step, origin, error, message",
    [
        (TimeSeries([(0, 1.0)]), 0, None, TimeSeriesError, "step must be positive"),
        (TimeSeries([(0, None)]), 1, None, EmptySeriesError, "without values"),
        (TimeSeries([(0, 1.0), (4, 2.0)]), 1, 2, TimeSeriesError, "origin"),
    ],
)
def test_regularize_errors(series, step, origin, error, message):
    with pytest.raises(error, match=message):
        regularize(series, step, origin)
