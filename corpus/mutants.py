"""Build one case from one planned mutant, inside a worker process.

A worker keeps, per subject, a private scratch copy of the subject (never the subject itself):
it writes the mutated files there, runs the affected tests with the fork-server launcher,
restores the files, merges the run with the baseline's columns of the unaffected tests, decides
whether the mutant is a case, and if so writes ``<out>/<subject>/<case id>/`` atomically: the case
is assembled under ``<out>/.partial/`` and renamed into place only when complete, so an
interrupted build never leaves half a case behind.
"""

from __future__ import annotations

import compileall
import difflib
import json
import multiprocessing.util
import os
import py_compile
import shutil
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from tflm.collect.forkserver import ForkLauncher
from tflm.collect.runner import Launcher, RunOptions, SubprocessLauncher, collect
from tflm.collect.spectrum import Spectrum, build_spectrum
from tflm.corpus.planning import MutantTask
from tflm.corpus.store import STORE_DIR, load_spectrum, save_spectrum
from tflm.errors import ProjectRunError, TflmError
from tflm.types import LineId, TestId

PARTIAL = ".partial"
BUILD_DIR = ".build"
CASE = "case"
DROP_SURVIVED = "survived (no test failed)"
DROP_TIMEOUT_ONLY = "timed out only (every failing test timed out)"
DROP_BROKE_IMPORT = "broke import or collection for every test"
DROP_DUPLICATE = "duplicate of another mutant (same normalized source)"
DROP_INTERNAL = "internal error"
DROP_LOOPS = "loops (several tests timed out; the run was cut short)"
# A subject's tests take milliseconds: after one timeout, later tests of the same mutant that run
# past LATER_TIMEOUT are looping too, and a mutant stops after MAX_TIMEOUTS of them. Without this a
# mutant whose loop every test reaches costs (number of tests x timeout).
LATER_TIMEOUT = 0.25
MAX_TIMEOUTS = 3
# Before any timeout, a test that took d seconds on the unmutated subject gets
# min(timeout, max(FIRST_TIMEOUT_FLOOR, FIRST_TIMEOUT_FACTOR * d)): a looping mutant's first test
# then costs half a second, not the whole per-test limit, while a test that is slow on the
# unmutated subject keeps its room.
FIRST_TIMEOUT_FLOOR = 0.5
FIRST_TIMEOUT_FACTOR = 20.0
# For mutants the outcome and the failing frames matter, not pytest's report text: plain asserts
# (pytest would otherwise re-rewrite every test module, no bytecode cache being written), no
# formatted tracebacks, and no end-of-session garbage collection hunting unraisable exceptions.
PYTEST_ARGS = ("--assert=plain", "--tb=no", "-q", "-p", "no:unraisableexception", "-p", "no:threadexception")


@dataclass(frozen=True)
class BuildSettings:
    out: Path
    timeout: float = 2.0
    memory_limit_mb: int | None = 2048


@dataclass(frozen=True)
class TaskResult:
    subject: str
    case_id: str
    operator: str
    outcome: str
    """``case`` or a drop reason."""
    failing: int = 0
    seconds: float = 0.0


def pristine_dir(out: Path, subject: str, digest: str) -> Path:
    return out / BUILD_DIR / "pristine" / f"{subject}-{digest[:12]}"


def baseline_file(out: Path, subject: str, digest: str) -> Path:
    return out / BUILD_DIR / "baseline" / f"{subject}-{digest[:12]}.npz"


def save_baseline(out: Path, subject: str, digest: str, spectrum: Spectrum) -> None:
    """Store the unmutated subject's spectrum, with each test's duration (for its time limit)."""
    durations = {t: o.duration for t, o in spectrum.outcomes.items()}
    save_spectrum(baseline_file(out, subject, digest), spectrum, {"subject": subject, "durations": durations})


def set_scratch_parent(parent: str) -> None:
    """Pool initializer: this worker's temporary files (its scratch copies, the collector's run
    directories, the subject tests' own temporary files) go inside ``parent``, a directory the
    building process owns and removes itself, so that a worker that dies without running its exit
    handlers (killed by the pool after Ctrl-C) leaves nothing behind."""
    os.environ["TMPDIR"] = parent  # for the test processes the worker starts
    tempfile.tempdir = parent


