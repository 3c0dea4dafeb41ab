"""``tflm corpus import``: turn other bug-dataset layouts into tflm case sets."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from tflm.corpus.importers.writing import ImportReport

OUTPUT_HELP = "Case set to write or resume (one case directory per bug)."
PYTHON_HELP = "Record this interpreter in every case's bug.json: the environment that runs its tests."


@click.group("import")
def import_group() -> None:
    """Import bugs from other datasets (BugsInPy, buggy/fixed pairs) as a case set."""


def _python(python: str | None) -> str | None:
    """An interpreter given as a path is recorded absolute, so the case set can move."""
    if python and os.sep in python and os.path.exists(python):
        return os.path.abspath(python)
    return python


def _echo_case(case: str, status: str, detail: str) -> None:
    from tflm.corpus.importers.writing import IMPORTED, RESUMED

    if status == IMPORTED:
        click.echo(f"imported {case}", err=True)
    elif status == RESUMED:
        click.echo(f"already imported {case}", err=True)
    else:
        click.echo(f"skipped {case}: {detail}", err=True)


def _finish(report: ImportReport, out: Path) -> None:
    from tflm.errors import CorpusError

    total = len(report.imported) + len(report.resumed) + len(report.problems)
    click.echo(f"{len(report.imported)} imported, {len(report.resumed)} already there, "
               f"{len(report.problems)} skipped of {total}; case set: {out}", err=True)
    if report.problems:
        names = ", ".join(case for case, _ in report.problems)
        raise CorpusError(f"{len(report.problems)} of {total} could not be imported: {names}.",
                          hint="The reasons are listed above; fix them and rerun to import the rest.")


@import_group.command("bugsinpy")
@click.argument("root", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--checkouts", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Projects at their buggy commits, as DIR/<project>/<n>/ or DIR/<project>-<n>/.")
@click.option("--output", "-o", "out", type=click.Path(file_okay=False, path_type=Path), required=True, help=OUTPUT_HELP)
@click.option("--project", "projects", multiple=True, metavar="P", help="Import only this project (repeatable).")
@click.option("--python", default=None, metavar="PATH", help=PYTHON_HELP)
def bugsinpy(root: Path, checkouts: Path, out: Path, projects: tuple[str, ...], python: str | None) -> None:
    """Import a BugsInPy-style layout ROOT/projects/<p>/bugs/<n>/ (bug.info, bug_patch.txt,
    run_test.sh) with the checkouts of each bug into OUT/<p>-<n>/.

    Bug lines are the lines bug_patch.txt removes or changes (for a fix that only adds code: the
    lines next to each insertion, an omission). A bug that cannot be imported is reported and
    the rest go on (exit 3 at the end); a rerun skips the cases already imported.
    """
    from tflm.corpus.importers.bugsinpy import import_bugsinpy

    report = import_bugsinpy(root, checkouts, out, projects=projects, python=_python(python), on_case=_echo_case)
    _finish(report, out)


@import_group.command("pairs")
@click.argument("buggy", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("fixed", type=click.Path(exists=True, file_okay=False, path_type=Path), required=False)
@click.option("--output", "-o", "out", type=click.Path(file_okay=False, path_type=Path), required=True, help=OUTPUT_HELP)
@click.option("--name", default=None, help="Case name of a single pair (OUT/NAME/).")
@click.option("--many", is_flag=True, help="BUGGY is a directory of pairs ROOT/<name>/{buggy,fixed}/.")
@click.option("--test-cmd", default=None, metavar="CMD",
              help="The command that runs the failing tests, e.g. \"pytest tests/test_x.py::test_y\" (default: the whole suite).")
@click.option("--python", default=None, metavar="PATH", help=PYTHON_HELP)
def pairs(buggy: Path, fixed: Path | None, out: Path, name: str | None, many: bool, test_cmd: str | None,
          python: str | None) -> None:
    """Import a BUGGY/FIXED pair of project directories as OUT/NAME/, or with --many every
    ROOT/<name>/{buggy,fixed}/ as OUT/<name>/.

    Bug lines come from the diff of the Python files that differ (for a fix that only adds code:
    the lines next to each insertion, an omission); the diff is kept as the case's fixed_patch.
    """
    from tflm.corpus.importers.pairs import import_pair, import_pairs
    from tflm.corpus.importers.writing import IMPORTED, RESUMED
    from tflm.errors import UsageError

    if many:
        if fixed is not None or name is not None:
            raise UsageError("With --many give only ROOT (the directory of pairs), without FIXED or --name.")
        report = import_pairs(buggy, out, test_cmd=test_cmd, python=_python(python), on_case=_echo_case)
        _finish(report, out)
        return
    if fixed is None or name is None:
        raise UsageError("Give BUGGY, FIXED and --name NAME (or --many ROOT for a directory of pairs).")
    written = import_pair(buggy, fixed, out, name, test_cmd=test_cmd, python=_python(python))
    _echo_case(name, IMPORTED if written else RESUMED, str(out / name))
