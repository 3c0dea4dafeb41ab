import pytest

from timeseries import Aggregation, TimeSeries, TimeSeriesError, bucket_start, resample, rolling_aggregate


@pytest.mark.parametrize(
    "t, width, origin, expected",
    [(0, 10, 0, 0), (9.99, 10, 0, 0), (10, 10, 0, 10), (-1, 10, 0, -10), (7, 10, 5, 5), (4, 10, 5, -5)],
)
def test_bucket_start(t, width, origin, expected):
    assert bucket_start(t, width, origin) == expected


@pytest.mark.parametrize(
    "how, expected",
    [
        (Aggregation.MEAN, [2.0, 4.5, 6.0]),
        (Aggregation.SUM, [6.0, 9.0, 6.0]),
        (Aggregation.MIN, [1, 4, 6]),
        (Aggregation.MAX, [3, 5, 6]),
        (Aggregation.COUNT, [3, 2, 1]),
        (Aggregation.FIRST, [1, 4, 6]),
        (Aggregation.LAST, [3, 5, 6]),
        (Aggregation.MEDIAN, [2, 4.5, 6]),
        (Aggregation.RANGE, [2, 1, 0]),
    ],
)
def test_resample_aggregations(ramp, how, expected):
    result = resample(ramp, 25, how)
    assert result.timestamps == [0, 25, 50]
    assert result.values == expected


def test_aggregation_by_name(ramp):
    assert resample(ramp, 25, "SUM").values == [6.0, 9.0, 6.0]
    with pytest.raises(TimeSeriesError, match="unknown aggregation 'mode'"):
        resample(ramp, 25, "mode")


def test_resample_origin(ramp):
    result = resample(ramp, 20, Aggregation.COUNT, origin=5)
    assert result.timestamps == [-15, 5, 25, 45]
    assert result.values == [1, 2, 2, 1]


def test_resample_ignores_missing_and_skips_empty():
    series = TimeSeries([(0, 1.0), (5, None), (31, 3.0), (33, 5.0)])
    result = resample(series, 10)
    assert result.timestamps == [0, 30]
    assert result.values == [1.0, 4.0]


def test_resample_fill_empty():
    series = TimeSeries([(0, 1.0), (5, None), (31, 3.0), (33, 5.0)])
    filled = resample(series, 10, fill_empty=True)
    assert filled.timestamps == [0, 10, 20, 30]
    assert filled.values == [1.0, None, None, 4.0]
    zeros = resample(series, 10, Aggregation.SUM, fill_empty=True, fill_value=0.0)
    assert zeros.values == [1.0, 0.0, 0.0, 8.0]


def test_resample_empty_and_all_missing():
    assert len(resample(TimeSeries(), 10)) == 0
    assert len(resample(TimeSeries([(0, None)]), 10)) == 0


def test_resample_width_validation(ramp):
    with pytest.raises(TimeSeriesError, match="width must be positive"):
        resample(ramp, 0)


def test_median_even_bucket():
    series = TimeSeries.from_values([4, 1, 3, 10])
    assert resample(series, 4, Aggregation.MEDIAN).values == [3.5]


def test_rolling_aggregate(ramp):
    assert rolling_aggregate(ramp, 20).values == [1.0, 1.5, 2.5, 3.5, 4.5, 5.5]
    assert rolling_aggregate(ramp, 25, "sum").values == [1.0, 3.0, 6.0, 9.0, 12.0, 15.0]


def test_rolling_aggregate_uneven_spacing():
    series = TimeSeries([(0, 1.0), (1, 2.0), (2, None), (10, 5.0), (10.5, 7.0)])
    result = rolling_aggregate(series, 2, Aggregation.MAX)
    assert result.timestamps == [0, 1, 10, 10.5]
    assert result.values == [1.0, 2.0, 5.0, 7.0]


def test_rolling_duration_validation(ramp):
    with pytest.raises(TimeSeriesError, match="duration"):
        rolling_aggregate(ramp, 0)
