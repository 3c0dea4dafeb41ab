"""``tflm corpus build``: subjects + bug operators -> a verified case set, in parallel.

Work runs on local worker processes (default) or on a Dask cluster (``dask_scheduler``). Each
subject is first checked and its baseline spectrum stored; then its planned mutants (see
:mod:`tflm.corpus.planning`) are sent to the workers in small batches until the subject has
``per_subject`` cases or runs out of candidates. The case set keeps, per subject, the first
``per_subject`` verified cases in plan order, so the result depends only on the subjects, the
operators and the seed, whatever the timing; a rerun skips every case already built and every
mutant already dropped (``.build/log.jsonl``).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tflm.corpus.mutants import (
    BUILD_DIR,
    CASE,
    DROP_BROKE_IMPORT,
    DROP_DUPLICATE,
    DROP_INTERNAL,
    PARTIAL,
    BuildSettings,
    TaskResult,
    baseline_file,
    pristine_dir,
    run_batch,
    save_baseline,
    set_scratch_parent,
    worker_state,
)
from tflm.corpus.planning import MutantTask, plan
from tflm.corpus.store import STORE_DIR, load_spectrum
from tflm.corpus.subjects import Baseline, Subject, SubjectProblem, check_subject, discover_subjects, subject_files
from tflm.errors import UsageError

BATCH = 6
REPORT = "build-report.json"
LOG = "log.jsonl"


@dataclass
class BuildReport:
    subjects: int = 0
    problems: list[dict[str, str]] = field(default_factory=list)
    cases: int = 0
    cases_by_subject: dict[str, int] = field(default_factory=dict)
    cases_by_operator: dict[str, int] = field(default_factory=dict)
    tried: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    resumed: int = 0
    trimmed: int = 0
    seconds: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)


def _check_task(subject: Subject, out: Path, timeout: float) -> tuple[str, str | None]:
    """Worker side: check a subject on its pristine copy and store its baseline."""
    pristine = pristine_dir(out, subject.name, subject.digest)
    checked = check_subject(Subject(subject.name, pristine, subject.digest), worker_state().launcher, timeout=timeout)
    if isinstance(checked, SubjectProblem):
        return subject.name, checked.reason
    save_baseline(out, subject.name, subject.digest, checked.spectrum)
    return subject.name, None


class _Engine:
    """Local processes or a Dask cluster behind one submit/wait interface."""

    def __init__(self, jobs: int, dask_scheduler: str | None) -> None:
        self.jobs = jobs
        self.client: Any = None
        self.pool: ProcessPoolExecutor | None = None
        self.scratch: Path | None = None
        if dask_scheduler:
            try:
                from distributed import Client
            except ImportError as exc:
                raise UsageError("--dask-scheduler needs Dask distributed.",
                                 hint="Install it with: python -m pip install 'tflm[scale]'") from exc
            try:
                self.client = Client(dask_scheduler, timeout=30)  # type: ignore[no-untyped-call]
            except OSError as exc:
                raise UsageError(f"Cannot reach the Dask scheduler at '{dask_scheduler}': {exc}") from exc
        else:
            # Dask workers may run elsewhere and keep their own scratch; local ones work in ours.
            self.scratch = Path(tempfile.mkdtemp(prefix="tflm-corpus-"))
            self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=set_scratch_parent, initargs=(str(self.scratch),))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self.client is not None:
            return self.client.submit(fn, *args, pure=False)
        assert self.pool is not None
        return self.pool.submit(fn, *args)

    def wait_any(self, futures: Collection[Any]) -> set[Any]:
        if self.client is not None:
            from distributed import wait as dask_wait

            return set(dask_wait(list(futures), return_when="FIRST_COMPLETED").done)  # type: ignore[no-untyped-call]
        done, _ = wait(list(futures), return_when=FIRST_COMPLETED)
        return set(done)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.scratch is not None:
            # After Ctrl-C a test process of a worker may still be writing there for a moment.
            for _ in range(50):
                shutil.rmtree(self.scratch, ignore_errors=True)
                if not self.scratch.exists():
                    break
                time.sleep(0.1)


def _copy_pristine(subject: Subject, out: Path) -> None:
    target = pristine_dir(out, subject.name, subject.digest)
    if target.exists():
        return
    partial = out / PARTIAL / f"pristine-{target.name}.{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    for path in subject_files(subject.root):
        destination = partial / path.relative_to(subject.root)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.rename(partial, target)


def _read_log(out: Path) -> dict[str, str]:
    dropped: dict[str, str] = {}
    path = out / BUILD_DIR / LOG
    if not path.exists():
        return dropped
    for raw in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(raw)
        except ValueError:
            continue  # a line cut short by a kill
        dropped[entry["case_id"]] = entry["outcome"]
    return dropped


def build_corpus(
    subjects_dir: Path,
    out: Path,
    *,
    per_subject: int = 400,
    operators: Collection[str] | None = None,
    seed: int = 0,
    jobs: int = 2,
    dask_scheduler: str | None = None,
    timeout: float = 2.0,
    memory_limit_mb: int | None = 4096,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> BuildReport:
    """Build (or resume) the case set ``out``. ``on_progress(phase, done, total)`` reports progress."""
    started = time.monotonic()
    subjects = discover_subjects(subjects_dir)
    out = out.resolve()
    for subject in subjects:
        if out == subject.root or subject.root in out.parents:
            raise UsageError(f"The output '{out}' lies inside the subject '{subject.root}'; nothing is ever written there.")
    if per_subject < 1:
        raise UsageError(f"The 'per-subject' option must be at least 1. Got {per_subject} instead.")
    out.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out / PARTIAL, ignore_errors=True)  # leftovers of an interrupted build
    (out / BUILD_DIR).mkdir(exist_ok=True)
    report = BuildReport(subjects=len(subjects), settings={
        "per_subject": per_subject, "operators": sorted(operators) if operators else "all", "seed": seed,
        "timeout": timeout, "memory_limit_mb": memory_limit_mb})
    settings = BuildSettings(out=out, timeout=timeout, memory_limit_mb=memory_limit_mb)
    for subject in subjects:
        _copy_pristine(subject, out)
    engine = _Engine(jobs, dask_scheduler)
    log_lock = threading.Lock()
    try:
        baselines = _baselines(engine, subjects, out, timeout, report, on_progress)
        _mutate(engine, baselines, out, per_subject, operators, seed, settings, report, log_lock, on_progress)
    finally:
        engine.close()
    _finish(out, baselines, per_subject, operators, seed, report)
    report.seconds = time.monotonic() - started
    text = json.dumps(asdict(report), indent=2) + "\n"
    (out / f".{REPORT}.tmp").write_text(text, encoding="utf-8")
    os.replace(out / f".{REPORT}.tmp", out / REPORT)
    return report


def _baselines(engine: _Engine, subjects: list[Subject], out: Path, timeout: float, report: BuildReport,
               on_progress: Callable[[str, int, int], None] | None) -> list[Baseline]:
    pending = {s.name: s for s in subjects if not baseline_file(out, s.name, s.digest).exists()}
    futures = {engine.submit(_check_task, s, out, timeout) for s in pending.values()}
    done_count = len(subjects) - len(pending)
    while futures:
        for future in engine.wait_any(futures):
            futures.discard(future)
            name, problem = future.result()
            done_count += 1
            if problem is not None:
                report.problems.append({"subject": name, "reason": problem})
            if on_progress:
                on_progress("checking subjects", done_count, len(subjects))
    problems = {p["subject"] for p in report.problems}
    baselines = []
    for subject in subjects:
        path = baseline_file(out, subject.name, subject.digest)
        if subject.name in problems or not path.exists():
            continue
        pristine = pristine_dir(out, subject.name, subject.digest)
        spectrum, _ = load_spectrum(path, pristine)
        baselines.append(Baseline(Subject(subject.name, pristine, subject.digest), spectrum))
    return baselines


def _mutate(engine: _Engine, baselines: list[Baseline], out: Path, per_subject: int,
            operators: Collection[str] | None, seed: int, settings: BuildSettings, report: BuildReport,
            log_lock: threading.Lock, on_progress: Callable[[str, int, int], None] | None) -> None:
    dropped = _read_log(out)
    duplicates: Counter[str] = Counter()
    plans: dict[str, Iterator[MutantTask]] = {
        b.subject.name: plan(b, seed=seed, operators=operators, duplicates=duplicates) for b in baselines}
    digests = {b.subject.name: b.subject.digest for b in baselines}
    cases: Counter[str] = Counter()
    in_flight: dict[Any, tuple[str, int]] = {}
    open_subjects = [b.subject.name for b in baselines]
    total = per_subject * len(baselines)
    log = open(out / BUILD_DIR / LOG, "a", encoding="utf-8")

    def next_batch(name: str) -> list[MutantTask] | None:
        batch: list[MutantTask] = []
        for task in plans[name]:
            if (out / name / task.case_id).is_dir():
                cases[name] += 1
                report.resumed += 1
                if cases[name] + sum(n for s, n in in_flight.values() if s == name) >= per_subject:
                    break
                continue
            if task.case_id in dropped:
                continue
            batch.append(task)
            if len(batch) == BATCH:
                break
        return batch or None

    def fill() -> None:
        while len(in_flight) < max(2, 3 * _workers(engine)) and open_subjects:
            name = open_subjects[0]
            open_subjects.append(open_subjects.pop(0))
            pending = sum(n for s, n in in_flight.values() if s == name)
            batch = next_batch(name) if cases[name] + pending < per_subject else None
            if batch is None:
                open_subjects.remove(name)
                continue
            in_flight[engine.submit(run_batch, batch, digests[name], settings)] = (name, len(batch))

    try:
        fill()
        while in_flight:
            for future in engine.wait_any(list(in_flight)):
                name, _ = in_flight.pop(future)
                for result in future.result():
                    report.tried += 1
                    report.outcomes[_bucket(result.outcome)] = report.outcomes.get(_bucket(result.outcome), 0) + 1
                    if result.outcome == CASE:
                        cases[name] += 1
                    else:
                        with log_lock:
                            log.write(json.dumps({"case_id": result.case_id, "subject": result.subject,
                                                  "operator": result.operator, "outcome": result.outcome}) + "\n")
                            log.flush()
                if name not in open_subjects and cases[name] < per_subject:
                    open_subjects.append(name)
                if on_progress:
                    on_progress("building cases", min(total, sum(min(c, per_subject) for c in cases.values())), total)
            fill()
    finally:
        log.close()
        if duplicates:
            report.outcomes[DROP_DUPLICATE] = sum(duplicates.values())


def _workers(engine: _Engine) -> int:
    if engine.client is not None:
        return max(1, int(sum(engine.client.nthreads().values())))
    return engine.jobs


def _bucket(outcome: str) -> str:
    for prefix in ("could not run", DROP_INTERNAL, DROP_BROKE_IMPORT):
        if outcome.startswith(prefix):
            return prefix
    return outcome


def _finish(out: Path, baselines: list[Baseline], per_subject: int, operators: Collection[str] | None,
            seed: int, report: BuildReport) -> None:
    """Keep the first ``per_subject`` cases of each subject in plan order; remove the rest."""
    for baseline in baselines:
        name = baseline.subject.name
        kept = 0
        keep: set[str] = set()
        directory = out / name
        existing = {p.name for p in directory.iterdir()} if directory.is_dir() else set()
        if not existing:
            continue
        for task in plan(baseline, seed=seed, operators=operators):
            if kept >= per_subject or len(keep) == len(existing):
                break
            if task.case_id in existing:
                keep.add(task.case_id)
                kept += 1
        for extra in sorted(existing - keep):
            trash = out / PARTIAL / f"trash-{extra}"
            os.rename(directory / extra, trash)
            shutil.rmtree(trash, ignore_errors=True)
            (out / STORE_DIR / f"{extra}.npz").unlink(missing_ok=True)
            report.trimmed += 1
        report.cases_by_subject[name] = len(keep)
        for case in keep:
            kind = json.loads((directory / case / "bug.json").read_text(encoding="utf-8")).get("kind", "?")
            report.cases_by_operator[kind] = report.cases_by_operator.get(kind, 0) + 1
    report.cases = sum(report.cases_by_subject.values())
    shutil.rmtree(out / PARTIAL, ignore_errors=True)
