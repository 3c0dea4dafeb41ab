"""Domain aliases shared by every layer."""

from __future__ import annotations

from typing import NamedTuple

TestId = str
"""A pytest node id, e.g. ``tests/test_mod.py::test_name[param]``."""

RelPath = str
"""A path relative to the project root, with forward slashes."""


class LineId(NamedTuple):
    """One source line: a project-relative file and a 1-based line number."""

    file: RelPath
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"
