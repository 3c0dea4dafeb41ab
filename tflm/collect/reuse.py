"""A spectrum from a run that already happened: coverage data with per-test contexts + JUnit XML.

No test runs. The coverage data must have been recorded with one dynamic context per test and
phase named ``<nodeid>|setup``, ``<nodeid>|run``, ``<nodeid>|teardown``, which is what
``pytest --cov=PKG --cov-context=test`` (pytest-cov) writes and what tflm's own collector writes;
outcomes come from the JUnit XML of the same run (``--junitxml=results.xml``).

JUnit names a test by ``classname`` and ``name``, which pytest derives from the node id:
``tests/test_mod.py::TestK::test_x[1]`` becomes ``tests.test_mod.TestK`` and ``test_x[1]``.
Going back is ambiguous (dots in directory names, classes vs modules), so a test case is matched
first against the node ids found in the coverage contexts, mangled the same way, and only then
rebuilt from the file system: the longest dotted prefix of ``classname`` that is a ``.py`` file
under the project is the module, the rest are classes.

The outcome policy is :mod:`tflm.collect.outcomes`' one, as far as JUnit can say: ``failure`` is
a failing test, ``error`` (setup or teardown) an error, ``skipped`` a skip or, with type
``pytest.xfail``, an xfail; a strict XPASS (``skipped`` "xfail-marked test passes unexpectedly")
fails. A non-strict XPASS cannot be told from a pass in JUnit XML and is counted as passed.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tflm.collect.outcomes import Status, TestOutcome
from tflm.collect.runner import RunResult, add_executed, map_traceback, rel_index, validate_project
from tflm.collect.sources import SourceFile, parse_sources, select_source_files
from tflm.errors import UsageError
from tflm.types import LineId, RelPath, TestId

if TYPE_CHECKING:
    from coverage import CoverageData

PHASES = frozenset({"setup", "run", "teardown"})
RECORD_HINT = ("Record them in one pytest run from the project root: "
               "`pytest --cov=PACKAGE --cov-context=test --junitxml=results.xml` (pytest-cov), "
               "then `tflm localize --coverage-file .coverage --junit-xml results.xml`.")
_PRIORITY: dict[str, int] = {"failed": 0, "error": 1, "xfailed": 2, "skipped": 3, "passed": 4}
_FRAME = re.compile(r"^(?P<file>[^\s:][^:\n]*\.py):(?P<line>\d+): ", re.MULTILINE)
_EXC_TYPE = re.compile(r"^(?P<name>[A-Za-z_][\w.]*):")
MAX_EXAMPLES = 3


@dataclass
class RecordedRun:
    """Where a finished run left its data. Paths may be relative to the current directory."""

    project: Path
    coverage_file: Path
    junit_xml: Path
    include: Sequence[str] = ()
    omit: Sequence[str] = ()


@dataclass(frozen=True)
class JUnitCase:
    classname: str
    name: str
    file: str | None
    status: Status
    message: str
    duration: float


def junit_key(nodeid: TestId) -> tuple[str, str]:
    """The (classname, name) pytest's junitxml writes for ``nodeid``."""
    path, _, tail = nodeid.partition("::")
    name_part, bracket, params = tail.partition("[")
    names = name_part.split("::")
    dotted = re.sub(r"\.py$", "", path.replace("/", "."))
    return ".".join([dotted, *names[:-1]]), names[-1] + bracket + params


def case_to_nodeid(case: JUnitCase, root: Path, known: dict[tuple[str, str], TestId]) -> TestId:
    """The node id of a JUnit test case (see the module docstring for the rules)."""
    found = known.get((case.classname, case.name))
    if found is not None:
        return found
    parts = case.classname.split(".")
    if case.file and case.file.endswith(".py"):  # xunit1 files name the module exactly
        module = case.file.replace(os.sep, "/")
        dotted = module[:-3].replace("/", ".")
        classes = case.classname[len(dotted) + 1:].split(".") if case.classname.startswith(dotted + ".") else []
        return "::".join([module, *[c for c in classes if c], case.name])
    for k in range(len(parts), 0, -1):
        module = "/".join(parts[:k]) + ".py"
        if (root / module).is_file():
            return "::".join([module, *parts[k:], case.name])
    return "::".join(["/".join(parts) + ".py", case.name])


