import math

import numpy as np
import pytest

from tflm.errors import UsageError
from tflm.formulas import FORMULAS, get_formula

# One line executed by 2 of 3 failing tests and 1 of 4 passing tests.
EF, EP, NF, NP = 2.0, 1.0, 1.0, 3.0


def value(name: str, ef=EF, ep=EP, nf=NF, np_=NP) -> float:
    return float(get_formula(name)(np.array([ef]), np.array([ep]), np.array([nf]), np.array([np_]))[0])


@pytest.mark.parametrize(
    "name,expected",
    [
        ("tarantula", (2 / 3) / (2 / 3 + 1 / 4)),
        ("ochiai", 2 / math.sqrt(3 * 3)),
        ("ochiai2", (2 * 3) / math.sqrt(3 * 4 * 3 * 4)),
        ("dstar", 4 / 2),
        ("dstar3", 8 / 2),
        ("op2", 2 - 1 / 5),
        ("barinel", 1 - 1 / 3),
        ("jaccard", 2 / 4),
        ("kulczynski2", 0.5 * (2 / 3 + 2 / 3)),
        ("naish1", -1.0),
        ("naish2", 2 - 1 / 5),
        ("gp13", 2 * (1 + 1 / 4)),
        ("zoltar", 2 / (2 + 1 + 1 + 10000 * 1 * 1 / 2)),
        ("wong1", 2.0),
        ("wong2", 1.0),
        ("wong3", 1.0),
        ("ample", abs(2 / 3 - 1 / 4)),
        ("russell_rao", 2 / 7),
        ("sorensen_dice", 4 / 6),
    ],
)
def test_hand_computed_values(name, expected):
    assert value(name) == pytest.approx(expected, rel=1e-15)


def test_naish1_when_every_failing_test_executes_the_line():
    assert value("naish1", ef=3, ep=1, nf=0, np_=3) == 3.0


def test_wong3_piecewise():
    assert value("wong3", ef=5, ep=6, nf=0, np_=0) == pytest.approx(5 - 2.4)
    assert value("wong3", ef=5, ep=20, nf=0, np_=0) == pytest.approx(5 - 2.81)


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_all_zero_counts_give_zero(name):
    assert value(name, 0, 0, 0, 0) == 0.0


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_no_nan_on_any_small_count_combination(name):
    grid = np.array(np.meshgrid(*[np.arange(4.0)] * 4)).reshape(4, -1)
    scores = get_formula(name)(*grid)
    assert not np.isnan(scores).any()


def test_dstar_zero_denominator_is_infinite_only_with_failing_evidence():
    assert value("dstar", ef=2, ep=0, nf=0, np_=5) == math.inf
    assert value("dstar", ef=0, ep=0, nf=0, np_=5) == 0.0


def test_tarantula_without_passing_tests():
    # ep/P is 0/0 = 0 when nothing passed: a line run by failing tests gets the top score.
    assert value("tarantula", ef=1, ep=0, nf=0, np_=0) == 1.0
    assert value("tarantula", ef=0, ep=0, nf=1, np_=0) == 0.0


def test_at_least_ten_formulas():
    assert len(FORMULAS) >= 10


def test_unknown_formula_is_a_usage_error():
    with pytest.raises(UsageError, match="Unknown method 'nope'"):
        get_formula("nope")
