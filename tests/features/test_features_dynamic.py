"""Spectrum and traceback features of lines, checked against hand-computed values."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from feature_helpers import build, failed, line_features, line_value, passed, program_features

from tflm.features import build_features
from tflm.features.dynamic import SPECTRUM_NAMES, gap_to_best, rank_percentile

SOURCE = """
def f(x):
    a = x + 1
    if a > 3:
        a = a * 2
    return a
"""


def test_rank_percentile_averages_ties_and_puts_the_best_at_one():
    scores = np.array([3.0, 1.0, 3.0, 2.0])
    assert rank_percentile(scores).tolist() == [3.5 / 4, 1 / 4, 3.5 / 4, 2 / 4]


def test_rank_percentile_of_one_line_and_of_all_tied_lines():
    assert rank_percentile(np.array([0.3])).tolist() == [1.0]
    assert rank_percentile(np.full(4, 0.5)).tolist() == [5 / 8] * 4
    assert rank_percentile(np.zeros(0)).shape == (0,)


def test_rank_percentile_ranks_infinity_first():
    assert rank_percentile(np.array([np.inf, 2.0, np.inf])).tolist() == [2.5 / 3, 1 / 3, 2.5 / 3]


def test_gap_to_best_is_normalized_by_the_range_and_zero_when_all_tie():
    assert gap_to_best(np.array([3.0, 1.0, 2.0])).tolist() == [0.0, 1.0, 0.5]
    assert gap_to_best(np.full(3, 7.0)).tolist() == [0.0, 0.0, 0.0]


def five_tests(tmp_path: Path, copies: int = 1):
    """Three failing and two passing tests (each repeated ``copies`` times) over lines 2-5 of f."""
    runs = {
        "f1": [2, 3, 4, 5],
        "f2": [2, 3, 4, 5],
        "f3": [2, 3, 4],
        "p1": [2, 3, 5],
        "p2": [2, 3],
    }
    coverage = {f"{t}_{k}": [("m.py", l) for l in lines] for t, lines in runs.items() for k in range(copies)}
    outcomes = [(failed if t.startswith("f") else passed)(t) for t in coverage]
    return build_features(build(tmp_path, {"m.py": SOURCE}, coverage, outcomes))


def test_spectrum_features_by_hand(tmp_path):
    table = five_tests(tmp_path)
    l2, l4, l5 = (line_features(table, "m.py", n) for n in (2, 4, 5))
    assert (l2["ef_share"], l2["ep_share"], l5["ef_share"], l5["ep_share"]) == (1.0, 1.0, 2 / 3, 0.5)
    assert (l2["all_failing"], l4["all_failing"], l5["all_failing"]) == (1.0, 1.0, 0.0)
    assert (l2["no_passing"], l4["no_passing"], l5["no_passing"]) == (0.0, 1.0, 0.0)
    assert l2["ochiai"] == pytest.approx(3 / math.sqrt(15))
    assert (l4["ochiai"], l5["ochiai"]) == (1.0, pytest.approx(2 / 3))
    # Four lines; lines 2 and 3 tie on Ochiai.
    assert (l5["ochiai_pct"], l2["ochiai_pct"], l4["ochiai_pct"]) == (0.25, 2.5 / 4, 1.0)
    assert l2["ochiai_gap"] == pytest.approx((1 - 3 / math.sqrt(15)) / (1 - 2 / 3))
    assert (l4["ochiai_gap"], l5["ochiai_gap"]) == (0.0, 1.0)
    assert l4["tarantula"] == 1.0 and l2["tarantula"] == 0.5


def test_dstar_is_ranked_with_infinity_on_top_and_its_gap_stays_bounded(tmp_path):
    table = five_tests(tmp_path)
    l2, l4, l5 = (line_features(table, "m.py", n) for n in (2, 4, 5))
    # DStar: line 4 is +inf (ef = F, ep = 0); line 2: 9 / 2; line 5: 4 / 2.
    assert (l4["dstar_pct"], l2["dstar_pct"], l5["dstar_pct"]) == (1.0, 2.5 / 4, 0.25)
    # Bounded form u / (1 + u), u = ef^2 / ((ep + nf) F): 1, 0.6 and 0.4.
    assert (l4["dstar_gap"], l5["dstar_gap"]) == (0.0, 1.0)
    assert l2["dstar_gap"] == pytest.approx((1 - 0.6) / (1 - 0.4))
    assert np.isfinite(table.X_line).all()


def test_spectrum_features_do_not_change_when_every_test_is_repeated(tmp_path):
    once = five_tests(tmp_path / "once")
    thrice = five_tests(tmp_path / "thrice", copies=3)
    # Op2's gap is left out: ef - ep / (P + 1) is not exactly homogeneous in the counts.
    names = [n for n in SPECTRUM_NAMES if n != "op2_gap"]
    cols = [once.line_names.index(n) for n in names]
    np.testing.assert_allclose(once.X_line[:, cols], thrice.X_line[:, cols], rtol=1e-12, atol=1e-12)


TRACE_SOURCE = """
def outer(x):
    y = middle(x)
    return y


