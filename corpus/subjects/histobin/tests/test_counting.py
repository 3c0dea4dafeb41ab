import math

import pytest

from histobin import Closed, Histogram, HistogramError, histogram


def test_default_sturges(sample):
    h = histogram(sample)
    assert h.bin_count == 5
    assert h.counts == [3, 5, 1, 0, 1]
    assert h.edges == pytest.approx((1.0, 2.6, 4.2, 5.8, 7.4, 9.0))


def test_four_bins(four_bins):
    assert four_bins.edges == (1.0, 3.0, 5.0, 7.0, 9.0)
    assert four_bins.counts == [3, 5, 1, 1]
    assert four_bins.total == 10
    assert four_bins.widths == [2.0, 2.0, 2.0, 2.0]
    assert four_bins.centers == [2.0, 4.0, 6.0, 8.0]


def test_sqrt_rule(sample):
    assert histogram(sample, bins="sqrt").counts == [3, 5, 1, 1]


def test_fixed_width(sample):
    h = histogram(sample, width=2)
    assert h.edges == (0.0, 2.0, 4.0, 6.0, 8.0, 10.0)
    assert h.counts == [1, 5, 3, 0, 1]


def test_explicit_edges_with_out_of_range(sample):
    h = histogram(sample, bins=[2, 4, 5])
    assert h.counts == [5, 3]
    assert h.underflow == 1
    assert h.overflow == 1
    assert h.total == 8


def test_value_range(sample):
    h = histogram(sample, bins=2, value_range=(0, 4))
    assert h.edges == (0.0, 2.0, 4.0)
    assert h.counts == [1, 7]
    assert h.overflow == 2


@pytest.mark.parametrize(
    "value, expected",
    [(-0.1, None), (0.0, 0), (0.5, 0), (1.0, 1), (2.999, 2), (3.0, 2), (3.1, None)],
)
def test_bin_index_left_closed(unit_edges, value, expected):
    assert Histogram(unit_edges).bin_index(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [(-0.1, None), (0.0, 0), (0.5, 0), (1.0, 0), (1.5, 1), (2.0, 1), (3.0, 2), (3.1, None)],
)
def test_bin_index_right_closed(right_closed, value, expected):
    assert right_closed.bin_index(value) == expected


def test_closed_side_changes_counts(unit_edges):
    data = [0, 1, 1, 2, 3]
    assert histogram(data, bins=unit_edges).counts == [1, 2, 2]
    assert histogram(data, bins=list(unit_edges), closed=Closed.RIGHT).counts == [3, 1, 1]


def test_add_with_weight(unit_edges):
    h = Histogram(unit_edges)
    h.add(0.5, weight=3)
    h.add(-1, weight=2)
    h.add(7)
    assert h.counts == [3, 0, 0]
    assert (h.underflow, h.overflow) == (2, 1)


@pytest.mark.parametrize("bad, message", [("1", "non-numeric"), (True, "non-numeric"), (math.nan, "NaN")])
def test_add_rejects(unit_edges, bad, message):
    with pytest.raises(HistogramError, match=message):
        Histogram(unit_edges).add(bad)


@pytest.mark.parametrize(
    "edges, message",
    [
        ((1.0,), "at least two edges"),
        ((0.0, 0.0, 1.0), "strictly increasing"),
        ((2.0, 1.0), "strictly increasing"),
        ((0.0, math.inf), "finite"),
        ((math.nan, 1.0), "finite"),
    ],
)
def test_invalid_edges(edges, message):
    with pytest.raises(HistogramError, match=message):
        Histogram(edges)


def test_counts_length_checked(unit_edges):
    with pytest.raises(HistogramError, match="expected 3 counts for 4 edges, got 2"):
        Histogram(unit_edges, counts=[1, 2])
    assert Histogram(unit_edges, counts=[1, 2, 3]).total == 6


def test_histogram_spec_errors(sample):
    with pytest.raises(HistogramError, match="unknown bin specification 'fd'"):
        histogram(sample, bins="fd")
    with pytest.raises(HistogramError, match="unknown bin specification True"):
        histogram(sample, bins=True)
    with pytest.raises(HistogramError, match="empty data"):
        histogram([])


def test_empty_data_with_range():
    h = histogram([], bins=2, value_range=(0, 1))
    assert h.counts == [0, 0]


def test_constant_data():
    h = histogram([3, 3, 3], bins=2)
    assert h.edges == (2.5, 3.0, 3.5)
    assert h.counts == [0, 3]


def test_merge(unit_edges):
    a = histogram([0.5, 1.5, 9], bins=unit_edges)
    b = histogram([1.2, -4, 2.5], bins=list(unit_edges))
    merged = a.merge(b)
    assert merged.counts == [1, 2, 1]
    assert (merged.underflow, merged.overflow) == (1, 1)
    assert a.counts == [1, 1, 0]


def test_merge_incompatible(unit_edges, right_closed):
    with pytest.raises(HistogramError, match="identical bins"):
        Histogram(unit_edges).merge(right_closed)
    with pytest.raises(HistogramError, match="identical bins"):
        Histogram(unit_edges).merge(Histogram((0.0, 1.0)))
