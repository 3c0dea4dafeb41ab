import pytest

from histobin import HistogramError, count_edges, fixed_width_edges, sqrt_bins, sturges_bins


@pytest.mark.parametrize("n, expected", [(1, 1), (2, 2), (8, 4), (9, 5), (100, 8), (1000, 11)])
def test_sturges(n, expected):
    assert sturges_bins(n) == expected


@pytest.mark.parametrize("n, expected", [(1, 1), (4, 2), (5, 3), (100, 10), (101, 11)])
def test_sqrt_rule(n, expected):
    assert sqrt_bins(n) == expected


@pytest.mark.parametrize("rule", [sturges_bins, sqrt_bins])
def test_rules_need_data(rule):
    with pytest.raises(HistogramError, match="at least one observation"):
        rule(0)


def test_count_edges():
    assert count_edges(0, 10, 4) == [0.0, 2.5, 5.0, 7.5, 10]
    assert count_edges(-1, 1, 1) == [-1, 1]


def test_count_edges_last_edge_is_exact():
    edges = count_edges(0, 1, 3)
    assert edges[-1] == 1
    assert edges[1] == pytest.approx(1 / 3)


def test_count_edges_degenerate_range():
    assert count_edges(5, 5, 2) == [4.5, 5.0, 5.5]


@pytest.mark.parametrize(
    "lo, hi, bins, message",
    [(0, 1, 0, "at least 1"), (2, 1, 3, "reversed")],
)
def test_count_edges_errors(lo, hi, bins, message):
    with pytest.raises(HistogramError, match=message):
        count_edges(lo, hi, bins)


@pytest.mark.parametrize(
    "lo, hi, width, anchor, expected",
    [
        (0, 10, 2.5, 0, [0.0, 2.5, 5.0, 7.5, 10.0]),
        (1, 9, 2.5, 0, [0.0, 2.5, 5.0, 7.5, 10.0]),
        (5, 5, 2, 0, [4, 6]),
        (4, 4, 2, 0, [4, 6]),
        (-3, 2, 2, 0, [-4, -2, 0, 2]),
        (3, 7, 5, 1, [1, 6, 11]),
    ],
)
def test_fixed_width_edges(lo, hi, width, anchor, expected):
    assert fixed_width_edges(lo, hi, width, anchor) == expected


def test_fixed_width_edges_absorb_float_noise():
    edges = fixed_width_edges(0.3, 0.9, 0.1)
    assert len(edges) == 7
    assert edges[0] == 0.3
    assert edges[-1] == 0.9


@pytest.mark.parametrize(
    "lo, hi, width, message",
    [(0, 1, 0, "positive"), (0, 1, -1, "positive"), (1, 0, 1, "reversed")],
)
def test_fixed_width_errors(lo, hi, width, message):
    with pytest.raises(HistogramError, match=message):
        fixed_width_edges(lo, hi, width)