def _status(element: ET.Element) -> tuple[Status, str]:
    failure = element.find("failure")
    if failure is not None:
        return "failed", _message(failure)
    error = element.find("error")
    if error is not None:
        return "error", _message(error)
    skipped = element.find("skipped")
    if skipped is not None:
        if skipped.get("type") == "pytest.xfail":
            return "xfailed", ""
        if (skipped.get("message") or "").startswith("xfail-marked test passes unexpectedly"):
            return "failed", "[XPASS(strict)] xfail-marked test passes unexpectedly"
        return "skipped", ""
    return "passed", ""


def _message(element: ET.Element) -> str:
    text = (element.text or "").strip()
    return text or element.get("message", "")


def read_junit(path: Path) -> tuple[list[JUnitCase], list[str]]:
    """Test cases and the names of collection errors in a JUnit XML file."""
    if not path.is_file():
        raise UsageError(f"The JUnit XML file '{path}' does not exist.",
                         hint="Write it with `pytest --junitxml=results.xml` in the run that recorded the coverage data.")
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise UsageError(f"'{path}' is not readable JUnit XML: {exc}.") from exc
    cases: list[JUnitCase] = []
    collect_errors: list[str] = []
    for element in root.iter("testcase"):
        classname = element.get("classname", "")
        name = element.get("name", "")
        status, message = _status(element)
        error = element.find("error")
        if not classname or (error is not None and error.get("message") == "collection failure"):
            collect_errors.append(name or classname)
            continue
        try:
            duration = float(element.get("time", "0") or 0)
        except ValueError:
            duration = 0.0
        cases.append(JUnitCase(classname, name, element.get("file"), status, message, duration))
    if not cases:
        raise UsageError(f"The JUnit XML file '{path}' holds no test cases.", hint=RECORD_HINT)
    return cases, collect_errors


def _exc_type(message: str) -> str | None:
    """The exception type in pytest's long report (last line ``path:line: Type``) or short message
    (``Type: text``)."""
    lines = message.strip().splitlines()
    if not lines:
        return None
    last = lines[-1]
    frame = _FRAME.match(last)
    if frame is not None:
        rest = last[frame.end():].strip()
        return rest.split(":", 1)[0] or None if not rest.startswith("in ") else None
    found = _EXC_TYPE.match(lines[0])
    return found["name"] if found else None


def _outcome(nodeid: TestId, cases: Sequence[JUnitCase], root: Path) -> TestOutcome:
    """One outcome from every test case of a node id (a call failure and a teardown error are two)."""
    worst = min(cases, key=lambda c: _PRIORITY[c.status])
    frames: tuple[LineId, ...] = ()
    exc_type = None
    if worst.status in ("failed", "error"):
        frames = tuple(LineId(str(root / m["file"]), int(m["line"])) for m in _FRAME.finditer(worst.message))
        exc_type = _exc_type(worst.message)
    return TestOutcome(nodeid=nodeid, status=worst.status, message=worst.message, exc_type=exc_type,
                       traceback=frames, duration=sum(c.duration for c in cases))


def _contexts_by_test(data: CoverageData, path: Path) -> set[TestId]:
    contexts: set[str] = set(data.measured_contexts())
    named = {c for c in contexts if c}
    if not named:
        raise UsageError(f"The coverage data in '{path}' has no per-test contexts: it cannot say which test ran which line.",
                         hint=RECORD_HINT)
    tests = {c.rsplit("|", 1)[0] for c in named if "|" in c and c.rsplit("|", 1)[1] in PHASES}
    if not tests:
        example = ", ".join(sorted(named)[:MAX_EXAMPLES])
        raise UsageError(f"The coverage contexts in '{path}' are not per-test contexts of the form "
                         f"'<nodeid>|setup/run/teardown' (found e.g. {example}).", hint=RECORD_HINT)
    return tests


def _read_data(path: Path) -> CoverageData:
    from coverage import CoverageData
    from coverage.exceptions import CoverageException

    if not path.is_file():
        siblings = sorted(p.name for p in path.parent.glob(path.name + ".*")) if path.parent.is_dir() else []
        hint = ("Found unmerged parallel data files (" + ", ".join(siblings[:MAX_EXAMPLES]) + "): run `coverage combine` first."
                if siblings else RECORD_HINT)
        raise UsageError(f"The coverage data file '{path}' does not exist.", hint=hint)
    data = CoverageData(basename=str(path), no_disk=False)
    try:
        data.read()
        data.measured_contexts()
    except (CoverageException, sqlite3.Error) as exc:
        raise UsageError(f"'{path}' is not a coverage data file: {exc}.") from exc
    return data


