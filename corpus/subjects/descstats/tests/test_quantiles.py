import pytest

from descstats import (
    EmptyDataError,
    InvalidQuantileError,
    QuantileMethod,
    five_number_summary,
    percentile,
    percentile_rank,
    quantile,
    quantiles,
)


@pytest.mark.parametrize(
    "method, expected",
    [
        (QuantileMethod.LINEAR, [3.25, 5.5, 7.75, 1.9]),
        (QuantileMethod.LOWER, [3.0, 5.0, 7.0, 1.0]),
        (QuantileMethod.HIGHER, [4.0, 6.0, 8.0, 2.0]),
        (QuantileMethod.NEAREST, [3.0, 5.0, 8.0, 2.0]),
        (QuantileMethod.MIDPOINT, [3.5, 5.5, 7.5, 1.5]),
        (QuantileMethod.EXCLUSIVE, [2.75, 5.5, 8.25, 1.1]),
    ],
)
def test_methods(one_to_ten, method, expected):
    got = [quantile(one_to_ten, p, method) for p in (0.25, 0.5, 0.75, 0.1)]
    assert got == pytest.approx(expected)


@pytest.mark.parametrize("method", list(QuantileMethod))
def test_extremes_are_min_and_max(method):
    data = [9, 3, 5, 1, 7]
    assert quantile(data, 0.0, method) == 1.0
    assert quantile(data, 1.0, method) == 9.0


def test_exact_positions_do_not_interpolate():
    data = [10, 20, 30, 40, 50]
    assert quantile(data, 0.25, "higher") == 20.0
    assert quantile(data, 0.5, "midpoint") == 30.0


def test_nearest_rounds_half_to_even():
    data = [1, 2, 3, 4]
    assert quantile(data, 0.5, "nearest") == 3.0
    assert quantile(data, 1 / 6, "nearest") == 1.0
    assert quantile([1, 2, 3], 0.25, "nearest") == 1.0


def test_exclusive_clamps_to_ends():
    data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert quantile(data, 0.05, "exclusive") == 1.0
    assert quantile(data, 0.99, "exclusive") == 10.0


def test_method_by_name_case_insensitive():
    assert quantile([1, 2, 3, 4], 0.5, "LOWER") == 2.0


def test_unknown_method():
    with pytest.raises(InvalidQuantileError, match="unknown quantile method 'cubic'"):
        quantile([1, 2], 0.5, "cubic")


@pytest.mark.parametrize("p", [-0.01, 1.5])
def test_probability_out_of_range(p):
    with pytest.raises(InvalidQuantileError, match="probability"):
        quantile([1, 2, 3], p)


def test_single_value():
    assert quantile([42], 0.3) == 42.0


def test_empty():
    with pytest.raises(EmptyDataError):
        quantile([], 0.5)


def test_percentile(one_to_ten):
    assert percentile(one_to_ten, 90) == pytest.approx(9.1)
    assert percentile(one_to_ten, 50, "lower") == 5.0


def test_quantiles_quartiles_and_deciles(one_to_ten):
    assert quantiles(one_to_ten) == [3.25, 5.5, 7.75]
    assert quantiles([0, 10], n=5) == pytest.approx([2.0, 4.0, 6.0, 8.0])
    assert quantiles(one_to_ten, n=2, method="higher") == [6.0]


def test_quantiles_requires_two_groups():
    with pytest.raises(InvalidQuantileError, match="at least 2"):
        quantiles([1, 2, 3], n=1)


def test_five_number_summary():
    assert five_number_summary([7, 1, 3, 5, 9]) == (1.0, 3.0, 5.0, 7.0, 9.0)


@pytest.mark.parametrize("score, expected", [(0, 0.0), (3, 50.0), (2.5, 40.0), (5, 90.0), (6, 100.0)])
def test_percentile_rank(score, expected):
    assert percentile_rank([1, 2, 3, 4, 5], score) == expected
