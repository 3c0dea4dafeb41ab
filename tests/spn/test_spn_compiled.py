"""The numpy SPN runtime: values by hand, normalization, marginalization, forests, saving."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from tflm.spn.compiled import CompiledSPN, SPNBuilder, merge


def small_spn() -> CompiledSPN:
    """0.3 * [A ~ (0.2, 0.8)] [B ~ (0.5, 0.25, 0.25)] + 0.7 * [A ~ (0.9, 0.1)] [B ~ (0.1, 0.1, 0.8)]."""
    b = SPNBuilder()
    left = b.product([b.leaf(0, np.log([0.2, 0.8])), b.leaf(1, np.log([0.5, 0.25, 0.25]))])
    right = b.product([b.leaf(0, np.log([0.9, 0.1])), b.leaf(1, np.log([0.1, 0.1, 0.8]))])
    return b.build([b.sum([left, right], np.log([0.3, 0.7]))])


def by_hand(a: int, c: int) -> float:
    return 0.3 * [0.2, 0.8][a] * [0.5, 0.25, 0.25][c] + 0.7 * [0.9, 0.1][a] * [0.1, 0.1, 0.8][c]


def test_values_match_the_formula_for_every_assignment():
    spn = small_spn()
    codes = np.array(list(itertools.product(range(2), range(3))))
    got = spn.log_likelihood(codes)[:, 0]
    want = np.log([by_hand(a, c) for a, c in codes])
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-15)
    assert math.isclose(np.exp(got).sum(), 1.0, rel_tol=1e-14)


def test_missing_codes_marginalize():
    spn = small_spn()
    got = spn.log_likelihood(np.array([[-1, 2], [1, -1], [-1, -1]]))[:, 0]
    want = [sum(by_hand(a, 2) for a in range(2)), sum(by_hand(1, c) for c in range(3)), 1.0]
    np.testing.assert_allclose(np.exp(got), want, rtol=1e-14)


def test_leaf_under_a_sum_and_nested_levels():
    b = SPNBuilder()
    mix = b.sum([b.leaf(0, np.log([0.5, 0.5])), b.leaf(0, np.log([0.9, 0.1]))], np.log([0.5, 0.5]))
    deeper = b.product([mix, b.leaf(1, np.log([0.4, 0.6]))])
    spn = b.build([b.sum([deeper, b.product([b.leaf(0, np.log([0.1, 0.9])), b.leaf(1, np.log([0.5, 0.5]))])],
                         np.log([0.25, 0.75]))])
    got = np.exp(spn.log_likelihood(np.array([[0, 1]]))[0, 0])
    want = 0.25 * (0.5 * 0.5 + 0.5 * 0.9) * 0.6 + 0.75 * 0.1 * 0.5
    assert math.isclose(got, want, rel_tol=1e-14)


def test_merge_keeps_every_root():
    first, second = small_spn(), small_spn()
    forest = merge([first, second, first])
    codes = np.array([[0, 1], [1, 2]])
    got = forest.log_likelihood(codes)
    assert got.shape == (2, 3)
    np.testing.assert_array_equal(got[:, 0], first.log_likelihood(codes)[:, 0])
    np.testing.assert_array_equal(got[:, 2], got[:, 0])


def test_round_trip_through_arrays_is_exact():
    spn = small_spn()
    arrays = {k: v.copy() for k, v in spn.to_arrays("x.").items()}
    again = CompiledSPN.from_arrays(arrays, "x.")
    codes = np.array([[0, 0], [1, 1], [-1, 2]])
    np.testing.assert_array_equal(again.log_likelihood(codes), spn.log_likelihood(codes))


def test_codes_outside_the_categories_are_refused():
    with pytest.raises(ValueError, match="outside"):
        small_spn().log_likelihood(np.array([[2, 0]]))


def test_children_must_come_before_parents():
    spn = small_spn()
    child_idx = spn.child_idx.copy()
    child_idx[0] = spn.n_nodes - 1
    with pytest.raises(ValueError, match="topological"):
        CompiledSPN(kind=spn.kind, leaf_var=spn.leaf_var, leaf_offset=spn.leaf_offset, leaf_card=spn.leaf_card,
                    leaf_logp=spn.leaf_logp, child_ptr=spn.child_ptr, child_idx=child_idx,
                    log_weight=spn.log_weight, roots=spn.roots)


def test_many_rows_are_evaluated_in_chunks_with_the_same_values(monkeypatch):
    monkeypatch.setattr("tflm.spn.compiled._CHUNK_CELLS", 200)  # about 18 rows per chunk
    monkeypatch.setattr("tflm.spn.compiled._DEDUPLICATE_ROWS", 10**9)  # every row evaluated
    spn = small_spn()
    rng = np.random.default_rng(0)
    codes = np.stack([rng.integers(0, 2, 5_000), rng.integers(-1, 3, 5_000)], axis=1)
    got = spn.log_likelihood(codes)[:, 0]
    table = {(a, c): spn.log_likelihood(np.array([[a, c]]))[0, 0] for a in range(2) for c in range(-1, 3)}
    np.testing.assert_array_equal(got, [table[(a, c)] for a, c in codes])


def test_repeated_rows_are_evaluated_once_with_the_same_values(monkeypatch):
    spn = small_spn()
    rng = np.random.default_rng(1)
    codes = np.stack([rng.integers(0, 2, 3_000), rng.integers(-1, 3, 3_000)], axis=1)
    deduplicated = spn.log_likelihood(codes)
    monkeypatch.setattr("tflm.spn.compiled._DEDUPLICATE_ROWS", 10**9)
    np.testing.assert_array_equal(deduplicated, spn.log_likelihood(codes))
