"""Descriptive statistics implemented without the ``statistics`` module."""

from .central import (
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
from .errors import DescStatsError, EmptyDataError, InvalidQuantileError, WeightError
from .quantiles import (
    QuantileMethod,
    five_number_summary,
    percentile,
    percentile_rank,
    quantile,
    quantiles,
)
from .shape import central_moment, kurtosis, skewness
from .spread import (
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
from .standardize import Summary, describe, iter_outliers, min_max_scale, zscore, zscores
from .weighted import (
    WeightKind,
    effective_sample_size,
    weighted_mean,
    weighted_median,
    weighted_stdev,
    weighted_variance,
)

