"""Time series of (timestamp, value) points: smoothing, resampling, gaps, anomalies."""

from .anomaly import Anomaly, rolling_zscore_anomalies, zscore_anomalies, zscores
from .errors import EmptySeriesError, MissingValueError, OrderError, TimeSeriesError
from .gaps import EdgePolicy, find_gaps, interpolate_at, interpolate_missing, regularize
from .resample import Aggregation, bucket_start, resample, rolling_aggregate
from .series import Point, TimeSeries
from .smoothing import (
    cumulative_average,
    exponential_moving_average,
    linear_weights,
    simple_moving_average,
    smoothing_factor,
    weighted_moving_average,
)
from .transform import cumulative_sum, difference, percent_change, rate_of_change
