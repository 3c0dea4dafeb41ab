"""Writing imported cases: project copies, atomic case directories, resume and the report.

A case is assembled under ``<out>/.partial/import-<case>.<pid>/`` (the project copied into
``buggy/``, then ``bug.json``) and renamed to ``<out>/<case>/`` only when complete, so an
interrupted import never leaves half a case that a case-set reader would pick up. A case
directory that already exists is left alone: a rerun resumes where the last one stopped.
The source project is only ever read.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tflm.errors import CorpusError, UsageError
from tflm.types import RelPath

PARTIAL = ".partial"
PREFIX = "import-"
BUG_JSON = "bug.json"
BUGGY = "buggy"
KIND = "real"
SKIPPED_NAMES = frozenset({
    ".git", ".hg", ".svn", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox",
    ".coverage", ".eggs", "site-packages",
})

IMPORTED = "imported"
RESUMED = "already imported"
PROBLEM = "problem"
OnCase = Callable[[str, str, str], None]
"""Called as ``on_case(case, status, detail)`` after each case; status is one of the above."""


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(case, message) for every case that could not be imported."""

    def record(self, case: str, status: str, detail: str, on_case: OnCase | None) -> None:
        if status == IMPORTED:
            self.imported.append(case)
        elif status == RESUMED:
            self.resumed.append(case)
        else:
            self.problems.append((case, detail))
        if on_case is not None:
            on_case(case, status, detail)


def is_virtualenv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file() or (path / "bin" / "activate").is_file() or (
        path / "Scripts" / "activate.bat").is_file()


def skipped(directory: Path, name: str) -> bool:
    """Whether the project copy leaves out ``directory/name``: VCS data, caches, virtualenvs."""
    if name in SKIPPED_NAMES or name.endswith((".pyc", ".pyo")) or name.startswith(".coverage."):
        return True
    path = directory / name
    return path.is_dir() and not path.is_symlink() and is_virtualenv(path)


def _ignore(directory: str, names: list[str]) -> set[str]:
    return {name for name in names if skipped(Path(directory), name)}


def project_files(root: Path) -> Iterator[RelPath]:
    """Relative paths (forward slashes) of the files a project copy holds, sorted per directory."""
    for dirpath, dirnames, filenames in os.walk(root):
        current = Path(dirpath)
        dirnames[:] = sorted(name for name in dirnames if not skipped(current, name))
        for name in sorted(filenames):
            if not skipped(current, name):
                yield (current / name).relative_to(root).as_posix()


def check_case_name(name: str) -> str:
    if not name or name in (".", "..") or name.startswith(".") or "/" in name or "\\" in name:
        raise UsageError(f"A case name must be a plain directory name not starting with '.'; got {name!r}.")
    return name


def case_done(out: Path, case: str) -> bool:
    return (out / case).exists()


def clean_partials(out: Path) -> None:
    """Remove what interrupted imports (processes no longer running) left in ``<out>/.partial``."""
    partial = out / PARTIAL
    if not partial.is_dir():
        return
    for entry in partial.iterdir():
        if not entry.name.startswith(PREFIX):
            continue  # corpus build's own work in progress
        pid = entry.name.rsplit(".", 1)[-1]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_case(out: Path, case: str, project: Path, bug: dict[str, Any]) -> bool:
    """Copy ``project`` to ``<out>/<case>/buggy/`` and write ``bug`` as its bug.json, atomically.

    Returns False (and writes nothing) when the case already exists."""
    final = out / case
    if final.exists():
        return False
    partial = out / PARTIAL / f"{PREFIX}{case}.{os.getpid()}"
    try:
        if partial.exists():
            shutil.rmtree(partial)
        partial.mkdir(parents=True)
        shutil.copytree(project, partial / BUGGY, symlinks=True, ignore=_ignore)
        (partial / BUG_JSON).write_text(json.dumps(bug, indent=2) + "\n", encoding="utf-8")
        try:
            os.rename(partial, final)
        except OSError:
            if not final.exists():
                raise
            return False  # another import wrote the same case first
    except (OSError, shutil.Error) as exc:
        raise CorpusError(f"Cannot write case '{final}': {exc}") from exc
    finally:
        shutil.rmtree(partial, ignore_errors=True)
        try:
            (out / PARTIAL).rmdir()
        except OSError:
            pass  # not empty: other work in progress
    return True


def bug_record(*, lines: list[tuple[str, int]], omission: bool, description: str, source: str,
               test_args: list[str], fixed_patch: str, python: str | None, **extra: Any) -> dict[str, Any]:
    """A bug.json document (DESIGN.md, "The case format")."""
    bug: dict[str, Any] = {
        "bug_lines": [{"file": file, "line": line} for file, line in lines],
        "omission": omission,
        "description": description,
        "source": source,
        "kind": KIND,
        "test_args": test_args,
        "fixed_patch": fixed_patch,
    }
    if python is not None:
        bug["python"] = python
    bug.update(extra)
    return bug
