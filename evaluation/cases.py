"""The case format (DESIGN.md): ``<case>/buggy/`` plus ``<case>/bug.json``; a case set is a
directory of case directories (nested groups are searched too, e.g. ``<set>/<subject>/<case>``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tflm.errors import UsageError
from tflm.types import LineId

BUG_JSON = "bug.json"
BUGGY = "buggy"


@dataclass(frozen=True)
class Case:
    """One buggy program with known bug lines (1-based lines of the buggy version)."""

    name: str
    root: Path
    bug_lines: tuple[LineId, ...]
    omission: bool = False
    description: str = ""
    kind: str | None = None
    source: str | None = None
    test_args: tuple[str, ...] = ()
    python: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def project(self) -> Path:
        return self.root / BUGGY


class CaseFormatError(UsageError):
    """A case directory that does not follow the case format."""


def load_case(root: Path, name: str | None = None) -> Case:
    bug_file = root / BUG_JSON
    if not (root / BUGGY).is_dir():
        raise CaseFormatError(f"Case '{root}' has no '{BUGGY}/' directory.")
    try:
        data = json.loads(bug_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CaseFormatError(f"Case '{root}' has no {BUG_JSON}.") from None
    except (OSError, ValueError) as exc:
        raise CaseFormatError(f"Case '{root}': {BUG_JSON} is not valid JSON ({exc}).") from exc
    if not isinstance(data, dict) or not isinstance(data.get("bug_lines"), list) or not data["bug_lines"]:
        raise CaseFormatError(f"Case '{root}': {BUG_JSON} must hold a non-empty 'bug_lines' list.")
    lines = []
    for entry in data["bug_lines"]:
        if not (isinstance(entry, dict) and isinstance(entry.get("file"), str) and isinstance(entry.get("line"), int)
                and entry["line"] >= 1):
            raise CaseFormatError(f"Case '{root}': each bug line must be {{\"file\": str, \"line\": int >= 1}}; got {entry!r}.")
        lines.append(LineId(entry["file"].replace("\\", "/"), entry["line"]))
    test_args = data.get("test_args") or []
    if isinstance(test_args, str):
        test_args = test_args.split()
    known = {"bug_lines", "omission", "description", "kind", "source", "test_args", "python"}
    return Case(
        name=name or root.name,
        root=root,
        bug_lines=tuple(lines),
        omission=bool(data.get("omission", False)),
        description=str(data.get("description", "")),
        kind=data.get("kind"),
        source=data.get("source"),
        test_args=tuple(str(a) for a in test_args),
        python=data.get("python"),
        extra={k: v for k, v in data.items() if k not in known},
    )


def find_cases(case_set: Path) -> list[Path]:
    """Case directories under ``case_set`` (itself a case, or any depth below), sorted."""
    if not case_set.exists():
        raise UsageError(f"The case set '{case_set}' does not exist.")
    if not case_set.is_dir():
        raise UsageError(f"The case set '{case_set}' is not a directory.")
    if (case_set / BUG_JSON).exists():
        return [case_set]
    found = sorted(p.parent for p in case_set.rglob(BUG_JSON) if BUGGY not in p.relative_to(case_set).parts)
    if not found:
        raise UsageError(
            f"No cases found in '{case_set}'.",
            hint=f"A case is a directory with '{BUGGY}/' and '{BUG_JSON}' (see DESIGN.md).",
        )
    return found


def case_name(case_set: Path, root: Path) -> str:
    rel = root.relative_to(case_set).as_posix()
    return rel if rel != "." else root.name
