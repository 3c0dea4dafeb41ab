"""Exact inference in the relational SPN equals brute-force enumeration of every assignment of
the bug indicators, on tiny programs with every kind of cluster and template."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import numpy as np
import pytest

from tflm.spn.compiled import SPNBuilder, merge
from tflm.spn.relational import COUNT, IID, RelationalSPN, evaluate, posterior

LINE_CARDS = (2, 3)


def leaf_product(rng: np.random.Generator, cards: tuple[int, ...], first_var: int = 0):
    b = SPNBuilder()
    leaves = [b.leaf(first_var + j, np.log(rng.dirichlet(np.ones(k)))) for j, k in enumerate(cards)]
    return b.build([b.product(leaves)])


def mixture(rng: np.random.Generator, cards: tuple[int, ...]):
    b = SPNBuilder()
    parts = [b.product([b.leaf(j, np.log(rng.dirichlet(np.ones(k)))) for j, k in enumerate(cards)]) for _ in range(2)]
    return b.build([b.sum(parts, np.log(rng.dirichlet(np.ones(2))))])


def random_model(seed: int) -> RelationalSPN:
    """Two program clusters; four scope clusters: a count template with K = 2, an iid template
    without bugs, an iid template with both values, a count template with K = 3 and p(0) > 0."""
    rng = np.random.default_rng(seed)
    line_spns = [mixture(rng, LINE_CARDS) for _ in range(6)]
    line_root = np.array([[0, 1], [2, -1], [3, 4], [0, 5]])
    with np.errstate(divide="ignore"):
        log_prior = np.log(np.array([[1.0, 1.0], [1.0, 0.0], [0.7, 0.3], [1.0, 1.0]]))
    log_count = np.full((4, 4), -np.inf)
    log_count[0, 1:3] = np.log([0.8, 0.2])
    log_count[3] = np.log(rng.dirichlet(np.ones(4)))
    return RelationalSPN(
        program_log_weight=np.log([0.4, 0.6]),
        program_root=np.array([0, 1]),
        scope_cluster=np.array([0, 0, 1, 1]),
        scope_log_weight=np.log([0.3, 0.7, 0.5, 0.5]),
        scope_root=np.array([0, 1, 2, 3]),
        line_template=np.array([COUNT, IID, IID, COUNT]),
        line_log_prior=log_prior,
        line_log_count=log_count,
        line_root=line_root,
        line_spns=merge(line_spns),
        scope_spns=merge([leaf_product(rng, (3,)) for _ in range(4)]),
        program_spns=merge([leaf_product(rng, (2,)) for _ in range(2)]),
    )


def random_program(seed: int, sizes: tuple[int, ...] = (2, 3, 1)):
    rng = np.random.default_rng(seed + 100)
    line_scope = np.repeat(np.arange(len(sizes)), sizes)
    rng.shuffle(line_scope)  # lines of a scope need not be contiguous
    n = line_scope.size
    line_codes = np.stack([rng.integers(0, k, n) for k in LINE_CARDS], axis=1)
    return line_codes, line_scope, rng.integers(0, 3, (len(sizes), 1)), rng.integers(0, 2, 1)


def enumerate_joint(model: RelationalSPN, ev) -> dict[tuple[int, ...], float]:
    """P(evidence, B) for every assignment B, straight from the definition (no log space)."""
    f = np.exp(ev.line_ll)  # (n, Q, 2); 0 where the line SPN is absent
    prior = np.exp(model.line_log_prior)
    count = np.exp(model.line_log_count)
    scopes = [np.flatnonzero(ev.line_scope == s) for s in range(ev.n_scopes)]
    out = {}
    for bugs in itertools.product((0, 1), repeat=ev.n_lines):
        total = 0.0
        for c in range(model.n_program_clusters):
            value = math.exp(model.program_log_weight[c] + ev.program_ll[c])
            for s, lines in enumerate(scopes):
                mix = 0.0
                for q in np.flatnonzero(model.scope_cluster == c):
                    term = math.exp(model.scope_log_weight[q] + ev.scope_ll[s, q])
                    product = np.prod([f[l, q, bugs[l]] for l in lines])
                    if model.line_template[q] == IID:
                        product *= np.prod([prior[q, bugs[l]] for l in lines])
                    else:
                        k = sum(bugs[l] for l in lines)
                        product *= count[q, k] / math.comb(len(lines), k) if k < count.shape[1] else 0.0
                    mix += term * product
                value *= mix
            total += value
        out[bugs] = total
    return out


def brute_force(joint, n_lines, line_scope, n_scopes, *, not_bug=(), at_least_one=False):
    kept = {b: p for b, p in joint.items()
            if not any(b[l] for l in not_bug) and (not at_least_one or any(b))}
    z = sum(kept.values())
    lines = [sum(p for b, p in kept.items() if b[l]) / z for l in range(n_lines)]
    scopes = [sum(p for b, p in kept.items() if any(b[l] for l in np.flatnonzero(line_scope == s))) / z
              for s in range(n_scopes)]
    any_bug = sum(p for b, p in kept.items() if any(b)) / z
    return np.array(lines), np.array(scopes), any_bug, z


def assert_posteriors_equal(got, lines, scopes):
    np.testing.assert_allclose(got.line, lines, rtol=1e-9, atol=1e-14)
    np.testing.assert_allclose(got.scope, scopes, rtol=1e-9, atol=1e-14)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("at_least_one", [False, True])
def test_posteriors_equal_enumeration(seed, at_least_one):
    model = random_model(seed)
    codes, line_scope, scope_codes, program_codes = random_program(seed)
    ev = evaluate(model, codes, line_scope, scope_codes, program_codes)
    joint = enumerate_joint(model, ev)
    lines, scopes, any_bug, z = brute_force(joint, ev.n_lines, line_scope, ev.n_scopes, at_least_one=at_least_one)
    got = posterior(model, ev, at_least_one=at_least_one)
    assert_posteriors_equal(got, lines, scopes)
    assert got.log_evidence == pytest.approx(math.log(sum(joint.values())), rel=1e-12)
    if not at_least_one:
        assert got.any_bug == pytest.approx(any_bug, rel=1e-9)


@pytest.mark.parametrize("seed", range(4))
def test_feedback_equals_enumeration(seed):
    model = random_model(seed)
    codes, line_scope, scope_codes, program_codes = random_program(seed, sizes=(3, 2, 2))
    ev = evaluate(model, codes, line_scope, scope_codes, program_codes)
    joint = enumerate_joint(model, ev)
    checked = np.zeros(ev.n_lines, dtype=bool)
    checked[[0, 4]] = True
    for at_least_one in (False, True):
        lines, scopes, _, _ = brute_force(joint, ev.n_lines, line_scope, ev.n_scopes, not_bug=(0, 4),
                                          at_least_one=at_least_one)
        got = posterior(model, ev, not_bug=checked, at_least_one=at_least_one)
        assert_posteriors_equal(got, lines, scopes)
        assert got.line[0] == 0.0 and got.line[4] == 0.0


def test_probabilities_stay_in_the_unit_interval_and_sum_sensibly():
    model = random_model(7)
    codes, line_scope, scope_codes, program_codes = random_program(7, sizes=(40, 25, 1, 60))
    got = posterior(model, evaluate(model, codes, line_scope, scope_codes, program_codes))
    for values in (got.line, got.scope):
        assert np.all((values >= 0) & (values <= 1))
    # Under "at least one bug", the expected number of bugs is at least one.
    assert got.line.sum() >= 1 - 1e-12


def test_a_stronger_line_lowers_its_neighbours_under_the_count_template():
    """One scope cluster, 'exactly one bug among these lines': raising one line's bug
    likelihood lowers every other line of the scope (explaining away)."""
    b = SPNBuilder()
    zero = b.build([b.leaf(0, np.log([0.5, 0.3, 0.2]))])
    b = SPNBuilder()
    one = b.build([b.leaf(0, np.log([0.1, 0.3, 0.6]))])
    with np.errstate(divide="ignore"):
        model = RelationalSPN(
            program_log_weight=np.zeros(1), program_root=np.array([-1]), scope_cluster=np.array([0]),
            scope_log_weight=np.zeros(1), scope_root=np.array([-1]), line_template=np.array([COUNT]),
            line_log_prior=np.zeros((1, 2)), line_log_count=np.log([[0.0, 1.0]]), line_root=np.array([[0, 1]]),
            line_spns=merge([zero, one]))
    weak = posterior(model, evaluate(model, np.array([[1], [1], [1]]), np.zeros(3, dtype=int), np.zeros((1, 0), int),
                                     np.zeros(0, int)))
    strong = posterior(model, evaluate(model, np.array([[2], [1], [1]]), np.zeros(3, dtype=int),
                                       np.zeros((1, 0), int), np.zeros(0, int)))
    assert weak.line.sum() == pytest.approx(1.0)
    assert strong.line[0] > weak.line[0]
    assert strong.line[1] < weak.line[1] and strong.line[2] < weak.line[2]


def test_tiny_probabilities_keep_their_precision():
    """Bug likelihoods around 1e-40: "at least one bug" still normalizes them exactly."""
    b = SPNBuilder()
    zero = b.build([b.leaf(0, np.log([0.5, 0.5]))])
    b = SPNBuilder()
    one = b.build([b.leaf(0, np.log([0.5, 0.5]))])
    model = RelationalSPN(
        program_log_weight=np.zeros(1), program_root=np.array([-1]), scope_cluster=np.array([0]),
        scope_log_weight=np.zeros(1), scope_root=np.array([-1]), line_template=np.array([IID]),
        line_log_prior=np.log([[1 - 1e-40, 1e-40]]), line_log_count=np.full((1, 2), -np.inf),
        line_root=np.array([[0, 1]]), line_spns=merge([zero, one]))
    ev = evaluate(model, np.array([[0], [1], [0]]), np.array([0, 0, 1]), np.zeros((2, 0), int), np.zeros(0, int))
    got = posterior(model, ev, at_least_one=True)
    np.testing.assert_allclose(got.line, [1 / 3] * 3, rtol=1e-9)
    assert got.any_bug == pytest.approx(3e-40, rel=1e-9)


def test_ruling_out_every_bug_cannot_be_conditioned_on():
    model = random_model(0)
    codes, line_scope, scope_codes, program_codes = random_program(0)
    ev = evaluate(model, codes, line_scope, scope_codes, program_codes)
    with pytest.raises(ValueError, match="rules out every bug"):
        posterior(model, ev, not_bug=np.ones(ev.n_lines, dtype=bool), at_least_one=True)


def counted_model(seed: int) -> RelationalSPN:
    """The scope count template: two program clusters, each with bug-holding scope clusters
    (count templates over their lines) and one without bugs; r_0(0) = 0, r_1(0) > 0."""
    rng = np.random.default_rng(seed)
    line_spns = [mixture(rng, LINE_CARDS) for _ in range(7)]
    with np.errstate(divide="ignore"):
        log_prior = np.log(np.array([[1.0, 1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 1.0], [1.0, 0.0]]))
        log_count = np.log(np.array([[0.0, 0.8, 0.2, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 0.5, 0.3, 0.2],
                                     [0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0]]))
        scope_log_count = np.log(np.array([[0.0, 0.7, 0.3], [0.1, 0.6, 0.3]]))
    return RelationalSPN(
        program_log_weight=np.log([0.35, 0.65]),
        program_root=np.array([0, 1]),
        scope_cluster=np.array([0, 0, 1, 1, 1]),
        scope_log_weight=np.log([1.0, 1.0, 0.4, 0.6, 1.0]),
        scope_root=np.array([0, 1, 2, 3, 4]),
        line_template=np.array([COUNT, IID, COUNT, COUNT, IID]),
        line_log_prior=log_prior,
        line_log_count=log_count,
        line_root=np.array([[0, 1], [2, -1], [3, 4], [5, 6], [3, -1]]),
        line_spns=merge(line_spns),
        scope_spns=merge([leaf_product(rng, (3,)) for _ in range(5)]),
        program_spns=merge([leaf_product(rng, (2,)) for _ in range(2)]),
        scope_log_count=scope_log_count,
        scope_buggy=np.array([True, False, True, True, False]),
    )


def enumerate_counted(model: RelationalSPN, ev) -> dict[tuple[int, ...], float]:
    """P(evidence, B) under the scope count template, from its definition: a sum over the sets of
    bug-holding scopes that contain every scope with a bug line."""
    f = np.exp(ev.line_ll)
    count = np.exp(model.line_log_count)
    scope_count = np.exp(model.scope_log_count)
    scopes = [np.flatnonzero(ev.line_scope == s) for s in range(ev.n_scopes)]
    n = ev.n_scopes

    def scope_term(c: int, s: int, bugs: tuple[int, ...], holds: bool) -> float:
        total = 0.0
        for q in np.flatnonzero((model.scope_cluster == c) & (model.scope_buggy == holds)):
            lines = scopes[s]
            product = math.exp(model.scope_log_weight[q] + ev.scope_ll[s, q]) * np.prod([f[l, q, bugs[l]] for l in lines])
            k = sum(bugs[l] for l in lines)
            if model.line_template[q] == IID:
                product *= np.prod([math.exp(model.line_log_prior[q, bugs[l]]) for l in lines])
            else:
                product *= count[q, k] / math.comb(len(lines), k) if k < count.shape[1] else 0.0
            total += product
        return total

    out = {}
    for bugs in itertools.product((0, 1), repeat=ev.n_lines):
        total = 0.0
        for c in range(model.n_program_clusters):
            head = math.exp(model.program_log_weight[c] + ev.program_ll[c])
            for chosen in itertools.product((False, True), repeat=n):
                k = sum(chosen)
                if k >= scope_count.shape[1]:
                    continue
                value = head * scope_count[c, k] / math.comb(n, k)
                for s in range(n):
                    value *= scope_term(c, s, bugs, chosen[s])
                total += value
        out[bugs] = total
    return out


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("at_least_one", [False, True])
def test_scope_count_template_equals_enumeration(seed, at_least_one):
    model = counted_model(seed)
    codes, line_scope, scope_codes, program_codes = random_program(seed, sizes=(2, 3, 1))
    ev = evaluate(model, codes, line_scope, scope_codes, program_codes)
    joint = enumerate_counted(model, ev)
    lines, scopes, any_bug, z = brute_force(joint, ev.n_lines, line_scope, ev.n_scopes, at_least_one=at_least_one)
    got = posterior(model, ev, at_least_one=at_least_one)
    assert_posteriors_equal(got, lines, scopes)
    assert got.log_evidence == pytest.approx(math.log(sum(joint.values())), rel=1e-12)
    if not at_least_one:
        assert got.any_bug == pytest.approx(any_bug, rel=1e-9)
    checked = np.zeros(ev.n_lines, dtype=bool)
    checked[[0, 3]] = True
    lines, scopes, _, _ = brute_force(joint, ev.n_lines, line_scope, ev.n_scopes, not_bug=(0, 3),
                                      at_least_one=at_least_one)
    got = posterior(model, ev, not_bug=checked, at_least_one=at_least_one)
    assert_posteriors_equal(got, lines, scopes)


def test_scopes_compete_under_the_scope_count_template():
    """One faulty scope per program: the scope posteriors sum to one, and strengthening the
    evidence of one scope lowers every other."""
    model = counted_model(3)
    model = replace(model, scope_log_count=np.log(np.array([[1e-300, 1.0, 1e-300]] * 2)))
    codes, line_scope, scope_codes, program_codes = random_program(3, sizes=(4, 3, 5, 2))
    ev = evaluate(model, codes, line_scope, scope_codes, program_codes)
    base = posterior(model, ev)
    assert base.scope.sum() == pytest.approx(1.0, rel=1e-9)
    boosted_ll = ev.line_ll.copy()
    boosted_ll[line_scope == 0, :, 1] += 3.0
    boosted = posterior(model, replace(ev, line_ll=boosted_ll))
    assert boosted.scope[0] > base.scope[0]
    assert np.all(boosted.scope[1:] < base.scope[1:])


@pytest.mark.parametrize("seed", range(4))
def test_single_bug_count_template_closed_form_equals_the_scan(seed):
    """K = 1 takes a closed form; K = 2 with p(2) = 0 is the same distribution through the scan."""
    from tflm.spn.templates import count_terms

    rng = np.random.default_rng(seed)
    n, S, Q = 40, 7, 3
    line_scope = rng.integers(0, S - 1, n)  # the last scope has no line
    u = rng.normal(-3, 2, (n, Q))
    u[rng.random((n, Q)) < 0.2] = -np.inf  # lines known not to be the bug
    v = rng.normal(-3, 2, (n, Q))
    with np.errstate(divide="ignore"):
        log_count = np.log(rng.dirichlet(np.ones(2), Q))
        padded = np.hstack([log_count, np.full((Q, 1), -np.inf)])
    fast = count_terms(u, v, log_count, line_scope, S)
    scan = count_terms(u, v, padded, line_scope, S)
    for a, b in ((fast.log_lines, scan.log_lines), (fast.log_pb1, scan.log_pb1), (fast.log_has_bug, scan.log_has_bug)):
        assert np.array_equal(np.isneginf(a), np.isneginf(b))
        np.testing.assert_allclose(np.where(np.isfinite(a), a, 0), np.where(np.isfinite(b), b, 0), rtol=1e-10, atol=1e-12)
