"""``tflm corpus import pairs``: buggy/fixed project pairs -> cases.

A pair is two directories holding the same project before and after the fix. The fix is the
unified diff of every Python file that differs between them (files only on one side included;
caches, VCS data and virtualenvs ignored, as in the case copy); bug lines follow from it as in
:mod:`tflm.corpus.importers.diffs`, and it is kept as the case's ``fixed_patch``. Differences in
non-Python files are neither bug lines nor part of the patch. The tests come from a pytest (or
unittest) command, ``--test-cmd``; without one the case runs the whole suite.

Many pairs at once: ``ROOT/<name>/buggy/`` and ``ROOT/<name>/fixed/``, one case ``OUT/<name>/``
each.
"""

from __future__ import annotations

from pathlib import Path

from tflm.corpus.importers.diffs import bug_lines, parse_unified_diff, read_text, split_lines, unified_diff
from tflm.corpus.importers.testcmds import TestSelection, missing_targets, runs_tests, selection_from_command
from tflm.corpus.importers.writing import (
    BUGGY,
    IMPORTED,
    PROBLEM,
    RESUMED,
    ImportReport,
    OnCase,
    bug_record,
    case_done,
    check_case_name,
    clean_partials,
    project_files,
    write_case,
)
from tflm.errors import CorpusError, UsageError

FIXED = "fixed"


def fix_patch(buggy: Path, fixed: Path) -> str:
    """The unified diff buggy -> fixed over the Python files that differ, file by file, sorted."""
    old = {rel for rel in project_files(buggy) if rel.endswith(".py")}
    new = {rel for rel in project_files(fixed) if rel.endswith(".py")}
    parts = []
    for rel in sorted(old | new):
        before = read_text(buggy / rel) if rel in old else None
        after = read_text(fixed / rel) if rel in new else None
        if before != after:
            parts.append(unified_diff(rel, before, after))
    return "".join(parts)


def selection_for(test_cmd: str | None, project: Path) -> TestSelection:
    """The tests of ``--test-cmd`` (empty: the whole suite), checked against ``project``."""
    if not test_cmd:
        return TestSelection()
    selection = selection_from_command(test_cmd, project)
    if selection is None:
        raise _not_a_test_command(test_cmd)
    missing = missing_targets(selection, project)
    if missing:
        raise CorpusError(f"The buggy project {project} has no {', '.join(missing)} (named by --test-cmd).")
    return selection


def _not_a_test_command(test_cmd: str) -> UsageError:
    return UsageError(f"--test-cmd must run pytest or unittest ('pytest tests/test_x.py', "
                      f"'python -m pytest ...', 'python -m unittest ...'); got {test_cmd!r}.")


def import_pair(buggy: Path, fixed: Path, out: Path, name: str, *, test_cmd: str | None = None,
                python: str | None = None) -> bool:
    """Import one pair as ``OUT/<name>/``; False when that case already exists."""
    check_case_name(name)
    if case_done(out, name):
        return False
    for label, directory in (("buggy", buggy), ("fixed", fixed)):
        if not directory.is_dir():
            raise CorpusError(f"missing the {label} version (expected the directory {directory})")
    patch = fix_patch(buggy, fixed)
    if not patch:
        raise CorpusError(f"the buggy ({buggy}) and fixed ({fixed}) versions have the same Python files")

    def read_buggy(rel: str) -> list[str] | None:
        path = buggy / rel
        return split_lines(read_text(path)) if path.is_file() else None

    found = bug_lines(parse_unified_diff(patch), read_buggy, patch_name="the fix")
    selection = selection_for(test_cmd, buggy)
    what = (f"adds code missing from {', '.join(found.files)} (the lines next to each insertion are listed)"
            if found.omission else f"changes {len(found.lines)} line(s) of {', '.join(found.files)}")
    record = bug_record(
        lines=[(line.file, line.line) for line in found.lines], omission=found.omission,
        description=f"{name}: the fix {what}", source=f"buggy/fixed pair {name}", test_args=selection.args,
        fixed_patch=patch, python=python,
    )
    out.mkdir(parents=True, exist_ok=True)
    clean_partials(out)
    return write_case(out, name, buggy, record)


def import_pairs(root: Path, out: Path, *, test_cmd: str | None = None, python: str | None = None,
                 on_case: OnCase | None = None) -> ImportReport:
    """Import every ``ROOT/<name>/{buggy,fixed}/``; problems are collected, not raised."""
    if not root.is_dir():
        raise UsageError(f"The pairs directory '{root}' does not exist.")
    names = sorted(d.name for d in root.iterdir() if d.is_dir() and not d.name.startswith("."))
    if not any((root / name / BUGGY).is_dir() or (root / name / FIXED).is_dir() for name in names):
        raise CorpusError(f"'{root}' holds no pairs.", hint=f"Expected {root}/<name>/{BUGGY}/ and {root}/<name>/{FIXED}/.")
    if test_cmd and not runs_tests(test_cmd):
        raise _not_a_test_command(test_cmd)
    report = ImportReport()
    for name in names:
        try:
            written = import_pair(root / name / BUGGY, root / name / FIXED, out, name, test_cmd=test_cmd, python=python)
        except CorpusError as exc:
            report.record(name, PROBLEM, str(exc), on_case)
            continue
        except OSError as exc:
            report.record(name, PROBLEM, f"cannot read it: {exc}", on_case)
            continue
        report.record(name, IMPORTED if written else RESUMED, str(out / name), on_case)
    return report
