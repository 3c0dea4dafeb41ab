import math

import pytest

from descstats import (
    DescStatsError,
    EmptyDataError,
    Summary,
    describe,
    iter_outliers,
    min_max_scale,
    zscore,
    zscores,
)


def test_zscore_single():
    assert zscore(13, 10, 2) == 1.5
    assert zscore(7, 10, 2) == -1.5


@pytest.mark.parametrize("scale", [0, -1])
def test_zscore_bad_scale(scale):
    with pytest.raises(DescStatsError, match="scale"):
        zscore(1, 0, scale)


def test_population_zscores(classic):
    assert zscores(classic, sample=False) == [-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0]


def test_sample_zscores():
    assert zscores([1, 2, 3]) == [-1.0, 0.0, 1.0]


def test_zscores_constant():
    with pytest.raises(DescStatsError, match="constant"):
        zscores([2, 2, 2])


def test_zscores_sample_needs_two():
    with pytest.raises(EmptyDataError):
        zscores([5])


def test_iter_outliers():
    data = [0.0] * 9 + [10.0]
    assert list(iter_outliers(data, threshold=2.5)) == [(9, 10.0)]
    assert list(iter_outliers(data)) == []


def test_iter_outliers_threshold_validation():
    with pytest.raises(DescStatsError, match="threshold"):
        list(iter_outliers([1, 2, 3], threshold=0))


def test_min_max_scale():
    assert min_max_scale([2, 4, 10]) == [0.0, 0.25, 1.0]
    assert min_max_scale([2, 4, 10], -1, 1) == [-1.0, -0.5, 1.0]
    assert min_max_scale([3, 3], 5, 6) == [5, 5]


def test_min_max_scale_bounds():
    with pytest.raises(DescStatsError, match="greater"):
        min_max_scale([1, 2], 1, 1)


def test_describe(classic):
    summary = describe(classic)
    assert summary == Summary(
        count=8,
        mean=5.0,
        stdev=math.sqrt(32 / 7),
        minimum=2.0,
        q1=4.0,
        median=4.5,
        q3=5.5,
        maximum=9.0,
    )
    assert summary.iqr == 1.5
    assert summary.range == 7.0


def test_describe_single_value():
    summary = describe([3])
    assert summary.stdev == 0.0
    assert summary.as_dict()["median"] == 3.0


def test_summary_format():
    text = describe([1, 2, 3, 4, 5]).format(digits=2)
    assert text.splitlines() == [
        "count   : 5",
        "mean    : 3.00",
        "stdev   : 1.58",
        "minimum : 1.00",
        "q1      : 2.00",
        "median  : 3.00",
        "q3      : 4.00",
        "maximum : 5.00",
    ]
