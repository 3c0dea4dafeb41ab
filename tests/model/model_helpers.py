"""A tiny synthetic corpus in the case format (cases, bug.json, store), built without pytest:
spectra are assembled directly, with failing tests drawn towards the bug line, so that a model
has something real but small to learn.

Imported by the test modules beside it (pytest puts this directory on ``sys.path``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tflm.collect.outcomes import TestOutcome
from tflm.collect.sources import parse_source
from tflm.collect.spectrum import build_spectrum
from tflm.corpus.store import save_spectrum
from tflm.types import LineId

FUNCTION = '''
def {name}(values, limit):
    total = 0
    for value in values:
        if value > limit:
            total += value
        else:
            total -= 1
    result = total * 2
    return result
'''


def write_subject(project: Path, subject: str, n_functions: int) -> tuple[str, dict[str, list[int]]]:
    """One module with ``n_functions`` functions; returns its path and each function's body lines."""
    rel = f"{subject}.py"
    project.mkdir(parents=True, exist_ok=True)
    (project / rel).write_text("".join(FUNCTION.format(name=f"{subject}_f{i}") for i in range(n_functions)))
    source = parse_source(project, rel)
    bodies: dict[str, list[int]] = {}
    for line, scope in sorted(source.scope_of.items()):
        if scope != "<module>" and source.statement_of.get(line) == line:
            bodies.setdefault(scope, []).append(line)
    return rel, bodies


def make_case(corpus: Path, subject: str, case_id: str, rng: np.random.Generator, *, n_functions: int = 4,
              n_tests: int = 10) -> None:
    case = corpus / subject / case_id
    project = case / "buggy"
    rel, bodies = write_subject(project, subject, n_functions)
    functions = sorted(bodies)
    bug_function = functions[int(rng.integers(len(functions)))]
    bug_line = int(rng.choice(bodies[bug_function][1:4]))  # the loop, the condition or its body
    executed: dict[LineId, set[str]] = {}
    outcomes = {}
    for t in range(n_tests):
        name = f"tests/test_{subject}.py::test_{t}"
        called = set(rng.choice(functions, size=2, replace=False).tolist())
        if t < 2:
            called.add(bug_function)  # at least two tests reach the bug
        for f in called:
            for line in bodies[f]:
                executed.setdefault(LineId(rel, line), set()).add(name)
        fails = bug_function in called and (t == 0 or rng.random() < 0.7)
        raised = fails and rng.random() < 0.5
        outcomes[name] = TestOutcome(nodeid=name, status="failed" if fails else "passed",
                                     exc_type=("ValueError" if raised else "AssertionError") if fails else None,
                                     traceback=(LineId(rel, bug_line),) if raised else ())
    if all(o.status == "failed" for o in outcomes.values()):
        name = f"tests/test_{subject}.py::test_extra"
        outcomes[name] = TestOutcome(nodeid=name, status="passed")
        executed.setdefault(LineId(rel, bodies[functions[0]][0]), set()).add(name)
    sources = {rel: parse_source(project, rel)}
    spectrum = build_spectrum(project, executed, outcomes, sources)
    save_spectrum(corpus / "store" / f"{case_id}.npz", spectrum,
                  {"case": case_id, "subject": subject, "bug_lines": [[rel, bug_line]]})
    (case / "bug.json").write_text(json.dumps({"bug_lines": [{"file": rel, "line": bug_line}],
                                               "subject": subject, "kind": "synthetic"}))


def make_corpus(root: Path, *, subjects: int = 3, cases: int = 6, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    for s in range(subjects):
        for c in range(cases):
            make_case(root, f"subj{s}", f"{s:02d}{c:02d}{seed:04d}", rng)
    return root


FAST = {"min_programs": 4, "min_scopes": 4, "spn_min_instances": 20, "max_rows": 2000}
"""TFLM hyperparameters that keep training on a tiny corpus to a second or two."""


# --- shared fixtures ------------------------------------------------------------------------
# Test modules import these; the cache makes the corpus and the model once per test session
# even though each importing module holds its own fixture definitions.

_CACHE: dict[str, Any] = {}


def _once(name: str, make: Callable[[], Any]) -> Any:
    if name not in _CACHE:
        _CACHE[name] = make()
    return _CACHE[name]


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _once("corpus", lambda: make_corpus(tmp_path_factory.mktemp("corpus"), subjects=3, cases=6, seed=0))


@pytest.fixture(scope="session")
def tiny_programs(tiny_corpus: Path) -> list[Any]:
    from tflm.model.corpus import load_corpus

    def load() -> list[Any]:
        programs, problems = load_corpus(tiny_corpus)
        assert not problems
        return programs

    return _once("programs", load)


@pytest.fixture(scope="session")
def tiny_model(tiny_programs: list[Any]) -> Any:
    pytest.importorskip("torch")
    pytest.importorskip("spflow")
    from tflm.model import TFLM

    return _once("model", lambda: TFLM(**FAST).fit(tiny_programs, corpus="tiny"))


@pytest.fixture(scope="session")
def tiny_model_file(tiny_model: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tflm.model import save_model

    def write() -> Path:
        path = tmp_path_factory.mktemp("model") / "tiny.npz"
        save_model(tiny_model, path)
        return path

    return _once("model_file", write)
