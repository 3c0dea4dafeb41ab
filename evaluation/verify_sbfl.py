"""An independent check of the SBFL ranks that ``tflm evaluate`` recorded.

``python -m tflm.evaluation.verify_sbfl CASES RESULTS_JSON [--limit N]`` runs each case's suite in
a temporary copy under pytest-cov (``--cov=. --cov-context=test``) instead of tflm's collector,
reads per-test line coverage back with :class:`coverage.CoverageData` and outcomes from pytest's
JUnit XML, recomputes Ochiai, Tarantula, DStar (star 2) and Op2 with a few lines of numpy (not
:mod:`tflm.formulas`), ranks with ties averaged and compares the best-ranked bug line's rank with
the one in ``results.json``.

The rules it applies are tflm's documented ones, implemented again here:

- a test is one pytest node id; it executed a line if any of its contexts (``id|setup``,
  ``id|run``, ``id|teardown``) did. Lines run only at import or collection (coverage's empty
  context) are not ranked.
- a test with a ``<failure>`` or ``<error>`` in the JUnit XML fails; a ``<skipped>`` one (skips and
  xfails) is left out; every other test passed. A test past ``--timeout`` fails (SIGALRM here).
- the ranked lines are statement lines of the project's source files (not ``test``/``tests``/
  ``testing`` directories, ``test_*.py``, ``*_test.py``, ``conftest.py``, ``setup.py``),
  a continuation line counting as the first line of its statement (innermost, from ``ast``).
- 0/0 is 0 in every formula; DStar's ``ef**2 / 0`` with ``ef > 0`` is +inf.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
from coverage import CoverageData

Floats = npt.NDArray[np.float64]
Line = tuple[str, int]
METHODS: tuple[str, ...] = ("ochiai", "tarantula", "dstar", "op2")
TEST_DIRS = frozenset({"test", "tests", "testing"})
NOT_SOURCES = frozenset({"conftest.py", "setup.py", "noxfile.py", "fabfile.py"})

# Loaded with -p from a temporary directory: a looping mutant's test fails after the limit, as
# tflm's collector fails it, instead of hanging the run.
_ALARM_PLUGIN = """\
import os, signal
import coverage
import pytest

COVERAGE_DIR = os.path.dirname(coverage.__file__)
LIMIT = float(os.environ["VERIFY_SBFL_TEST_TIMEOUT"])


class TestTimeout(BaseException):  # not an Exception: code under test that catches those cannot swallow it
    __test__ = False


def _expire(signum, frame):
    # Raising inside coverage's own code would leave its data lock held and hang the final save
    # (tflm's collector does the same): try again in 5 ms, once the test's code runs.
    if frame is not None and frame.f_code.co_filename.startswith(COVERAGE_DIR):
        signal.setitimer(signal.ITIMER_REAL, 0.005, 1.0)
        return
    raise TestTimeout(f"test ran past {LIMIT:g} s")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, LIMIT, 1.0)  # repeats until the test gives up
    try:
        return (yield)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
