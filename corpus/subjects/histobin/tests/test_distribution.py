import pytest

from histobin import Histogram, HistogramError, histogram


def test_probabilities(four_bins):
    assert four_bins.probabilities() == [0.3, 0.5, 0.1, 0.1]


def test_densities(four_bins):
    assert four_bins.densities() == [0.15, 0.25, 0.05, 0.05]
    assert sum(d * w for d, w in zip(four_bins.densities(), four_bins.widths)) == pytest.approx(1.0)


def test_densities_uneven_widths():
    h = histogram([0.5, 1.5, 2, 3.5], bins=[0, 1, 4])
    assert h.densities() == [0.25, 0.25]


def test_cumulative(four_bins):
    assert four_bins.cumulative_counts() == [3, 8, 9, 10]
    assert four_bins.cdf() == [0.3, 0.8, 0.9, 1.0]


def test_out_of_range_excluded_from_distribution():
    h = histogram([-5, 0.5, 1.5, 1.5, 50], bins=[0, 1, 2])
    assert h.probabilities() == [1 / 3, 2 / 3]
    assert h.cdf() == [1 / 3, 1.0]


@pytest.mark.parametrize(
    "x, expected",
    [(0, 0.0), (1, 0.0), (2, 0.15), (3, 0.3), (4, 0.55), (6, 0.85), (9, 1.0), (12, 1.0)],
)
def test_cdf_at(four_bins, x, expected):
    assert four_bins.cdf_at(x) == pytest.approx(expected)


@pytest.mark.parametrize(
    "q, expected",
    [(0, 1.0), (15, 2.0), (30, 3.0), (50, 3.8), (80, 5.0), (90, 7.0), (95, 8.0), (100, 9.0)],
)
def test_percentile(four_bins, q, expected):
    assert four_bins.percentile(q) == pytest.approx(expected)


def test_percentile_skips_empty_bins():
    h = Histogram((0.0, 1.0, 2.0, 3.0), counts=[0, 4, 0])
    assert h.percentile(0) == 1.0
    assert h.percentile(50) == 1.5
    assert h.percentile(100) == 2.0


def test_percentile_is_inverse_of_cdf(four_bins):
    for q in (10, 37, 62, 99):
        assert four_bins.cdf_at(four_bins.percentile(q)) == pytest.approx(q / 100)


@pytest.mark.parametrize("q", [-1, 100.5])
def test_percentile_range(four_bins, q):
    with pytest.raises(HistogramError, match=r"within \[0, 100\]"):
        four_bins.percentile(q)


@pytest.mark.parametrize(
    "method",
    ["probabilities", "densities", "cdf", "mode_bin"],
)
def test_empty_histogram_has_no_distribution(method):
    with pytest.raises(HistogramError, match="no in-range values"):
        getattr(Histogram((0.0, 1.0)), method)()


def test_empty_histogram_cdf_at_and_percentile():
    empty = Histogram((0.0, 1.0))
    with pytest.raises(HistogramError):
        empty.cdf_at(0.5)
    with pytest.raises(HistogramError):
        empty.percentile(50)


def test_mode_bin(four_bins):
    assert four_bins.mode_bin() == (3.0, 5.0)
    tie = Histogram((0.0, 1.0, 2.0, 3.0), counts=[1, 4, 4])
    assert tie.mode_bin() == (1.0, 2.0)


def test_render(four_bins):
    assert four_bins.render(width=10) == "\n".join(
        [
            "[1, 3) ###### 3",
            "[3, 5) ########## 5",
            "[5, 7) ## 1",
            "[7, 9) ## 1",
        ]
    )


def test_render_right_closed_and_empty_bins(right_closed):
    right_closed.extend([0.5, 2.5, 2.7])
    assert right_closed.render(width=4, mark="*").splitlines() == [
        "(0, 1] ** 1",
        "(1, 2] 0",
        "(2, 3] **** 2",
    ]


def test_render_all_empty():
    assert Histogram((0.0, 0.5)).render() == "[0, 0.5) 0"


def test_render_width_validation(four_bins):
    with pytest.raises(HistogramError, match="at least 1"):
        four_bins.render(width=0)
