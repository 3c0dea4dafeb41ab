"""Training data from a corpus (labels, cache) and explanations of a line's probability."""

from __future__ import annotations

import numpy as np
import pytest

from model_helpers import tiny_corpus, tiny_model, tiny_programs  # noqa: F401 (fixtures)
from tflm.errors import CorpusError
from tflm.features import SCHEMA_VERSION
from tflm.model.corpus import load_corpus
from tflm.model.explain import GROUPS, explain
from tflm.spn.relational import posterior


def test_labels_mark_the_bug_statement(tiny_programs):
    for program in tiny_programs:
        assert program.labels.sum() == 1
        (row,) = np.flatnonzero(program.labels)
        assert program.table.lines[row] == program.targets[0]
        assert program.counts is not None and program.counts.shape == (len(program.table.lines), 4)


def test_features_are_cached_beside_the_store(tiny_corpus, monkeypatch):
    cache = tiny_corpus / "store" / f"features-v{SCHEMA_VERSION}"
    assert len(list(cache.glob("*.npz"))) == 18
    monkeypatch.setattr("tflm.model.corpus.build_features",
                        lambda spectrum: pytest.fail("a cached case was recomputed"))
    programs, problems = load_corpus(tiny_corpus)
    assert len(programs) == 18 and not problems


def test_a_directory_without_cases_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match=str(tmp_path)):
        load_corpus(tmp_path)


def test_explanations_are_exact_log_likelihood_ratios(tiny_model, tiny_programs):
    # A program whose two top lines have probabilities inside (0, 1), so every log-odds is finite.
    def inside(program) -> bool:
        top_two = np.sort(tiny_model.posterior(program.table).line)[-2:]
        return bool(((top_two > 1e-9) & (top_two < 1 - 1e-9)).all())

    table = next(p for p in tiny_programs if inside(p)).table
    full = tiny_model.posterior(table)
    top = np.argsort(-full.line)[:2]
    for e, row in zip(explain(tiny_model, table, top), top):
        assert set(e.contributions) == set(GROUPS)
        assert e.probability == pytest.approx(full.line[row])
        # The spectrum group recomputed the long way: its features hidden on this line only.
        names = [n for n in table.line_names if n in _spectrum_names()]
        mask = np.zeros(len(table.lines), dtype=bool)
        mask[row] = True
        hidden = tiny_model.evidence(table, hide={"line": names}, hide_lines=mask)
        p = posterior(tiny_model.rspn_, hidden).line[row]
        expected = _logit(full.line[row]) - _logit(p)
        assert e.contributions["spectrum"] == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_program_evidence_says_nothing_with_one_program_cluster(tiny_model, tiny_programs):
    if tiny_model.rspn_.n_program_clusters != 1:
        pytest.skip("this model has several program clusters")
    (e,) = explain(tiny_model, tiny_programs[0].table, [0])
    assert e.contributions["program"] == pytest.approx(0.0, abs=1e-12)


def _spectrum_names():
    from tflm.features.dynamic import SPECTRUM_NAMES

    return set(SPECTRUM_NAMES)


def _logit(p: float) -> float:
    return float(np.log(p) - np.log1p(-p))