class _Worker:
    """Per-process state: the launcher, scratch copies and baselines, made on first use."""

    def __init__(self) -> None:
        # Forking is only safe from the main thread of a single-threaded process (a pool worker);
        # a Dask worker runs tasks in threads, so it starts a fresh interpreter per attempt.
        single = threading.current_thread() is threading.main_thread() and threading.active_count() == 1
        self.launcher: Launcher = ForkLauncher() if single else SubprocessLauncher()
        self.scratch_root = Path(tempfile.mkdtemp(prefix="tflm-corpus-"))
        # Removed when the worker process exits (pool workers leave through multiprocessing's exit
        # handlers, not atexit; forked test children are other processes, which Finalize skips).
        multiprocessing.util.Finalize(self, shutil.rmtree, args=(str(self.scratch_root),),
                                      kwargs={"ignore_errors": True}, exitpriority=10)
        self.scratch: dict[str, Path] = {}
        self.baselines: dict[str, Spectrum] = {}
        self.durations: dict[str, dict[TestId, float]] = {}

    def subject_copy(self, pristine: Path) -> Path:
        key = pristine.name
        if key not in self.scratch:
            target = self.scratch_root / key
            shutil.copytree(pristine, target)
            _compile_bytecode(target)
            self.scratch[key] = target
        return self.scratch[key]

    def baseline(self, out: Path, pristine: Path, task_digest: str, subject: str) -> Spectrum:
        key = pristine.name
        if key not in self.baselines:
            self.baselines[key], meta = load_spectrum(baseline_file(out, subject, task_digest), pristine)
            # Builds from before durations were kept have none: their tests get the whole limit.
            self.durations[key] = {str(t): float(d) for t, d in meta.get("durations", {}).items()}
        return self.baselines[key]


def time_limits(durations: Mapping[TestId, float], tests: set[TestId], timeout: float) -> dict[TestId, float]:
    """Per-test time limits for a mutant run, from the tests' durations on the unmutated subject."""
    return {t: min(timeout, max(FIRST_TIMEOUT_FLOOR, FIRST_TIMEOUT_FACTOR * durations[t]))
            for t in sorted(tests) if t in durations}


def _compile_bytecode(scratch: Path) -> None:
    """Bytecode for the scratch copy, checked against each source file's hash at import.

    The test processes never write bytecode, so without this every mutant compiles every test
    and source module it imports again. Hash-checked (not timestamp) pycs: a mutated file, which
    may keep its size and modification second, is compiled from its source, and used again as
    soon as the original text is restored. Only the private scratch copy gets ``__pycache__``;
    cases are copied from the pristine copy."""
    compileall.compile_dir(scratch, quiet=2, workers=1, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)


_WORKER: _Worker | None = None


def worker_state() -> _Worker:
    global _WORKER
    if _WORKER is None:
        _WORKER = _Worker()
    return _WORKER


def run_batch(tasks: list[MutantTask], digest: str, settings: BuildSettings) -> list[TaskResult]:
    """Entry point for a pool or Dask worker: build these tasks of one subject.

    An unexpected error in one mutant is recorded as that mutant's outcome (and so reported with
    the drop reasons) instead of ending a build that may have run for an hour."""
    results = []
    for task in tasks:
        try:
            results.append(run_task(task, digest, settings))
        except Exception as exc:  # noqa: BLE001 - reported, never swallowed silently
            results.append(TaskResult(task.subject, task.case_id, task.operator,
                                      f"{DROP_INTERNAL}: {type(exc).__name__}: {exc}"))
    return results


def run_task(task: MutantTask, digest: str, settings: BuildSettings) -> TaskResult:
    started = time.perf_counter()
    worker = worker_state()
    out = settings.out
    pristine = pristine_dir(out, task.subject, digest)
    scratch = worker.subject_copy(pristine)
    baseline = worker.baseline(out, pristine, digest, task.subject)
    originals = {m.file: (scratch / m.file).read_text(encoding="utf-8") for m in task.mutations}
    mutated = {m.file: m.apply(originals[m.file]) for m in task.mutations}
    try:
        for file, text in mutated.items():
            (scratch / file).write_text(text, encoding="utf-8")
        outcome, spectrum = _run_mutant(task, scratch, baseline, originals, mutated, settings, worker,
                                        worker.durations[pristine.name])
        if outcome == CASE:
            assert spectrum is not None
            _write_case(task, scratch, spectrum, digest, settings)
        failing = spectrum.n_failing if spectrum is not None else 0
    finally:
        for file, text in originals.items():
            (scratch / file).write_text(text, encoding="utf-8")
    return TaskResult(task.subject, task.case_id, task.operator, outcome, failing, time.perf_counter() - started)


def _run_mutant(
    task: MutantTask,
    scratch: Path,
    baseline: Spectrum,
    originals: Mapping[str, str],
    mutated: Mapping[str, str],
    settings: BuildSettings,
    worker: _Worker,
    durations: Mapping[TestId, float],
) -> tuple[str, Spectrum | None]:
    """Run the mutant's tests (``durations``: the baseline's, from which their limits come)."""
    affected = set(task.affected) if task.affected is not None else None
    limits = time_limits(durations, affected if affected is not None else set(baseline.tests), settings.timeout)
    options = RunOptions(project=scratch, timeout=settings.timeout, memory_limit_mb=settings.memory_limit_mb,
                         per_phase_contexts=False, block_network=True, pytest_args=PYTEST_ARGS,
                         later_timeout=LATER_TIMEOUT, max_timeouts=MAX_TIMEOUTS, coverage_in_memory=True,
                         test_timeouts=limits)
    if affected is not None:
        if not affected:
            return DROP_SURVIVED, None
        files = sorted({nodeid.split("::", 1)[0] for nodeid in affected})
        options = replace(options, select=sorted(affected), pytest_args=[*PYTEST_ARGS, *files])
    else:
        options = replace(options, pytest_args=PYTEST_ARGS)
    try:
        run = collect(options, launcher=worker.launcher).spectrum
    except ProjectRunError as exc:
        return f"{DROP_BROKE_IMPORT}: {_last_error_line(exc.message)}", None
    except TflmError as exc:
        return f"could not run: {exc.message.splitlines()[0]}", None
    failing = [o for o in run.outcomes.values() if o.failing]
    if sum(o.timed_out for o in failing) >= MAX_TIMEOUTS:
        return DROP_LOOPS, run
    if not failing:
        return DROP_SURVIVED, run
    if all(o.timed_out for o in failing):
        return DROP_TIMEOUT_ONLY, run
    if affected is None:
        return CASE, run
    return CASE, merge_with_baseline(baseline, run, affected, originals, mutated)


