import pytest

from timeseries import (
    MissingValueError,
    TimeSeries,
    TimeSeriesError,
    cumulative_average,
    exponential_moving_average,
    linear_weights,
    simple_moving_average,
    smoothing_factor,
    weighted_moving_average,
)


def test_sma(ramp):
    sma = simple_moving_average(ramp, 3)
    assert sma.timestamps == [20, 30, 40, 50]
    assert sma.values == [2.0, 3.0, 4.0, 5.0]
    assert sma.name == "ramp"


def test_sma_window_one_is_identity(ramp):
    assert simple_moving_average(ramp, 1).values == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]


def test_sma_window_equal_and_longer(ramp):
    assert simple_moving_average(ramp, 6).values == [3.5]
    assert len(simple_moving_average(ramp, 7)) == 0


def test_sma_uneven_values():
    series = TimeSeries.from_values([4, 8, 0, 2, 10])
    assert simple_moving_average(series, 2).values == [6.0, 4.0, 1.0, 6.0]


@pytest.mark.parametrize("window", [0, -1, 1.5, True])
def test_window_validation(ramp, window):
    with pytest.raises(TimeSeriesError, match="window must be a positive integer"):
        simple_moving_average(ramp, window)


def test_missing_values_rejected(gappy):
    with pytest.raises(MissingValueError):
        simple_moving_average(gappy, 2)
    with pytest.raises(MissingValueError):
        exponential_moving_average(gappy, alpha=0.5)


def test_linear_weights():
    assert linear_weights(3) == [1.0, 2.0, 3.0]


def test_wma(ramp):
    wma = weighted_moving_average(ramp, [1, 2, 3])
    assert wma.timestamps == [20, 30, 40, 50]
    assert wma.values == pytest.approx([14 / 6, 20 / 6, 26 / 6, 32 / 6])


def test_wma_newest_weight_dominates():
    series = TimeSeries.from_values([0, 0, 12])
    assert weighted_moving_average(series, [0, 0, 1]).values == [12.0]
    assert weighted_moving_average(series, [1, 0, 0]).values == [0.0]


@pytest.mark.parametrize("weights, message", [([], "empty"), ([1, -1], "sum to zero")])
def test_wma_validation(ramp, weights, message):
    with pytest.raises(TimeSeriesError, match=message):
        weighted_moving_average(ramp, weights)


@pytest.mark.parametrize(
    "alpha, span, expected",
    [(0.5, None, 0.5), (None, 3, 0.5), (None, 1, 1.0), (1.0, None, 1.0)],
)
def test_smoothing_factor(alpha, span, expected):
    assert smoothing_factor(alpha, span) == expected


@pytest.mark.parametrize(
    "alpha, span, message",
    [
        (None, None, "exactly one"),
        (0.5, 3, "exactly one"),
        (0.0, None, "alpha must be in"),
        (1.5, None, "alpha must be in"),
        (None, 0.5, "span must be at least 1"),
    ],
)
def test_smoothing_factor_errors(alpha, span, message):
    with pytest.raises(TimeSeriesError, match=message):
        smoothing_factor(alpha, span)


def test_ema_recursive(ramp):
    ema = exponential_moving_average(ramp, alpha=0.5)
    assert ema.values == [1, 1.5, 2.25, 3.125, 4.0625, 5.03125]
    assert ema.timestamps == ramp.timestamps


def test_ema_adjusted(ramp):
    ema = exponential_moving_average(ramp, alpha=0.5, adjust=True)
    assert ema.values == pytest.approx([1.0, 5 / 3, 17 / 7, 49 / 15, 129 / 31, 321 / 63])


def test_ema_alpha_one_tracks_input(ramp):
    assert exponential_moving_average(ramp, span=1).values == [1, 2, 3, 4, 5, 6]


def test_ema_empty():
    assert len(exponential_moving_average(TimeSeries(), alpha=0.3)) == 0


def test_cumulative_average():
    series = TimeSeries.from_values([2, 4, 9, 1])
    assert cumulative_average(series).values == [2.0, 3.0, 5.0, 4.0]
