"""The TFLM estimator: contract, what it learns on a tiny corpus, and invariances."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from model_helpers import FAST, tiny_corpus, tiny_model, tiny_programs  # noqa: F401 (fixtures)
from tflm.errors import NotFittedError
from tflm.evaluation.metrics import tied_rank
from tflm.model import TFLM


def test_init_only_stores_hyperparameters():
    model = TFLM(n_bins=7, seed=3)
    assert model.get_params()["n_bins"] == 7 and model.get_params()["seed"] == 3
    assert not hasattr(model, "rspn_")


def test_inference_before_fit_raises_not_fitted(tiny_programs):
    with pytest.raises(NotFittedError, match="not fitted"):
        TFLM().predict_proba(tiny_programs[0].table)


def test_bad_hyperparameter_is_named(tiny_programs):
    pytest.importorskip("spflow")
    with pytest.raises(ValueError, match="'n_bins' hyperparameter must be a whole number >= 2. Got 1"):
        TFLM(n_bins=1).fit(tiny_programs)


def test_programs_without_bug_lines_cannot_be_learned_from(tiny_programs):
    pytest.importorskip("spflow")
    unlabelled = [replace(p, labels=np.zeros_like(p.labels)) for p in tiny_programs]
    with pytest.raises(ValueError, match="no bug line"):
        TFLM(**FAST).fit(unlabelled)


def test_fit_returns_self_and_records_what_it_learned_from(tiny_model, tiny_programs):
    assert tiny_model.training_["cases"] == len(tiny_programs)
    assert tiny_model.training_["subjects"] == 3
    assert tiny_model.training_["bug_lines"] == sum(int(p.labels.sum()) for p in tiny_programs)
    assert len(tiny_model.training_["hash"]) == 64
    assert tiny_model.structure_["program_clusters"] >= 1


def test_probabilities_are_probabilities(tiny_model, tiny_programs):
    for program in tiny_programs:
        post = tiny_model.posterior(program.table)
        assert np.all((post.line >= 0) & (post.line <= 1))
        assert np.all((post.scope >= 0) & (post.scope <= 1))
        assert post.line.shape == (len(program.table.lines),)
        assert post.line.sum() >= 1 - 1e-9  # at least one bug is expected


def test_bug_lines_rank_high_on_a_subject_never_seen(tiny_programs):
    pytest.importorskip("spflow")
    train = [p for p in tiny_programs if p.subject != "subj2"]
    held_out = [p for p in tiny_programs if p.subject == "subj2"]
    model = TFLM(**FAST).fit(train)
    ranks, chance = [], []
    for program in held_out:
        scores = dict(zip(program.table.lines, model.predict_proba(program.table)))
        ranks.append(tied_rank(scores, program.targets))
        chance.append((len(scores) + 1) / 2)
    assert np.mean(ranks) < 0.5 * np.mean(chance)


def test_posteriors_do_not_depend_on_line_or_scope_order(tiny_model, tiny_programs):
    table = tiny_programs[4].table
    rng = np.random.default_rng(0)
    line_perm = rng.permutation(len(table.lines))
    scope_perm = rng.permutation(len(table.scopes))
    new_index = np.empty_like(scope_perm)
    new_index[scope_perm] = np.arange(scope_perm.size)
    shuffled = replace(table, lines=[table.lines[i] for i in line_perm], X_line=table.X_line[line_perm],
                       line_scope=new_index[table.line_scope[line_perm]],
                       scopes=[table.scopes[i] for i in scope_perm], X_scope=table.X_scope[scope_perm])
    before = tiny_model.posterior(table)
    after = tiny_model.posterior(shuffled)
    np.testing.assert_allclose(after.line, before.line[line_perm], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(after.scope, before.scope[scope_perm], rtol=1e-12, atol=1e-15)


def test_feedback_moves_mass_away_from_checked_lines(tiny_model, tiny_programs):
    table = tiny_programs[1].table
    before = tiny_model.predict_proba(table)
    top = int(np.argmax(before))
    checked = np.zeros(len(table.lines), dtype=bool)
    checked[top] = True
    after = tiny_model.predict_proba(table, not_bug=checked)
    assert after[top] == 0.0
    assert after.sum() >= 1 - 1e-9
    assert np.all(after[~checked] >= before[~checked] - 1e-12)  # the others can only gain


def test_line_level_model_alone(tiny_programs):
    pytest.importorskip("spflow")
    model = TFLM(relational=False, **FAST).fit(tiny_programs)
    assert model.structure_["program_clusters"] == 1 and model.structure_["scope_clusters"] == 1
    assert model.rspn_.scope_spns is None and model.rspn_.program_spns is None
    assert np.all(model.predict_proba(tiny_programs[0].table) <= 1)


def test_a_program_with_a_single_line_gets_a_ranking(tiny_model, tiny_programs):
    table = tiny_programs[0].table
    one = replace(table, lines=table.lines[:1], X_line=table.X_line[:1], line_scope=np.zeros(1, dtype=np.int64),
                  scopes=table.scopes[:1], X_scope=table.X_scope[:1])
    assert tiny_model.predict_proba(one).tolist() == [1.0]  # the only line must be the bug


def test_functions_compete_for_the_one_bug(tiny_model, tiny_programs):
    """The scope count template with max_bugs = 1: given at least one bug, exactly one scope
    holds it and exactly one line is it, so the posteriors sum to one at both levels."""
    assert tiny_model.rspn_.scope_log_count is not None
    for program in tiny_programs[:5]:
        post = tiny_model.posterior(program.table)
        assert post.scope.sum() == pytest.approx(1.0, rel=1e-9)
        assert post.line.sum() == pytest.approx(1.0, rel=1e-9)


def test_fine_tuning_keeps_the_line_networks_distributions(tiny_programs):
    """Fine-tuning moves leaf logits and sum weights but the line SPNs stay normalized: over the
    values of any one feature (the others marginalized), the probabilities sum to one."""
    pytest.importorskip("torch")
    model = TFLM(**{**FAST, "finetune_epochs": 2, "finetune_programs": 5}).fit(tiny_programs, corpus="tiny")
    report = model.structure_["finetune"]
    assert report and report[0]["epochs"] == 2 and len(report[0]["held_out_loss"]) == 3
    assert 0 <= report[0]["best_epoch"] <= 2
    assert report[0]["programs_per_epoch"] == min(5, report[0]["fit_programs"])  # the sample bounds the cost
    assert report[0]["held_out_programs"] <= 1
    spns = model.rspn_.line_spns
    cards = model.line_discretizer_.cards
    for column in (0, len(cards) // 2, len(cards) - 1):
        codes = np.full((int(cards[column]), len(cards)), -1, dtype=np.int64)
        codes[:, column] = np.arange(int(cards[column]))
        total = np.exp(spns.log_likelihood(codes)).sum(axis=0)
        np.testing.assert_allclose(total, 1.0, rtol=1e-9)