def middle(x):
    z = inner(x)
    assert z >= 0
    return z


def inner(x):
    if x < 0:
        raise ValueError(x)
    return x - 10
"""


def test_traceback_features_by_hand(tmp_path):
    coverage = {
        "t_raise": [("m.py", l) for l in (2, 7, 13, 14)],
        "t_assert": [("m.py", l) for l in (2, 7, 8, 13, 15)],
        "t_plain": [("m.py", l) for l in (2, 3, 7, 8, 9, 13, 15)],
        "t_pass": [("m.py", l) for l in (2, 3, 7, 8, 9, 13, 15)],
    }
    outcomes = [
        failed("t_raise", "ValueError", [("m.py", 2), ("m.py", 7), ("m.py", 14)]),
        failed("t_assert", "AssertionError", [("m.py", 2), ("m.py", 8)]),
        failed("t_plain", "AssertionError"),  # the assert is in the test: no source frame
        passed("t_pass"),
    ]
    table = build_features(build(tmp_path, {"m.py": TRACE_SOURCE}, coverage, outcomes))

    def tb(line: int) -> tuple[float, float, float, float]:
        f = line_features(table, "m.py", line)
        return f["tb_share"], f["tb_innermost"], f["tb_depth_inv"], f["tb_nonassert"]

    assert tb(2) == (2 / 3, 0.0, 1 / 2, 1.0)  # depth 2 in t_raise, 1 in t_assert
    assert tb(7) == (1 / 3, 0.0, 1 / 2, 1.0)
    assert tb(14) == (1 / 3, 1.0, 1.0, 1.0)  # the raising line
    assert tb(8) == (1 / 3, 1.0, 1.0, 0.0)  # the failing assert in the source
    assert tb(13) == (0.0, 0.0, 0.0, 0.0)
    program = program_features(table)
    assert program["nonassert_share"] == pytest.approx(1 / 3) and program["nonassert_any"] == 1.0
    assert program["tb_any_share"] == pytest.approx(2 / 3)


def test_a_recursive_frame_counts_once_per_test_at_its_smallest_depth(tmp_path):
    source = """
    def fact(n):
        if n == 0:
            raise ZeroDivisionError
        return n * fact(n - 1)
    """
    coverage = {"t": [("m.py", 2), ("m.py", 3), ("m.py", 4)], "p": [("m.py", 2)]}
    frames = [("m.py", 4), ("m.py", 4), ("m.py", 4), ("m.py", 3)]
    outcomes = [failed("t", "ZeroDivisionError", frames), passed("p")]
    table = build_features(build(tmp_path, {"m.py": source}, coverage, outcomes))
    assert line_value(table, "m.py", 4, "tb_share") == 1.0
    assert line_value(table, "m.py", 4, "tb_depth_inv") == 1 / 2
    assert line_value(table, "m.py", 3, "tb_innermost") == 1.0


@pytest.mark.parametrize("exc_type", ["AssertionError", "Failed", None])
def test_failed_checks_are_not_program_exceptions(tmp_path, exc_type):
    coverage = {"t": [("m.py", 2)], "p": [("m.py", 2)]}
    outcomes = [failed("t", exc_type, [("m.py", 2)]), passed("p")]
    table = build_features(build(tmp_path, {"m.py": SOURCE}, coverage, outcomes))
    assert line_value(table, "m.py", 2, "tb_nonassert") == 0.0
    assert program_features(table)["nonassert_share"] == 0.0
    assert program_features(table)["nonassert_any"] == 0.0
