import pytest

from descstats import DescStatsError, EmptyDataError, central_moment, kurtosis, skewness


def test_central_moments(classic):
    assert central_moment(classic, 1) == 0.0
    assert central_moment(classic, 2) == 4.0
    assert central_moment(classic, 3) == pytest.approx(5.25)


def test_central_moment_order_validation():
    with pytest.raises(DescStatsError, match="order"):
        central_moment([1, 2], 0)


def test_skewness_biased(skewed):
    assert skewness(skewed) == pytest.approx(1.1384199576606167)


def test_skewness_unbiased(skewed):
    assert skewness(skewed, bias=False) == pytest.approx(1.6970562748477143)


def test_symmetric_data_has_zero_skew():
    assert skewness([1, 2, 3, 4, 5]) == 0.0
    assert skewness([-3, -1, 1, 3], bias=False) == 0.0


def test_negative_skew():
    assert skewness([-10, -4, -3, -2, -1]) == pytest.approx(-1.1384199576606167)


@pytest.mark.parametrize(
    "bias, excess, expected",
    [
        (True, True, -0.212),
        (True, False, 2.788),
        (False, True, 3.152),
        (False, False, 6.152),
    ],
)
def test_kurtosis_variants(skewed, bias, excess, expected):
    assert kurtosis(skewed, bias=bias, excess=excess) == pytest.approx(expected)


def test_two_point_kurtosis():
    assert kurtosis([0, 1]) == pytest.approx(-2.0)


@pytest.mark.parametrize(
    "func, data, bias, needed",
    [
        (skewness, [1, 2], False, 3),
        (kurtosis, [1, 2, 3], False, 4),
        (skewness, [1], True, 2),
    ],
)
def test_minimum_sizes(func, data, bias, needed):
    with pytest.raises(EmptyDataError) as info:
        func(data, bias=bias)
    assert info.value.required == needed


@pytest.mark.parametrize("func", [skewness, kurtosis])
def test_constant_data_rejected(func):
    with pytest.raises(DescStatsError, match="constant"):
        func([4, 4, 4, 4, 4])