def _match_measured(measured: Iterable[str], root: Path, sources: dict[RelPath, SourceFile]) -> dict[str, RelPath]:
    """Measured paths -> source files; data recorded in another checkout is matched by path suffix."""
    index = rel_index(root, sources)
    by_length = sorted(sources, key=len, reverse=True)
    matched: dict[str, RelPath] = {}
    for path in measured:
        rel = index.get(path) or index.get(os.path.realpath(path))
        if rel is None:
            posix = path.replace("\\", "/")
            rel = next((r for r in by_length if posix.endswith("/" + r)), None)
        if rel is not None:
            matched[path] = rel
    return matched


def _examples(ids: Iterable[str]) -> str:
    shown = sorted(ids)[:MAX_EXAMPLES]
    return ", ".join(shown) if shown else "none"


def collect_recorded(run: RecordedRun) -> RunResult:
    """The spectrum of a finished run, read from its coverage data and JUnit XML."""
    started = time.monotonic()
    root = validate_project(run.project)
    cases, collect_errors = read_junit(run.junit_xml)
    data = _read_data(run.coverage_file)
    covered_tests = _contexts_by_test(data, run.coverage_file)
    known = {junit_key(nodeid): nodeid for nodeid in covered_tests}
    by_nodeid: dict[TestId, list[JUnitCase]] = {}
    for case in cases:
        by_nodeid.setdefault(case_to_nodeid(case, root, known), []).append(case)
    common = covered_tests & set(by_nodeid)
    if not common:
        raise UsageError(
            f"The coverage data and the JUnit XML have no test in common: the coverage data names "
            f"{len(covered_tests)} tests (e.g. {_examples(covered_tests)}), the JUnit XML {len(by_nodeid)} "
            f"(read as {_examples(by_nodeid)}).",
            hint="Give the files of one and the same pytest run, and the project root that run started from. " + RECORD_HINT,
        )
    warnings: list[str] = []
    if collect_errors:
        warnings.append(f"the JUnit XML records {len(collect_errors)} collection errors ({_examples(collect_errors)}); "
                        "those tests did not run")
    only_coverage = covered_tests - set(by_nodeid)
    if only_coverage:
        warnings.append(f"{len(only_coverage)} tests in the coverage data are not in the JUnit XML and are left out "
                        f"(e.g. {_examples(only_coverage)})")
    sources = parse_sources(root, select_source_files(root, run.include, run.omit))
    matched = _match_measured(data.measured_files(), root, sources)
    executed: dict[LineId, set[TestId]] = {}
    stale: set[RelPath] = set()
    for measured, rel in matched.items():
        add_executed(executed, data, measured, sources[rel])
        # A recorded line that is no statement now: the file changed (line 0 marks an empty module).
        if any(n > 0 and n not in sources[rel].statement_of for n in data.lines(measured) or ()):
            stale.add(rel)
    recorded_at = run.coverage_file.stat().st_mtime
    stale |= {rel for rel in set(matched.values()) if sources[rel].absolute.stat().st_mtime > recorded_at}
    if stale:
        warnings.append(f"source files changed since the coverage data was recorded, so its line numbers may not match: "
                        f"{', '.join(sorted(stale))}; record the run again for an exact ranking")
    if not matched:
        measured_files = sorted(data.measured_files())
        raise UsageError(f"None of the {len(measured_files)} files measured in '{run.coverage_file}' is a source file of "
                         f"{root} (e.g. {_examples(measured_files)}).",
                         hint="Give the project root the run started from, or name the sources with --include.")
    outcomes = {nodeid: map_traceback(_outcome(nodeid, group, root), root, sources) for nodeid, group in by_nodeid.items()}
    from tflm.collect.spectrum import build_spectrum

    spectrum = build_spectrum(root, executed, outcomes, sources)
    return RunResult(spectrum=spectrum, warnings=warnings, attempts=0, seconds=time.monotonic() - started)
