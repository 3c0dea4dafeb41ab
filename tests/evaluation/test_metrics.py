"""Ranking and calibration metrics, checked against examples computed by hand."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from tflm.evaluation.metrics import (
    CaseResult,
    ReliabilityBin,
    average_precision,
    brier_score,
    exam,
    expected_calibration_error,
    line_labels,
    reliability_table,
    score_case,
    summarize,
    tied_rank,
    top_k,
)
from tflm.types import LineId


def L(line: int) -> LineId:
    return LineId("pkg/mod.py", line)


# Positions when sorted by score: L1 -> 1, L2 -> 2, L3..L6 tied at 3..6 (average 4.5), L7 -> 7.
TIED = {L(1): 0.9, L(2): 0.8, L(3): 0.5, L(4): 0.5, L(5): 0.5, L(6): 0.5, L(7): 0.1}


# --- tied_rank -------------------------------------------------------------------------------


@pytest.mark.parametrize("target", [3, 4, 5, 6])
def test_tied_group_of_four_from_position_three_ranks_4_5(target: int) -> None:
    assert tied_rank(TIED, [L(target)]) == 4.5


def test_untied_lines_keep_their_position() -> None:
    assert tied_rank(TIED, [L(1)]) == 1.0
    assert tied_rank(TIED, [L(2)]) == 2.0
    assert tied_rank(TIED, [L(7)]) == 7.0


def test_best_ranked_of_several_targets_counts() -> None:
    assert tied_rank(TIED, [L(7), L(4)]) == 4.5
    assert tied_rank(TIED, [L(7), L(2), L(5)]) == 2.0


def test_order_of_the_mapping_does_not_matter() -> None:
    shuffled = dict(reversed(list(TIED.items())))
    assert tied_rank(shuffled, [L(4)]) == 4.5


def test_omission_case_counts_every_listed_line() -> None:
    # A missing statement between lines 6 and 7: both neighbours are targets.
    assert tied_rank(TIED, [L(6), L(7)]) == 4.5
    assert average_precision(TIED, [L(6), L(7)]) == pytest.approx((1 / 4.5 + 2 / 7) / 2)


def test_plus_infinity_ranks_first_and_ties_with_itself() -> None:
    scores = {L(1): math.inf, L(2): math.inf, L(3): 1e308, L(4): -math.inf}
    assert tied_rank(scores, [L(1)]) == 1.5
    assert tied_rank(scores, [L(3)]) == 3.0
    assert tied_rank(scores, [L(4)]) == 4.0


def test_single_infinite_score_ranks_first() -> None:
    assert tied_rank({L(1): 0.99, L(2): math.inf}, [L(2)]) == 1.0


def test_nan_score_is_rejected_naming_the_line() -> None:
    with pytest.raises(ValueError, match=r"NaN.*pkg/mod.py:2"):
        tied_rank({L(1): 0.5, L(2): math.nan}, [L(1)])


def test_target_not_ranked_is_found_after_every_ranked_line() -> None:
    assert tied_rank(TIED, [L(99)]) == 8.0  # n = 7 ranked lines -> n + 1
    assert tied_rank({}, [L(1)]) == 1.0


def test_unranked_target_does_not_hide_a_ranked_one() -> None:
    assert tied_rank(TIED, [L(99), L(2)]) == 2.0


def test_duplicate_targets_count_once() -> None:
    assert tied_rank(TIED, [L(4), L(4)]) == 4.5
    assert average_precision(TIED, [L(2), L(2)]) == pytest.approx(0.5)


def test_no_targets_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one bug line"):
        tied_rank(TIED, [])


def test_integer_scores_are_accepted() -> None:
    assert tied_rank({L(1): 3, L(2): 3, L(3): 1}, [L(3)]) == 3.0


# --- exam and top-k --------------------------------------------------------------------------


def test_exam_is_rank_over_ranked_lines() -> None:
    assert exam(3.0, 10) == pytest.approx(0.3)
    assert exam(4.5, 9) == pytest.approx(0.5)
    assert exam(10.0, 10) == 1.0


def test_exam_is_capped_at_one_for_an_unranked_bug() -> None:
    assert exam(11.0, 10) == 1.0
    assert exam(1.0, 0) == 1.0


@pytest.mark.parametrize(("rank", "n_ranked"), [(0.0, 10), (0.5, 10), (math.nan, 10), (1.0, -1)])
def test_exam_rejects_impossible_arguments(rank: float, n_ranked: int) -> None:
    with pytest.raises(ValueError):
        exam(rank, n_ranked)


def test_top_k_counts_ranks_at_most_k() -> None:
    ranks = [1.0, 3.0, 4.5, 10.0, 11.0]
    assert top_k(ranks, 1) == 1
    assert top_k(ranks, 3) == 2
    assert top_k(ranks, 4) == 2  # 4.5 is not within the top 4
    assert top_k(ranks, 5) == 3
    assert top_k(ranks, 10) == 4
    assert top_k([], 5) == 0


def test_top_k_rejects_k_below_one() -> None:
    with pytest.raises(ValueError, match="k must be"):
        top_k([1.0], 0)


# --- average precision -----------------------------------------------------------------------


def test_average_precision_with_ties_by_hand() -> None:
    scores = {L(1): 0.9, L(2): 0.8, L(3): 0.8, L(4): 0.1}
    # L2 is tied with L3 at positions 2..3 -> 2.5; L4 is 4th. AP = (1/2.5 + 2/4) / 2.
    assert average_precision(scores, [L(2), L(4)]) == pytest.approx(0.45)


def test_average_precision_targets_tied_at_the_top_is_perfect() -> None:
    scores = {L(1): 1.0, L(2): 1.0, L(3): 0.0}
    # Both at 1.5: (1/1.5 + 2/1.5) / 2 = 1.
    assert average_precision(scores, [L(1), L(2)]) == pytest.approx(1.0)


def test_average_precision_target_tied_with_a_non_target() -> None:
    scores = {L(1): 1.0, L(2): 1.0, L(3): 0.0}
    assert average_precision(scores, [L(1)]) == pytest.approx(1 / 1.5)


def test_unranked_target_contributes_zero_but_counts() -> None:
    assert average_precision(TIED, [L(1), L(99)]) == pytest.approx(0.5)
    assert average_precision(TIED, [L(99)]) == 0.0


def test_average_precision_stays_within_zero_and_one_under_heavy_ties() -> None:
    rng = random.Random(7)
    for _ in range(200):
        n = rng.randint(1, 12)
        scores = {L(i): float(rng.randint(0, 2)) for i in range(n)}
        targets = rng.sample(sorted(scores), rng.randint(1, n))
        assert 0.0 < average_precision(scores, targets) <= 1.0 + 1e-12


# --- calibration -----------------------------------------------------------------------------


def test_brier_score_by_hand() -> None:
    # ((0.9-1)^2 + (0.2-0)^2 + (0.5-1)^2) / 3 = (0.01 + 0.04 + 0.25) / 3
    assert brier_score([0.9, 0.2, 0.5], [1, 0, 1]) == pytest.approx(0.1)
    assert brier_score(np.array([1.0, 0.0]), np.array([True, False])) == 0.0


def test_reliability_table_and_ece_by_hand() -> None:
    probs, labels = [0.1, 0.3, 0.4, 0.8], [0, 1, 0, 1]
    # Bin [0, .5): 3 lines, mean p 0.8/3, rate 1/3. Bin [.5, 1]: 1 line, mean p 0.8, rate 1.
    table = reliability_table(probs, labels, n_bins=2)
    assert [(b.lower, b.upper, b.count) for b in table] == [(0.0, 0.5, 3), (0.5, 1.0, 1)]
    assert table[0].mean_predicted == pytest.approx(0.8 / 3)
    assert table[0].observed_rate == pytest.approx(1 / 3)
    assert table[1] == ReliabilityBin(0.5, 1.0, 1, 0.8, 1.0)
    # ECE = 3/4 * |0.8/3 - 1/3| + 1/4 * |0.8 - 1| = 0.05 + 0.05
    assert expected_calibration_error(probs, labels, n_bins=2) == pytest.approx(0.1)


def test_reliability_table_leaves_out_empty_bins_and_puts_one_in_the_last_bin() -> None:
    table = reliability_table([0.05, 0.95, 1.0], [0, 1, 1])
    assert [(b.lower, b.upper, b.count) for b in table] == [(0.0, 0.1, 1), (0.9, 1.0, 2)]
    assert table[1].mean_predicted == pytest.approx(0.975)


def test_bin_edges_belong_to_the_upper_bin() -> None:
    table = reliability_table([0.0, 0.25, 0.5, 0.75], [0, 0, 1, 1], n_bins=4)
    assert [b.count for b in table] == [1, 1, 1, 1]
    assert [b.lower for b in table] == [0.0, 0.25, 0.5, 0.75]


def test_perfectly_calibrated_bins_have_zero_ece() -> None:
    probs = [0.25] * 4 + [0.75] * 4
    labels = [1, 0, 0, 0, 1, 1, 1, 0]
    assert expected_calibration_error(probs, labels) == pytest.approx(0.0)


@pytest.mark.parametrize(
    ("probs", "labels", "message"),
    [
        ([0.5, 1.5], [0, 1], r"\[0, 1\]"),
        ([0.5, math.nan], [0, 1], r"\[0, 1\]"),
        ([0.5, 0.5], [0, 2], "Labels must be 0"),
        ([0.5], [0, 1], "same length"),
        ([], [], "at least one line"),
    ],
)
def test_calibration_rejects_bad_input(
    probs: list[float], labels: list[int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        brier_score(probs, labels)
    with pytest.raises(ValueError, match=message):
        expected_calibration_error(probs, labels)


def test_zero_bins_is_an_error() -> None:
    with pytest.raises(ValueError, match="bins"):
        reliability_table([0.5], [1], n_bins=0)


# --- one case --------------------------------------------------------------------------------


def test_line_labels_follow_the_score_order() -> None:
    p, y = line_labels({L(3): 0.2, L(1): 0.7, L(2): 0.1}, [L(1), L(99)])
    assert p.tolist() == [0.2, 0.7, 0.1]
    assert y.tolist() == [0.0, 1.0, 0.0]


def test_score_case_probabilistic() -> None:
    scores = {L(1): 0.6, L(2): 0.3, L(3): 0.1, L(4): 0.0}
    result = score_case("c1", "tflm", scores, [L(2)], probabilistic=True, seconds={"rank": 0.5})
    assert (result.rank, result.n_ranked, result.exam) == (2.0, 4, 0.5)
    assert result.average_precision == pytest.approx(0.5)
    # (0.36 + 0.49 + 0.01 + 0) / 4
    assert result.brier == pytest.approx(0.215)
    # Bins (10 equal): {0.0}, {0.1}, {0.3: bug}, {0.6}: |0-0| + |0.1-0| + |0.3-1| + |0.6-0|, / 4
    assert result.ece == pytest.approx((0.0 + 0.1 + 0.7 + 0.6) / 4)
    assert result.seconds == {"rank": 0.5}


def test_score_case_formula_has_no_calibration() -> None:
    result = score_case("c1", "ochiai", {L(1): 3.0, L(2): 7.0}, [L(9)], probabilistic=False)
    assert (result.rank, result.exam, result.average_precision) == (3.0, 1.0, 0.0)
    assert result.brier is None and result.ece is None


# --- summarize -------------------------------------------------------------------------------


def _results() -> list[CaseResult]:
    def r(
        case: str, method: str, rank: float, n: int, ap: float, seconds: dict[str, float]
    ) -> CaseResult:
        return CaseResult(case, method, rank, n, exam(rank, n), ap, seconds=seconds)

    return [
        r("c1", "tflm", 1.0, 10, 1.0, seconds={"tests": 2.0, "rank": 1.0}),
        r("c1", "ochiai", 2.0, 10, 0.5, seconds={"tests": 2.0}),
        r("c2", "tflm", 4.5, 10, 0.4, seconds={"tests": 4.0, "rank": 3.0}),
        r("c2", "ochiai", 3.0, 10, 1 / 3, seconds={"tests": 4.0}),
        r("c3", "tflm", 12.0, 20, 0.1, seconds={"tests": 6.0, "rank": 2.0}),
        r("c3", "ochiai", 21.0, 20, 0.0, seconds={"tests": 6.0}),
    ]


def test_summarize_three_cases_two_methods_by_hand() -> None:
    pooled = {"tflm": (np.array([0.9, 0.2, 0.5]), np.array([1.0, 0.0, 1.0]))}
    tflm, ochiai = summarize(_results(), pooled)

    assert (tflm.method, tflm.n_cases) == ("tflm", 3)
    # ranks 1, 4.5, 12
    assert (tflm.top1, tflm.top3, tflm.top5, tflm.top10) == (1, 1, 2, 2)
    assert tflm.top1_pct == pytest.approx(100 / 3)
    assert tflm.top5_pct == pytest.approx(200 / 3)
    assert tflm.mean_rank == pytest.approx(17.5 / 3)
    assert tflm.median_rank == 4.5
    assert tflm.mean_exam == pytest.approx((0.1 + 0.45 + 0.6) / 3)
    assert tflm.map == pytest.approx(1.5 / 3)
    assert tflm.brier == pytest.approx(0.1)
    assert tflm.ece is not None and tflm.reliability is not None
    assert sum(b.count for b in tflm.reliability) == 3
    assert tflm.mean_seconds == {"tests": pytest.approx(4.0), "rank": pytest.approx(2.0)}

    # ranks 2, 3, 21 (not ranked: n + 1 with n = 20)
    assert (ochiai.top1, ochiai.top3, ochiai.top5, ochiai.top10) == (0, 2, 2, 2)
    assert ochiai.top3_pct == pytest.approx(200 / 3)
    assert ochiai.mean_exam == pytest.approx((0.2 + 0.3 + 1.0) / 3)
    assert ochiai.median_rank == 3.0
    assert ochiai.map == pytest.approx((0.5 + 1 / 3) / 3)
    assert ochiai.brier is None and ochiai.ece is None and ochiai.reliability is None


def test_summarize_without_pooled_probabilities() -> None:
    assert all(s.brier is None and s.ece is None for s in summarize(_results(), None))
    assert summarize([], None) == []


def test_summarize_rejects_a_case_scored_twice() -> None:
    results = _results()
    with pytest.raises(ValueError, match=r"'tflm' has two results for case 'c2'"):
        summarize([*results, results[2]])
