import math

import pytest

from timeseries import (
    Anomaly,
    EmptySeriesError,
    TimeSeries,
    TimeSeriesError,
    rolling_zscore_anomalies,
    zscore_anomalies,
    zscores,
)


def test_zscores_population():
    series = TimeSeries.from_values([2, 4, 4, 4, 5, 5, 7, 9])
    assert zscores(series, sample=False).values == [-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0]


def test_zscores_keep_missing():
    series = TimeSeries([(0, 1.0), (1, None), (2, 3.0), (3, 2.0)])
    assert zscores(series).values == [-1.0, None, 1.0, 0.0]


def test_zscores_errors():
    with pytest.raises(EmptySeriesError, match="two present values"):
        zscores(TimeSeries([(0, 1.0), (1, None)]))
    with pytest.raises(TimeSeriesError, match="constant"):
        zscores(TimeSeries.from_values([3, 3, 3]))


def test_global_anomalies(spiky):
    found = zscore_anomalies(spiky, threshold=2)
    assert len(found) == 1
    assert (found[0].timestamp, found[0].value) == (6, 30)
    assert found[0].score == pytest.approx(2.6591981597025502)
    assert found[0].direction == "high"
    assert zscore_anomalies(spiky, threshold=3) == []


def test_global_anomalies_low_direction():
    series = TimeSeries.from_values([10, 10, 10, 10, 10, 10, 10, 10, 10, -50])
    found = zscore_anomalies(series, threshold=2.5, sample=False)
    assert [a.timestamp for a in found] == [9]
    assert found[0].direction == "low"
    assert found[0].score == -3.0


def test_global_anomalies_skip_missing():
    series = TimeSeries([(0, 0.0), (1, None), (2, 0.0), (3, 0.0), (4, 0.0), (5, 0.0), (6, 10.0)])
    found = zscore_anomalies(series, threshold=2)
    assert [a.timestamp for a in found] == [6]


def test_rolling_anomalies(spiky):
    found = rolling_zscore_anomalies(spiky, window=4, threshold=3)
    assert [a.timestamp for a in found] == [6]
    assert found[0].score == pytest.approx(math.sqrt(600))


def test_rolling_after_spike_recovers():
    series = TimeSeries.from_values([1, 2, 1, 2, 50, 1, 2, 1, 2, 1, 2])
    found = rolling_zscore_anomalies(series, window=3, threshold=3)
    assert [a.timestamp for a in found] == [4]


def test_rolling_flat_window():
    series = TimeSeries.from_values([5, 5, 5, 5, 6, 5, 5, 5, 5])
    found = rolling_zscore_anomalies(series, window=3, threshold=3)
    assert found == [Anomaly(4, 6, math.inf)]
    dropping = TimeSeries.from_values([5, 5, 4])
    assert rolling_zscore_anomalies(dropping, window=2) == [Anomaly(2, 4, -math.inf)]


def test_rolling_skips_missing():
    series = TimeSeries([(0, 1.0), (1, 2.0), (2, None), (3, 1.0), (4, 40.0)])
    found = rolling_zscore_anomalies(series, window=3, threshold=3)
    assert [a.timestamp for a in found] == [4]


def test_rolling_short_series_has_no_anomalies():
    assert rolling_zscore_anomalies(TimeSeries.from_values([1, 100]), window=2) == []


@pytest.mark.parametrize(
    "kwargs, message",
    [({"window": 1}, "window must be at least 2"), ({"window": 3, "threshold": 0}, "threshold")],
)
def test_rolling_validation(spiky, kwargs, message):
    with pytest.raises(TimeSeriesError, match=message):
        rolling_zscore_anomalies(spiky, **kwargs)


def test_global_threshold_validation(spiky):
    with pytest.raises(TimeSeriesError, match="threshold"):
        zscore_anomalies(spiky, threshold=-1)
