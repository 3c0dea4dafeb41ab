"""Corpus subjects: correct projects with passing suites, checked before anything is mutated.

A subject is a directory holding a ``pytest.ini`` (or ``pyproject.toml``/``setup.cfg``) and a
test suite; its baseline is one traced run of that suite on the unmodified code. A subject whose
sources do not parse, that has no tests, whose own tests fail, or whose tests need the network
is reported with its name and reason and is not mutated.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from tflm.collect.plugin import NETWORK_MARKER
from tflm.collect.runner import Launcher, RunOptions, collect
from tflm.collect.spectrum import Spectrum
from tflm.errors import CorpusError, TflmError
from tflm.types import LineId, TestId

CONFIG_FILES = ("pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini")
IGNORED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".git"})


@dataclass(frozen=True)
class Subject:
    name: str
    root: Path
    digest: str
    """sha256 over the relative paths and bytes of every file: a changed subject makes new cases."""


@dataclass
class Baseline:
    """A subject's spectrum on the unmodified code (every test passed)."""

    subject: Subject
    spectrum: Spectrum

    def tests_of(self, line: LineId) -> frozenset[TestId]:
        index = self._rows().get(line)
        if index is None:
            return frozenset()
        row = self.spectrum.matrix[[index], :]
        return frozenset(self.spectrum.tests[j] for j in row.indices)

    def _rows(self) -> dict[LineId, int]:
        rows: dict[LineId, int] | None = getattr(self, "_row_cache", None)
        if rows is None:
            rows = {line: i for i, line in enumerate(self.spectrum.lines)}
            self._row_cache = rows
        return rows


@dataclass(frozen=True)
class SubjectProblem:
    name: str
    reason: str


def subject_files(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and not IGNORED_PARTS.intersection(p.relative_to(root).parts) and p.suffix != ".pyc"
    )


def digest_tree(root: Path) -> str:
    h = hashlib.sha256()
    for path in subject_files(root):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def discover_subjects(directory: Path) -> list[Subject]:
    """Subjects directly below ``directory`` (or ``directory`` itself when it is one), sorted."""
    if not directory.is_dir():
        raise CorpusError(f"The subjects directory '{directory}' does not exist or is not a directory.")
    candidates = [directory] if _is_subject(directory) else sorted(p for p in directory.iterdir() if p.is_dir())
    subjects = [Subject(p.name, p.resolve(), digest_tree(p)) for p in candidates if _is_subject(p)]
    if not subjects:
        raise CorpusError(
            f"No subjects found in '{directory}'.",
            hint=f"A subject is a directory with a test suite and one of {', '.join(CONFIG_FILES)}.",
        )
    return subjects


def _is_subject(path: Path) -> bool:
    return any((path / name).is_file() for name in CONFIG_FILES)


def check_subject(subject: Subject, launcher: Launcher, *, timeout: float) -> Baseline | SubjectProblem:
    """Run the unmodified suite once (network blocked). Never writes inside the subject."""
    try:
        run = collect(
            RunOptions(project=subject.root, timeout=timeout, per_phase_contexts=False, block_network=True),
            launcher=launcher,
        )
    except TflmError as exc:
        return SubjectProblem(subject.name, exc.message.splitlines()[0] if exc.message else type(exc).__name__)
    spectrum = run.spectrum
    failing = sorted(t for t, o in spectrum.outcomes.items() if o.failing)
    if failing:
        if any(NETWORK_MARKER in spectrum.outcomes[t].message for t in failing):
            return SubjectProblem(subject.name, f"a test needs the network ({failing[0]})")
        return SubjectProblem(
            subject.name,
            f"its own tests fail on the unmodified code: {len(failing)} failing, first {failing[0]}",
        )
    if not spectrum.tests:
        return SubjectProblem(subject.name, "no test ran")
    if not spectrum.lines:
        return SubjectProblem(subject.name, "its tests execute no source line")
    return Baseline(subject=subject, spectrum=spectrum)
