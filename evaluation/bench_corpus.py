"""Benchmark: corpus case collection, engine vs one fresh ``python -m pytest`` per mutant.

    python -m tflm.evaluation.bench_corpus [--subjects corpus/subjects] [--per-subject 12] [--limit 6] [--quick]

For each subject, the same planned mutants are collected two ways, interleaved mutant by mutant
so both see the same machine load: *naive* copies the subject, applies the mutant and runs the
whole suite under per-test coverage in a fresh interpreter (the collector's subprocess launcher);
*engine* is what ``tflm corpus build`` does in a worker (pytest imported once, one fork per
mutant, only the tests that reach the mutated statement, the baseline kept for the others). Both
run on one core. The two take turns going first (naive first on the 1st, 3rd, ... mutant counted
over all subjects, engine first on the others): whichever runs second on a mutant finds the
subject's files in the page cache and was measured ~10% faster, so a fixed order favours one side.
Prints per-subject medians (seconds per mutant) and the ratio of total times.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from tflm.collect.runner import RunOptions, SubprocessLauncher, collect
from tflm.corpus.mutants import BuildSettings, pristine_dir, run_task, save_baseline, worker_state
from tflm.corpus.planning import MutantTask, plan
from tflm.corpus.subjects import Baseline, Subject, SubjectProblem, check_subject, discover_subjects

REPO = Path(__file__).resolve().parent.parent


def naive(subject: Subject, task_files: dict[str, str], scratch: Path, timeout: float) -> float:
    start = time.perf_counter()
    copy = scratch / f"naive-{subject.name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(subject.root, copy)
    for file, text in task_files.items():
        (copy / file).write_text(text, encoding="utf-8")
    try:
        collect(RunOptions(project=copy, timeout=timeout), launcher=SubprocessLauncher())
    except Exception:  # noqa: BLE001 - a mutant that breaks collection costs its time all the same
        pass
    return time.perf_counter() - start


def engine(task: MutantTask, digest: str, settings: BuildSettings) -> float:
    start = time.perf_counter()
    run_task(task, digest, settings)
    return time.perf_counter() - start


VARIANTS = ("naive", "engine")


def order(k: int) -> tuple[str, str]:
    """The variants in the order they run on the ``k``-th mutant (0-based, counted over all
    subjects): they take turns going first, so neither is the one that always finds a warm cache."""
    return VARIANTS if k % 2 == 0 else (VARIANTS[1], VARIANTS[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subjects", type=Path, default=REPO / "corpus" / "subjects")
    parser.add_argument("--per-subject", type=int, default=12, help="mutants per subject")
    parser.add_argument("--limit", type=int, default=6, help="subjects (spread over the sorted list)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 subject, 3 mutants")
    args = parser.parse_args()
    if args.quick:
        args.limit, args.per_subject = 1, 3
    subjects = discover_subjects(args.subjects)
    step = max(1, len(subjects) // args.limit)
    chosen = subjects[::step][: args.limit]
    scratch = Path(tempfile.mkdtemp(prefix="tflm-bench-corpus-"))
    out = scratch / "out"
    settings = BuildSettings(out=out)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; one core each; "
          f"{args.per_subject} mutants per subject, naive and engine taking turns going first; "
          "seconds per mutant (median)")
    print("| subject | tests | naive | engine | naive / engine (totals) |")
    print("|---|---|---|---|---|")
    totals = [0.0, 0.0]
    mutants_run = 0
    try:
        for subject in chosen:
            pristine = pristine_dir(out, subject.name, subject.digest)
            shutil.copytree(subject.root, pristine, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
            checked = check_subject(replace(subject, root=pristine), SubprocessLauncher(), timeout=10)
            if isinstance(checked, SubjectProblem):
                print(f"| {subject.name} | skipped: {checked.reason} | | | |")
                continue
            save_baseline(out, subject.name, subject.digest, checked.spectrum)
            baseline = Baseline(replace(subject, root=pristine), checked.spectrum)
            tasks = [t for _, t in zip(range(args.per_subject), plan(baseline, seed=args.seed))]
            if not tasks:
                print(f"| {subject.name} | skipped: no mutants planned | | | |")
                continue
            times: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
            for task in tasks:
                files = {m.file: m.apply(baseline.spectrum.sources[m.file].text) for m in task.mutations}
                for variant in order(mutants_run):
                    if variant == "naive":
                        times[variant].append(naive(subject, files, scratch, settings.timeout))
                    else:
                        times[variant].append(engine(task, subject.digest, settings))
                mutants_run += 1
            naive_times, engine_times = times["naive"], times["engine"]
            totals[0] += sum(naive_times)
            totals[1] += sum(engine_times)
            print(f"| {subject.name} | {len(baseline.spectrum.tests)} | {statistics.median(naive_times):.3f} | "
                  f"{statistics.median(engine_times):.3f} | {sum(naive_times) / sum(engine_times):.1f}x |", flush=True)
        if totals[1]:
            print(f"| **all** | | {totals[0]:.1f} s total | {totals[1]:.1f} s total | **{totals[0] / totals[1]:.1f}x** |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if mutants_run:  # the engine's worker keeps its subject copies in a temporary directory of its own
            shutil.rmtree(worker_state().scratch_root, ignore_errors=True)


if __name__ == "__main__":
    main()