def _last_error_line(message: str) -> str:
    """The line of pytest's output that says what broke (``E   ImportError: ...``, or the last one)."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("E ")]
    chosen = (errors or lines or ["no output"])[-1]
    return chosen[:200]


def line_maps(originals: Mapping[str, str], mutated: Mapping[str, str]) -> dict[str, dict[int, int]]:
    """Per mutated file, original line -> mutated line for the lines the edits left alone."""
    maps: dict[str, dict[int, int]] = {}
    for file, before in originals.items():
        old, new = before.splitlines(), mutated[file].splitlines()
        mapping: dict[int, int] = {}
        for tag, i1, i2, j1, _ in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if tag == "equal":
                for k in range(i2 - i1):
                    mapping[i1 + k + 1] = j1 + k + 1
        maps[file] = mapping
    return maps


def merge_with_baseline(
    baseline: Spectrum, run: Spectrum, affected: set[TestId], originals: Mapping[str, str], mutated: Mapping[str, str]
) -> Spectrum:
    """The mutant's full spectrum: the run's columns for the affected tests, the baseline's for
    every other test (which never reached a changed statement, so behaves exactly as before)."""
    maps = line_maps(originals, mutated)
    executed: dict[LineId, set[TestId]] = {}
    matrix = baseline.matrix.tocsr()
    for i, line in enumerate(baseline.lines):
        tests = {baseline.tests[j] for j in matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]]} - affected
        if not tests:
            continue
        target = maps[line.file].get(line.line) if line.file in maps else line.line
        if target is not None:
            executed.setdefault(LineId(line.file, target), set()).update(tests)
    run_matrix = run.matrix.tocsr()
    for i, line in enumerate(run.lines):
        tests = {run.tests[j] for j in run_matrix.indices[run_matrix.indptr[i]:run_matrix.indptr[i + 1]]}
        executed.setdefault(line, set()).update(tests)
    outcomes = {t: o for t, o in baseline.outcomes.items() if t not in affected}
    outcomes.update(run.outcomes)
    return build_spectrum(run.project, executed, outcomes, run.sources)


def _write_case(task: MutantTask, scratch: Path, spectrum: Spectrum, digest: str, settings: BuildSettings) -> None:
    out = settings.out
    final = out / task.subject / task.case_id
    if final.exists():
        return
    pristine = pristine_dir(out, task.subject, digest)
    partial = out / PARTIAL / f"{task.case_id}.{os.getpid()}"
    if partial.exists():
        shutil.rmtree(partial)
    buggy = partial / "buggy"
    # Unchanged files are hard links to the build's private pristine copy (never to the subject);
    # a case set of 20,000 cases then costs little more than the mutated files.
    shutil.copytree(pristine, buggy, copy_function=_link_or_copy)
    for m in task.mutations:
        target = buggy / m.file
        target.unlink()
        target.write_text((scratch / m.file).read_text(encoding="utf-8"), encoding="utf-8")
    patch = "".join(
        "".join(difflib.unified_diff(
            (buggy / m.file).read_text(encoding="utf-8").splitlines(keepends=True),
            (pristine / m.file).read_text(encoding="utf-8").splitlines(keepends=True),
            fromfile=f"a/{m.file}", tofile=f"b/{m.file}"))
        for m in task.mutations
    )
    bug = {
        "bug_lines": [{"file": line.file, "line": line.line} for line in task.bug_lines],
        "omission": task.omission,
        "description": task.description,
        "source": f"tflm corpus build: subject {task.subject} ({digest[:12]})",
        "kind": task.operator,
        "subject": task.subject,
        "fixed_patch": patch,
    }
    (partial / "bug.json").write_text(json.dumps(bug, indent=2) + "\n", encoding="utf-8")
    meta = {"case": task.case_id, "subject": task.subject, "kind": task.operator, "omission": task.omission,
            "failing": spectrum.n_failing,
            "bug_lines": [[line.file, line.line] for line in task.bug_lines]}
    save_spectrum(out / STORE_DIR / f"{task.case_id}.npz", spectrum, meta)
    final.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(partial, final)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)  # another worker finished the same case first


def _link_or_copy(src: str, dst: str) -> object:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
    return dst
