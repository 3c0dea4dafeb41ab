"""`tflm corpus build` on small fixture subjects: verified cases, exact spectra, kill safety."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from conftest import FIXTURES, tree_digest
from tflm.collect.runner import RunOptions, SubprocessLauncher, collect
from tflm.corpus.build import build_corpus
from tflm.corpus.mutants import (
    FIRST_TIMEOUT_FLOOR,
    PYTEST_ARGS,
    BuildSettings,
    _compile_bytecode,
    _run_mutant,
    baseline_file,
    time_limits,
    worker_state,
)
from tflm.corpus.planning import plan
from tflm.corpus.store import load_spectrum, read_meta
from tflm.corpus.subjects import check_subject, discover_subjects
from tflm.evaluation.cases import find_cases, load_case


@pytest.fixture
def subjects(tmp_path: Path) -> Path:
    root = tmp_path / "subjects"
    shutil.copytree(FIXTURES / "subjects", root)
    return root


def case_ids(out: Path) -> set[str]:
    return {p.name for p in find_cases(out)} if any(out.glob("*/*/bug.json")) else set()


def test_build_writes_verified_cases_and_never_touches_subjects(subjects, tmp_path, monkeypatch):
    before = tree_digest(subjects)
    out = tmp_path / "out"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # the spawned workers' temporary directory
    report = build_corpus(subjects, out, per_subject=6, jobs=1, seed=5)
    assert tree_digest(subjects) == before
    assert not list(scratch.iterdir())  # the workers removed their scratch copies on exit
    assert report.cases == 6 and report.cases_by_subject == {"minicalc": 6}
    for root in find_cases(out):
        case = load_case(root)
        assert case.bug_lines and case.kind
        buggy = case.project / "minicalc" / "stats.py"
        original = (subjects / "minicalc" / "minicalc" / "stats.py").read_text()
        assert buggy.read_text() != original
        spectrum, meta = load_spectrum(out / "store" / f"{root.name}.npz", case.project)
        assert meta["failing"] == spectrum.n_failing >= 1
        assert not all(o.timed_out for o in spectrum.outcomes.values() if o.failing)
        # the fixed patch turns the buggy file back into the subject's
        assert "--- a/minicalc/stats.py" in json.loads((root / "bug.json").read_text())["fixed_patch"]
    assert json.loads((out / "build-report.json").read_text())["cases"] == 6
    # the baseline keeps every test's duration, from which the mutant runs' time limits come
    subject = discover_subjects(subjects)[0]
    baseline, meta = load_spectrum(baseline_file(out, subject.name, subject.digest))
    assert set(meta["durations"]) == set(baseline.tests)
    assert all(0 < d < 10 for d in meta["durations"].values())


def test_time_limits_come_from_baseline_durations():
    durations = {"t::fast": 0.002, "t::slow": 0.05, "t::slower": 1.0}
    limits = time_limits(durations, {"t::fast", "t::slow", "t::slower", "t::new"}, 2.0)
    # fast tests get the floor, slow ones twenty times their duration, never more than the limit;
    # a test the baseline does not know keeps the whole limit (absent from the map)
    assert limits == {"t::fast": FIRST_TIMEOUT_FLOOR, "t::slow": 1.0, "t::slower": 2.0}


def test_rerun_resumes_and_result_depends_only_on_seed(subjects, tmp_path):
    first = build_corpus(subjects, tmp_path / "a", per_subject=4, jobs=1, seed=9)
    again = build_corpus(subjects, tmp_path / "a", per_subject=4, jobs=1, seed=9)
    assert again.tried == 0 and again.resumed >= 4
    other = build_corpus(subjects, tmp_path / "b", per_subject=4, jobs=2, seed=9)
    assert case_ids(tmp_path / "a") == case_ids(tmp_path / "b")
    assert first.cases == other.cases == 4


def test_affected_test_runs_merge_to_the_full_run(subjects, tmp_path):
    """Running only the tests that reach the mutated statement and keeping the baseline for the
    others gives exactly the spectrum of running every test."""
    subject = discover_subjects(subjects)[0]
    baseline = check_subject(subject, SubprocessLauncher(), timeout=10)
    scratch = tmp_path / "scratch"
    shutil.copytree(subject.root, scratch)
    settings = BuildSettings(out=tmp_path / "unused")
    compared = 0
    for task in plan(baseline, seed=2):
        if task.affected is None or len(task.mutations) > 1:
            continue
        m = task.mutations[0]
        original = (scratch / m.file).read_text()
        mutated = m.apply(original)
        (scratch / m.file).write_text(mutated)
        try:
            selective = _run_mutant(task, scratch, baseline.spectrum, {m.file: original}, {m.file: mutated}, settings,
                                   worker_state(), {})
            full = _run_mutant(replace(task, affected=None), scratch, baseline.spectrum, {m.file: original},
                               {m.file: mutated}, settings, worker_state(), {})
        finally:
            (scratch / m.file).write_text(original)
        assert selective[0] == full[0]
        if selective[1] is None or selective[0] != "case":
            continue
        a, b = selective[1], full[1]
        assert a.lines == b.lines and a.tests == b.tests
        assert (a.matrix != b.matrix).nnz == 0
        assert {t: o.status for t, o in a.outcomes.items()} == {t: o.status for t, o in b.outcomes.items()}
        compared += 1
        if compared == 8:
            break
    assert compared >= 5


def test_scratch_bytecode_never_hides_a_mutation(subjects, tmp_path):
    """The scratch copy's pycs are checked against the source hash: a mutant with the original's
    size and modification time runs as mutated, and the original runs again once restored."""
    scratch = tmp_path / "scratch"
    shutil.copytree(subjects / "minicalc", scratch)
    _compile_bytecode(scratch)
    assert list((scratch / "minicalc" / "__pycache__").glob("stats.*.pyc"))
    stats = scratch / "minicalc" / "stats.py"
    original = stats.read_text()
    before = stats.stat()
    mutated = original.replace("if value < low:", "if value > low:")
    assert len(mutated) == len(original) != 0 and mutated != original

    def failing(text: str) -> int:
        stats.write_text(text)
        os.utime(stats, ns=(before.st_atime_ns, before.st_mtime_ns))
        options = RunOptions(project=scratch, pytest_args=PYTEST_ARGS, coverage_in_memory=True)
        return collect(options, launcher=worker_state().launcher).spectrum.n_failing

    assert failing(original) == 0
    assert failing(mutated) >= 1
    assert failing(original) == 0


def test_subject_problems_are_reported_and_skipped(tmp_path):
    root = tmp_path / "subjects"
    shutil.copytree(FIXTURES / "badsubjects", root)
    shutil.copytree(FIXTURES / "subjects" / "minicalc", root / "minicalc")
    report = build_corpus(root, tmp_path / "out", per_subject=2, jobs=1)
    reasons = {p["subject"]: p["reason"] for p in report.problems}
    assert "own tests fail" in reasons["failing"]
    assert "needs the network" in reasons["needsnet"]
    assert report.cases_by_subject == {"minicalc": 2}


def _start(subjects: Path, out: Path, tmpdir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tflm", "corpus", "build", "--subjects", str(subjects), "-o", str(out),
         "--per-subject", "12", "--jobs", "2", "--seed", "4"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "TMPDIR": str(tmpdir)},
    )


def _wait_for_first_case(out: Path, process: subprocess.Popen[bytes]) -> None:
    for _ in range(1200):
        if list(out.glob("minicalc/*/bug.json")) or process.poll() is not None:
            return
        time.sleep(0.05)
    raise AssertionError("no case was built")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_build_leaves_no_half_case_and_resumes_to_the_same_corpus(subjects, tmp_path, sig):
    before = tree_digest(subjects)
    out = tmp_path / "out"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    process = _start(subjects, out, scratch)
    _wait_for_first_case(out, process)
    assert list(scratch.glob("tflm-corpus-*/tflm-corpus-*")), "the workers' scratch copies were not in TMPDIR"
    os.killpg(process.pid, sig)
    process.wait(timeout=60)
    assert tree_digest(subjects) == before
    if sig == signal.SIGINT:  # nothing can clean up after SIGKILL
        assert not list(scratch.iterdir()), "an interrupted build left its scratch copies behind"
    for case in out.glob("minicalc/*"):
        assert (case / "bug.json").is_file() and (case / "buggy" / "minicalc" / "stats.py").is_file()
    resumed = build_corpus(subjects, out, per_subject=12, jobs=2, seed=4)
    fresh = build_corpus(subjects, tmp_path / "fresh", per_subject=12, jobs=2, seed=4)
    assert case_ids(out) == case_ids(tmp_path / "fresh")
    assert resumed.cases == fresh.cases
    assert not (out / ".partial").exists()
    assert tree_digest(subjects) == before


def test_dask_local_cluster(subjects, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = build_corpus(subjects, tmp_path / "out", per_subject=3, seed=5, dask_scheduler=cluster.scheduler_address)
    local = build_corpus(subjects, tmp_path / "local", per_subject=3, jobs=1, seed=5)
    assert report.cases == 3
    assert case_ids(tmp_path / "out") == case_ids(tmp_path / "local")
    a = load_spectrum(next((tmp_path / "out" / "store").glob("*.npz")))[0]
    assert np.all(a.matrix.sum(axis=1) >= 1)
