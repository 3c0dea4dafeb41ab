"""Benchmark: the learned model's costs (load, inference, training). Not a test.

    python -m tflm.evaluation.bench_model [--corpus /work/corpus-dev] [--model PATH] [--train] [--quick]

- **load**: a fresh interpreter importing tflm's model package and loading the model file
  (the cost `tflm localize` pays), and a warm reload in the same process, median of repeats;
- **inference**: ``TFLM.posterior`` on programs of about 1,000, 10,000 and 100,000 lines, made by
  joining real corpus programs (each keeps its scopes; the program attributes are the first's),
  from feature table to posteriors, median of repeats; feature extraction is timed apart;
- **training** (``--train``): the full corpus, features read from the cache, one torch thread.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from tflm.features import FeatureTable
from tflm.model import TFLM, load_default_model, load_model
from tflm.model.data import LabelledProgram


def join(programs: list[LabelledProgram], n_lines: int) -> FeatureTable:
    """One program of at least ``n_lines`` lines made of whole corpus programs (cycled)."""
    tables, total, i = [], 0, 0
    while total < n_lines:
        t = programs[i % len(programs)].table
        prefix = f"p{i}/"
        tables.append(replace(t, lines=[type(line)(prefix + line.file, line.line) for line in t.lines],
                              scopes=[(prefix + f, q) for f, q in t.scopes]))
        total += len(t.lines)
        i += 1
    base = np.cumsum([0] + [len(t.scopes) for t in tables])
    first = tables[0]
    return replace(first, lines=[line for t in tables for line in t.lines],
                   X_line=np.vstack([t.X_line for t in tables]),
                   line_scope=np.concatenate([t.line_scope + base[k] for k, t in enumerate(tables)]),
                   scopes=[s for t in tables for s in t.scopes], X_scope=np.vstack([t.X_scope for t in tables]))


def median_seconds(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_load(model_path: str | None, repeat: int) -> dict[str, float]:
    loader = f"load_model({model_path!r})" if model_path else "load_default_model()"
    script = ("import time; t = time.perf_counter(); from tflm.model import load_model, load_default_model; "
              f"m = {loader}; print(time.perf_counter() - t)")
    cold = statistics.median(float(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                                  check=True).stdout) for _ in range(repeat))
    warm = median_seconds(lambda: load_model(model_path) if model_path else load_default_model(), repeat)
    return {"fresh process (import + load)": cold, "warm reload": warm}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="/work/corpus-dev", help="case set with a store (features are cached)")
    parser.add_argument("--model", default=None, help="model file (default: the shipped model)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--train", action="store_true", help="also time training on the whole corpus")
    parser.add_argument("--quick", action="store_true", help="small sizes, one repeat (a smoke run)")
    args = parser.parse_args(argv)
    from tflm.model.corpus import load_corpus

    repeat = 1 if args.quick else args.repeat
    sizes = (1_000,) if args.quick else (1_000, 10_000, 100_000)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    model = load_model(args.model) if args.model else load_default_model()
    nodes = sum(model.structure_.get("nodes", {}).values())
    print(f"model: {args.model or 'default'}, {nodes} SPN nodes")
    print("\n| load | seconds |\n|---|---|")
    for name, seconds in bench_load(args.model, repeat).items():
        print(f"| {name} | {seconds:.3f} |")
    started = time.perf_counter()
    programs, _ = load_corpus(Path(args.corpus))
    read = time.perf_counter() - started
    print(f"\ncorpus: {len(programs)} cases read in {read:.1f} s (feature cache)")
    print("\n| lines | scopes | posterior (s) | per 1,000 lines (ms) |\n|---|---|---|---|")
    for n in sizes:
        table = join(programs, n)
        seconds = median_seconds(lambda: model.posterior(table), repeat)
        print(f"| {len(table.lines):,} | {len(table.scopes):,} | {seconds:.3f} | "
              f"{1000 * seconds / len(table.lines) * 1000:.1f} |")
    if args.train:
        import torch

        torch.set_num_threads(1)
        started = time.perf_counter()
        fitted = TFLM(**{k: v for k, v in model.get_params().items()}).fit(programs)
        print(f"\ntraining on {len(programs)} cases: {time.perf_counter() - started:.1f} s (+ {read:.1f} s reading "
              f"the feature cache), {sum(fitted.structure_['nodes'].values())} SPN nodes")


if __name__ == "__main__":
    main()
