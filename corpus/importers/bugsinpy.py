"""``tflm corpus import bugsinpy``: a BugsInPy-style layout plus local checkouts -> a case set.

The layout is ``ROOT/projects/<project>/bugs/<n>/`` holding

- ``bug.info``: shell-style ``KEY="value"`` lines (``buggy_commit_id``, ``fixed_commit_id``,
  ``test_file`` with several files separated by ``;``, ``python_version``, ...);
- ``bug_patch.txt``: the fix, a unified diff against the buggy version;
- ``run_test.sh``: the commands that run the failing tests (see :mod:`tflm.corpus.importers.testcmds`);
  without it the ``test_file`` entries of ``bug.info`` are the tests.

BugsInPy keeps no code, so the project at the buggy commit comes from ``CHECKOUTS/<project>/<n>/``
or ``CHECKOUTS/<project>-<n>/`` (the first that exists), with the failing tests in it as
``bugsinpy-checkout`` leaves them. Each bug becomes ``OUT/<project>-<n>/`` (see
:mod:`tflm.corpus.importers.writing`); a bug that cannot be imported is reported with the reason
and the others go on.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from tflm.corpus.importers.diffs import bug_lines, parse_unified_diff, read_text, split_lines
from tflm.corpus.importers.testcmds import TestSelection, missing_targets, selection_from_command
from tflm.corpus.importers.writing import (
    IMPORTED,
    PROBLEM,
    RESUMED,
    ImportReport,
    OnCase,
    bug_record,
    case_done,
    clean_partials,
    write_case,
)
from tflm.errors import CorpusError, UsageError

BUG_INFO = "bug.info"
BUG_PATCH = "bug_patch.txt"
RUN_TEST = "run_test.sh"
INFO_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$")
LAYOUT = "ROOT/projects/<project>/bugs/<n>/ with bug.info, bug_patch.txt and run_test.sh"


@dataclass(frozen=True)
class Bug:
    project: str
    number: str
    directory: Path

    @property
    def case(self) -> str:
        return f"{self.project}-{self.number}"

    def checkout_candidates(self, checkouts: Path) -> list[Path]:
        return [checkouts / self.project / self.number, checkouts / self.case]


def _natural(name: str) -> tuple[int, int | str]:
    return (0, int(name)) if name.isdigit() else (1, name)


def discover_bugs(root: Path, projects: tuple[str, ...] = ()) -> tuple[list[Bug], list[tuple[str, str]]]:
    """The bugs of the layout (by project, then bug number) and the projects without a bugs/ folder."""
    base = root / "projects"
    if not base.is_dir():
        raise CorpusError(f"'{root}' is not a BugsInPy layout: it has no projects/ directory.",
                          hint=f"Expected {LAYOUT}.")
    available = sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))
    unknown = [p for p in projects if p not in available]
    if unknown:
        raise UsageError(f"No project {', '.join(map(repr, unknown))} in '{base}'.",
                         hint=f"Projects there: {', '.join(available) or 'none'}.")
    bugs: list[Bug] = []
    problems: list[tuple[str, str]] = []
    for project in projects or tuple(available):
        bugs_dir = base / project / "bugs"
        if not bugs_dir.is_dir():
            problems.append((project, f"missing {bugs_dir} (expected {LAYOUT})"))
            continue
        numbers = sorted((d.name for d in bugs_dir.iterdir() if d.is_dir() and not d.name.startswith(".")),
                         key=_natural)
        bugs += [Bug(project, number, bugs_dir / number) for number in numbers]
    if not bugs and not problems:
        raise CorpusError(f"No bugs found under '{base}'.", hint=f"Expected {LAYOUT}.")
    return bugs, problems


def read_bug_info(path: Path) -> dict[str, str]:
    """``KEY="value"`` lines of a bug.info (shell quoting; other lines are ignored)."""
    info: dict[str, str] = {}
    for line in read_text(path).splitlines():
        match = INFO_LINE.match(line)
        if match is None:
            continue
        raw = match[2].strip()
        try:
            words = shlex.split(raw, comments=True)
        except ValueError:
            words = [raw.strip("\"'")]
        info[match[1]] = " ".join(words)
    return info


def _test_files(info: dict[str, str]) -> list[str]:
    return [name.strip() for name in info.get("test_file", "").split(";") if name.strip()]


def _required(bug: Bug, name: str) -> Path:
    path = bug.directory / name
    if not path.is_file():
        raise CorpusError(f"missing {name} (expected {path})")
    return path


def find_checkout(bug: Bug, checkouts: Path) -> Path:
    for candidate in bug.checkout_candidates(checkouts):
        if candidate.is_dir():
            return candidate
    first, second = bug.checkout_candidates(checkouts)
    raise CorpusError(f"missing the checkout (expected {first}/ or {second}/ holding "
                      f"{bug.project} at its buggy commit)")


def _tests(bug: Bug, info: dict[str, str], checkout: Path) -> TestSelection:
    run_test = bug.directory / RUN_TEST
    test_files = _test_files(info)
    if run_test.is_file():
        selection = selection_from_command(read_text(run_test), checkout)
        if selection is None:
            raise CorpusError(f"{RUN_TEST} runs no pytest or unittest command ({run_test})")
        origin = RUN_TEST
    elif test_files:
        selection, origin = TestSelection(targets=test_files), f"test_file of {BUG_INFO}"
    else:
        raise CorpusError(f"missing {RUN_TEST} (expected {run_test}), and {BUG_INFO} names no test_file")
    missing = missing_targets(selection, checkout)
    if missing:
        raise CorpusError(f"the checkout {checkout} has no {', '.join(missing)} (named by {origin}); "
                          "check out the fixed version's test files into it, as bugsinpy-checkout does")
    return selection


def import_bug(bug: Bug, checkouts: Path, out: Path, *, python: str | None = None) -> bool:
    """Import one bug; False when its case already exists. Raises CorpusError naming what is wrong."""
    if case_done(out, bug.case):
        return False
    info = read_bug_info(_required(bug, BUG_INFO))
    patch_text = read_text(_required(bug, BUG_PATCH))
    checkout = find_checkout(bug, checkouts)

    def read_buggy(rel: str) -> list[str] | None:
        path = checkout / rel
        return split_lines(read_text(path)) if path.is_file() else None

    found = bug_lines(parse_unified_diff(patch_text), read_buggy, patch_name=BUG_PATCH)
    selection = _tests(bug, info, checkout)
    fixed = info.get("fixed_commit_id", "")
    what = (f"adds code missing from {', '.join(found.files)} (the lines next to each insertion are listed)"
            if found.omission else f"changes {len(found.lines)} line(s) of {', '.join(found.files)}")
    description = f"BugsInPy {bug.project} bug {bug.number}: the fix{f' ({fixed[:12]})' if fixed else ''} {what}"
    record = bug_record(
        lines=[(line.file, line.line) for line in found.lines], omission=found.omission,
        description=description, source=f"BugsInPy {bug.project} {bug.number}", test_args=selection.args,
        fixed_patch=patch_text, python=python,
        bugsinpy={**{key: info[key] for key in ("buggy_commit_id", "fixed_commit_id", "python_version") if key in info},
                  "test_file": _test_files(info)},
    )
    return write_case(out, bug.case, checkout, record)


def import_bugsinpy(root: Path, checkouts: Path, out: Path, *, projects: tuple[str, ...] = (),
                    python: str | None = None, on_case: OnCase | None = None) -> ImportReport:
    """Import every bug of the layout (or of ``projects``); problems are collected, not raised."""
    if not checkouts.is_dir():
        raise UsageError(f"The checkouts directory '{checkouts}' does not exist.",
                         hint="It holds the projects at their buggy commits as <project>/<n>/ or <project>-<n>/.")
    bugs, layout_problems = discover_bugs(root, projects)
    report = ImportReport()
    for name, message in layout_problems:
        report.record(name, PROBLEM, message, on_case)
    out.mkdir(parents=True, exist_ok=True)
    clean_partials(out)
    for bug in bugs:
        try:
            written = import_bug(bug, checkouts, out, python=python)
        except CorpusError as exc:
            report.record(bug.case, PROBLEM, str(exc), on_case)
            continue
        except OSError as exc:
            report.record(bug.case, PROBLEM, f"cannot read it: {exc}", on_case)
            continue
        report.record(bug.case, IMPORTED if written else RESUMED, str(out / bug.case), on_case)
    return report