"""


def _div(num: Floats, den: Floats) -> Floats:
    out = np.zeros_like(num, dtype=np.float64)
    np.divide(num, den, out=out, where=den != 0)
    return out


def _ochiai(ef: Floats, ep: Floats, nf: Floats, np_: Floats) -> Floats:
    return _div(ef, np.sqrt((ef + nf) * (ef + ep)))


def _tarantula(ef: Floats, ep: Floats, nf: Floats, np_: Floats) -> Floats:
    fail, passed = _div(ef, ef + nf), _div(ep, ep + np_)
    return _div(fail, fail + passed)


def _dstar(ef: Floats, ep: Floats, nf: Floats, np_: Floats) -> Floats:
    den = ep + nf
    return np.where(den == 0, np.where(ef > 0, np.inf, 0.0), _div(ef**2, den))


def _op2(ef: Floats, ep: Floats, nf: Floats, np_: Floats) -> Floats:
    return ef - ep / (ep + np_ + 1.0)


FORMULAS: dict[str, Callable[[Floats, Floats, Floats, Floats], Floats]] = {
    "ochiai": _ochiai, "tarantula": _tarantula, "dstar": _dstar, "op2": _op2,
}


def tied_rank(scores: Floats, targets: Sequence[int]) -> float:
    """1-based rank of the best-scoring target row, highest score first, ties averaged
    (4 lines tied at positions 3..6 all get 4.5). No target row: ``len(scores) + 1``."""
    if not targets:
        return float(len(scores) + 1)
    best = max(scores[i] for i in targets)
    higher = int(np.sum(scores > best))
    tied = int(np.sum(scores == best))
    return higher + (tied + 1) / 2


def is_source(rel: str) -> bool:
    parts = rel.split("/")
    name = parts[-1]
    if name in NOT_SOURCES or name.startswith("test_") or name.endswith("_test.py"):
        return False
    return not any(part in TEST_DIRS for part in parts[:-1])


def statement_starts(path: Path) -> dict[int, int]:
    """Each 1-based line inside a statement -> first line of the innermost statement holding it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    starts: dict[int, int] = {}
    # ast.walk is breadth first, so an inner statement is visited after the ones around it.
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            end = node.end_lineno or node.lineno
            for line in range(node.lineno, end + 1):
                starts[line] = node.lineno
    return starts


def junit_outcomes(xml_file: Path) -> dict[str, str]:
    """JUnit test key (``classname.name``) -> ``failed``, ``skipped`` or ``passed``."""
    outcomes: dict[str, str] = {}
    for case in ET.parse(xml_file).getroot().iter("testcase"):
        key = f"{case.get('classname', '')}.{case.get('name', '')}"
        tags = {child.tag for child in case}
        if tags & {"failure", "error"}:
            outcome = "failed"
        elif "skipped" in tags:
            outcome = "skipped"
        else:
            outcome = "passed"
        if outcomes.get(key) != "failed":  # a test reported twice (call failed, teardown error) fails
            outcomes[key] = outcome
    return outcomes


def junit_key(node_id: str) -> str:
    """The JUnit ``classname.name`` pytest writes for ``node_id``."""
    path, *rest = node_id.split("::")
    module = path[:-3] if path.endswith(".py") else path
    return ".".join([module.replace("/", ".")] + rest)


@dataclass
class Spectrum:
    lines: list[Line]
    failing: list[bool]
    """One per test, in column order."""
    matrix: npt.NDArray[np.bool_]
    """Shape (n_lines, n_tests)."""
    bug_rows: list[int]
    notes: list[str] = field(default_factory=list)


