"""Benchmark: `tflm localize` against `python -m pytest` and `coverage run` with per-test contexts.

    python -m tflm.evaluation.bench_localize [--repeat 5] [--modules 200 --tests 3000] [--quick]

Each project is timed side by side in one run, alternating the three commands, `--repeat` times;
the medians and the ratios of medians are printed as a Markdown table. The physical limit of a
spectrum-based localizer is one traced run of the suite, so the interesting ratio is tflm over
`coverage run` with per-test contexts (dynamic_context = test_function).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tflm.evaluation.synthetic import generate

REPO = Path(__file__).resolve().parent.parent
FIXTURES = [REPO / "examples" / "pricing", REPO / "tests" / "fixtures" / "shapes"]


def _time(command: list[str], cwd: Path, env: dict[str, str], ok: tuple[int, ...]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(command)} failed in {cwd} with status {done.returncode}")
    return elapsed


def bench_project(project: Path, repeat: int, scratch: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    rc = scratch / "coveragerc"
    rc.write_text(f"[run]\ndynamic_context = test_function\ndata_file = {scratch / 'cov.data'}\n")
    commands = {
        "pytest": [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        "coverage": [sys.executable, "-m", "coverage", "run", f"--rcfile={rc}", "-m", "pytest", "-q",
                     "-p", "no:cacheprovider"],
        "tflm": [sys.executable, "-m", "tflm", "localize", str(project), "--method", "ochiai",
                 "--format", "json", "-o", str(scratch / "out.json")],
    }
    # Every project has a failing test: pytest and coverage exit 1, and tflm must exit 0 (its 1 means
    # 'nothing to localize', a run that would time collection only).
    ok = {"pytest": (0, 1), "coverage": (0, 1), "tflm": (0,)}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            times[name].append(_time(command, project, env, ok[name]))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--modules", type=int, default=200)
    parser.add_argument("--tests", type=int, default=3000)
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 repeat, 10 modules, 100 tests")
    args = parser.parse_args()
    if args.quick:
        args.repeat, args.modules, args.tests = 1, 10, 100
    scratch = Path(tempfile.mkdtemp(prefix="tflm-bench-"))
    try:
        big = generate(scratch / "big", modules=args.modules, tests=args.tests)
        projects = [*FIXTURES, big]
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
              f"medians of {args.repeat} runs, seconds")
        print("| project | pytest | coverage run + contexts | tflm localize | tflm / coverage | tflm / pytest |")
        print("|---|---|---|---|---|---|")
        for project in projects:
            work = scratch / f"run-{project.name}"
            work.mkdir()
            copy = work / project.name
            shutil.copytree(project, copy, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
            m = bench_project(copy, args.repeat, work)
            name = f"{project.name} (generated, {args.modules} modules, ~{args.tests} tests)" if project == big else project.name
            print(f"| {name} | {m['pytest']:.2f} | {m['coverage']:.2f} | {m['tflm']:.2f} | "
                  f"{m['tflm'] / m['coverage']:.2f} | {m['tflm'] / m['pytest']:.2f} |", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
