"""Networks learned by spflow, compiled to numpy, give spflow's own log-likelihoods (float64)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("spflow")

from tflm.model.spflow_learn import dependence_matrix, learn_module  # noqa: E402
from tflm.spn.convert import compile_spflow, log_likelihood_spflow  # noqa: E402


def clustered_data(seed: int, n: int = 1500) -> tuple[np.ndarray, list[int]]:
    """Categorical columns that depend on a hidden cluster (so LearnSPN clusters and splits)."""
    rng = np.random.default_rng(seed)
    cards = [2, 5, 3, 7, 2, 4]
    z = rng.integers(0, 3, n)
    columns = []
    for k in cards:
        probs = rng.dirichlet(np.ones(k) * 0.5, size=3)
        columns.append(np.array([rng.choice(k, p=probs[c]) for c in z]))
    return np.stack(columns, axis=1), cards


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_compiled_network_reproduces_spflow(seed):
    codes, cards = clustered_data(seed)
    module = learn_module(codes, cards, min_instances=100, threshold=0.1, alpha=0.5, sample_rows=1000, seed=seed)
    compiled = compile_spflow(module)
    assert (compiled.kind == 2).any(), "the learned network should hold at least one sum node"
    rng = np.random.default_rng(seed + 10)
    probe = codes[:400].copy()
    probe[rng.random(probe.shape) < 0.25] = -1  # marginalize a quarter of the values
    ours = compiled.log_likelihood(probe)[:, 0]
    theirs = log_likelihood_spflow(module, probe)
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)


def test_learned_distribution_is_normalized():
    codes, cards = clustered_data(3, n=800)
    compiled = compile_spflow(learn_module(codes[:, :3], cards[:3], min_instances=100, threshold=0.1, alpha=0.5,
                                           sample_rows=1000, seed=0))
    grid = np.array(np.meshgrid(*[np.arange(k) for k in cards[:3]], indexing="ij")).reshape(3, -1).T
    assert np.exp(compiled.log_likelihood(grid)[:, 0]).sum() == pytest.approx(1.0, abs=1e-12)


def test_smoothing_keeps_unseen_categories_possible():
    codes = np.zeros((300, 2), dtype=np.int64)  # only category 0 ever seen
    compiled = compile_spflow(learn_module(codes, [3, 3], min_instances=50, threshold=0.3, alpha=0.5,
                                           sample_rows=300, seed=0))
    assert np.isfinite(compiled.log_likelihood(np.array([[2, 2]]))[0, 0])


def test_dependence_of_independent_and_dependent_columns():
    rng = np.random.default_rng(0)
    a = rng.integers(0, 4, 3000)
    noisy_copy = np.where(rng.random(3000) < 0.9, a, rng.integers(0, 4, 3000))
    m = dependence_matrix(np.stack([a, noisy_copy, rng.integers(0, 4, 3000), np.zeros(3000, dtype=int)], axis=1))
    assert m[0, 1] > 0.8
    assert m[0, 2] == 0.0  # not significant: counted as independent
    assert m[0, 3] == 0.0  # a constant column is independent of everything