def measure(case: Path, bug_lines: Sequence[Line], test_args: Sequence[str], *, python: str,
            timeout: float, suite_timeout: float = 900.0) -> Spectrum:
    """Run ``case/buggy`` in a temporary copy under pytest-cov and build its spectrum."""
    with tempfile.TemporaryDirectory(prefix="verify-sbfl-") as tmp:
        work = Path(tmp) / "project"
        shutil.copytree(case / "buggy", work, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
        plugin_dir = Path(tmp) / "plugin"
        plugin_dir.mkdir()
        (plugin_dir / "verify_sbfl_alarm.py").write_text(_ALARM_PLUGIN, encoding="utf-8")
        data_file, xml_file = Path(tmp) / "coverage.sqlite", Path(tmp) / "junit.xml"
        env = dict(os.environ, COVERAGE_FILE=str(data_file), VERIFY_SBFL_TEST_TIMEOUT=str(timeout),
                   PYTHONDONTWRITEBYTECODE="1",
                   PYTHONPATH=os.pathsep.join(filter(None, [str(plugin_dir), os.environ.get("PYTHONPATH")])))
        command = [python, "-m", "pytest", "-q", "-p", "verify_sbfl_alarm", "-p", "no:randomly", "-p", "no:xdist",
                   "-p", "no:cacheprovider", "-p", "no:tflm", "--cov=.", "--cov-context=test", "--cov-report=",
                   f"--junitxml={xml_file}", *test_args]
        try:
            run = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                                 timeout=suite_timeout)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"the suite did not finish in {suite_timeout:g} s") from None
        if not xml_file.exists() or not data_file.exists():
            raise RuntimeError(f"pytest exited with {run.returncode} and wrote no results: {run.stdout[-500:]}{run.stderr[-500:]}")
        outcomes = junit_outcomes(xml_file)
        data = CoverageData(basename=str(data_file))
        data.read()
        tests = sorted(k for k, o in outcomes.items() if o != "skipped")
        column = {k: j for j, k in enumerate(tests)}
        executed: dict[Line, set[int]] = {}
        unmatched: set[str] = set()
        for measured in sorted(data.measured_files()):
            rel = Path(measured).resolve().relative_to(work.resolve()).as_posix()
            if not is_source(rel):
                continue
            starts = statement_starts(work / rel)
            for line, contexts in data.contexts_by_lineno(measured).items():
                for context in contexts:
                    if not context:
                        continue  # import or collection time
                    key = junit_key(context.rsplit("|", 1)[0])
                    if key not in column:
                        if outcomes.get(key) != "skipped":
                            unmatched.add(key)
                        continue
                    executed.setdefault((rel, starts.get(line, line)), set()).add(column[key])
    lines = sorted(executed)
    matrix = np.zeros((len(lines), len(tests)), dtype=bool)
    for i, executed_line in enumerate(lines):
        matrix[i, sorted(executed[executed_line])] = True
    row = {executed_line: i for i, executed_line in enumerate(lines)}
    wanted = {(f, starts_of(case / "buggy" / f).get(n, n)) for f, n in bug_lines}
    spectrum = Spectrum(lines, [outcomes[t] == "failed" for t in tests], matrix,
                        sorted(row[w] for w in wanted if w in row))
    if unmatched:
        spectrum.notes.append(f"{len(unmatched)} coverage contexts name no JUnit test, e.g. {sorted(unmatched)[0]}")
    return spectrum


def starts_of(path: Path) -> dict[int, int]:
    return statement_starts(path) if path.exists() else {}


def ranks(spectrum: Spectrum) -> dict[str, float]:
    failing = np.array(spectrum.failing, dtype=bool)
    m = spectrum.matrix.astype(np.float64)
    ef, ep = m @ failing.astype(np.float64), m @ (~failing).astype(np.float64)
    nf, np_ = failing.sum() - ef, (~failing).sum() - ep
    return {name: tied_rank(fn(ef, ep, nf, np_), spectrum.bug_rows) for name, fn in FORMULAS.items()}


@dataclass
class Comparison:
    case: str
    mine: dict[str, float]
    recorded: dict[str, float]
    n_mine: int
    n_recorded: int | None
    notes: list[str]

    def agrees(self, method: str) -> bool:
        return method in self.recorded and abs(self.mine[method] - self.recorded[method]) < 1e-9


def load_recorded(results_json: Path) -> tuple[dict[str, dict[str, float]], dict[str, int], dict[str, str]]:
    """Ranks by case and method, ranked-line counts by case, and broken cases with reasons."""
    document = json.loads(results_json.read_text(encoding="utf-8"))
    recorded: dict[str, dict[str, float]] = {}
    n_ranked: dict[str, int] = {}
    for entry in document["cases"]:
        recorded.setdefault(entry["case"], {})[entry["method"]] = float(entry["rank"])
        n_ranked[entry["case"]] = int(entry["n_ranked"])
    return recorded, n_ranked, {b["case"]: b["reason"] for b in document.get("broken", [])}


def find_case_dirs(case_set: Path) -> dict[str, Path]:
    found = sorted(p.parent for p in case_set.rglob("bug.json") if "buggy" not in p.relative_to(case_set).parts)
    return {(p.relative_to(case_set).as_posix() if p != case_set else p.name): p for p in found}


def verify(case_set: Path, results_json: Path, *, limit: int | None = None, stride: int = 1, timeout: float = 60.0,
           python: str | None = None, on_case: Callable[[Comparison], None] | None = None) -> list[Comparison]:
    """Compare every ``stride``-th recorded case (the first ``limit`` of those). A case whose suite
    cannot be run here is printed and left out."""
    recorded, n_ranked, broken = load_recorded(results_json)
    comparisons: list[Comparison] = []
    names = [n for n in find_case_dirs(case_set).items() if n[0] in recorded][::stride]
    for name, root in names[:limit] if limit is not None else names:
        bug = json.loads((root / "bug.json").read_text(encoding="utf-8"))
        bug_lines = [(str(b["file"]).replace("\\", "/"), int(b["line"])) for b in bug["bug_lines"]]
        args = bug.get("test_args") or []
        args = args.split() if isinstance(args, str) else [str(a) for a in args]
        try:
            spectrum = measure(root, bug_lines, args, python=bug.get("python") or python or sys.executable,
                               timeout=timeout)
        except RuntimeError as exc:
            print(f"  {name}: NOT CHECKED ({exc})")
            continue
        notes = list(spectrum.notes)
        if not spectrum.bug_rows:
            notes.append("no bug line was executed by a test")
        comparison = Comparison(name, ranks(spectrum), recorded[name], len(spectrum.lines), n_ranked.get(name), notes)
        comparisons.append(comparison)
        if on_case:
            on_case(comparison)
    skipped = sorted(set(broken) - set(recorded))
    if skipped:
        print(f"{len(skipped)} cases are broken in {results_json.name} and not checked: {', '.join(skipped)}")
    return comparisons


def explain(comparison: Comparison, method: str) -> str:
    """What differs, as far as these two records tell."""
    why = [f"rank {comparison.mine[method]:g} here, {comparison.recorded[method]:g} recorded"]
    if comparison.n_recorded is not None and comparison.n_mine != comparison.n_recorded:
        why.append(f"ranked lines {comparison.n_mine} here vs {comparison.n_recorded} recorded")
    return "; ".join(why + comparison.notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tflm.evaluation.verify_sbfl", description=__doc__.split("\n")[0])
    parser.add_argument("cases", type=Path, help="the case set given to tflm evaluate")
    parser.add_argument("results", type=Path, help="results.json written by tflm evaluate")
    parser.add_argument("--limit", type=int, default=None, help="check only the first N cases")
    parser.add_argument("--stride", type=int, default=1, help="check every K-th case (sorted by name)")
    parser.add_argument("--timeout", type=float, default=60.0, help="per-test limit in seconds (tflm evaluate's default)")
    args = parser.parse_args(argv)

    def progress(c: Comparison) -> None:
        status = "ok" if all(c.agrees(m) for m in METHODS if m in c.recorded) else "DIFFERS"
        print(f"  {c.case}: {status}", flush=True)

    comparisons = verify(args.cases, args.results, limit=args.limit, stride=args.stride, timeout=args.timeout,
                         on_case=progress)
    print(f"\nAgreement with {args.results} ({len(comparisons)} cases):")
    disagreements: list[str] = []
    for method in METHODS:
        checked = [c for c in comparisons if method in c.recorded]
        same = sum(c.agrees(method) for c in checked)
        print(f"  {method:10s} {same}/{len(checked)}")
        disagreements += [f"  {c.case} [{method}]: {explain(c, method)}" for c in checked if not c.agrees(method)]
    same_universe = [c for c in comparisons if c.n_recorded == c.n_mine]
    print(f"  ranked lines equal in {len(same_universe)}/{len(comparisons)} cases")
    if disagreements:
        print("\nDisagreements:")
        print("\n".join(disagreements))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
