"""The hand-made validation set: bugs written by hand, stored as patches against the subjects.

A bug lives in ``<bugs>/<name>/`` as two files:

``bug.json``
    the case format of DESIGN.md (``bug_lines`` are lines of the *buggy* version, paths relative
    to the subject root) plus ``"subject"`` (the subject directory name), ``"kind"``,
    ``"description"`` and ``"omission"``;
``buggy.patch``
    a unified diff (``--- a/<path>`` / ``+++ b/<path>``) that turns the correct subject into the
    buggy one.

:func:`materialize` turns that compact form into a case set: ``<out>/<name>/buggy/`` is a copy of
the subject with the patch applied, ``<out>/<name>/bug.json`` is the stored ``bug.json`` with
``fixed_patch`` (the reverse diff) added. Patches are applied strictly: every context and removed
line must match the file exactly at the position its hunk names, otherwise the bug is reported as
a :class:`~tflm.errors.CorpusError` naming the bug and the file. Each case is written under a
temporary name and renamed into place; nothing is ever written into the subjects or the bugs.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from tflm.errors import CorpusError

BUG_JSON = "bug.json"
PATCH = "buggy.patch"
BUGGY = "buggy"
REQUIRED_KEYS = ("bug_lines", "omission", "description", "kind", "subject")
IGNORED_PARTS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".git"})
NO_NEWLINE = "\\ No newline at end of file"
_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@dataclass
class Hunk:
    old_start: int
    old_len: int
    new_start: int
    new_len: int
    lines: list[tuple[str, str]] = field(default_factory=list)
    """``(tag, text)`` with tag ``' '``, ``'-'`` or ``'+'``; ``text`` keeps its line ending."""


@dataclass
class FilePatch:
    path: str
    hunks: list[Hunk] = field(default_factory=list)


def make_patch(path: str, old: str, new: str) -> str:
    """A unified diff turning ``old`` into ``new`` for ``a/<path>`` / ``b/<path>`` ('' if equal)."""
    diff = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    out: list[str] = []
    for line in diff:
        if line.endswith("\n"):
            out.append(line)
        else:  # the last line of a file without a final newline
            out.append(line + "\n" + NO_NEWLINE + "\n")
    return "".join(out)


def _strip_prefix(header: str, prefix: str, where: str) -> str:
    name = header.split("\t", 1)[0].strip()
    if not name.startswith(prefix):
        raise CorpusError(f"{where}: expected a path starting with '{prefix}', got '{name}'.")
    path = name[len(prefix):]
    pure = PurePosixPath(path)
    if not path or pure.is_absolute() or ".." in pure.parts or "\\" in path:
        raise CorpusError(f"{where}: unsafe or empty path '{name}'.")
    return path


def parse_patch(text: str, where: str = "patch") -> list[FilePatch]:
    """Parse a unified diff of modified files; anything malformed is a CorpusError naming ``where``."""
    lines = text.splitlines(keepends=True)
    patches: list[FilePatch] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("--- "):
            if line.strip() and not patches:
                raise CorpusError(f"{where}: expected '--- a/<path>' on line {i + 1}, got {line.rstrip()!r}.")
            if patches and line.strip():
                raise CorpusError(f"{where}: unexpected line {i + 1}: {line.rstrip()!r}.")
            i += 1
            continue
        if i + 1 >= len(lines) or not lines[i + 1].startswith("+++ "):
            raise CorpusError(f"{where}: '---' on line {i + 1} is not followed by '+++'.")
        old_path = _strip_prefix(line[4:], "a/", where)
        new_path = _strip_prefix(lines[i + 1][4:], "b/", where)
        if old_path != new_path:
            raise CorpusError(f"{where}: renames are not supported ('{old_path}' -> '{new_path}').")
        current = FilePatch(old_path)
        patches.append(current)
        i += 2
        while i < len(lines) and lines[i].startswith("@@"):
            match = _HUNK.match(lines[i])
            if match is None:
                raise CorpusError(f"{where}: malformed hunk header on line {i + 1}: {lines[i].rstrip()!r}.")
            hunk = Hunk(
                int(match.group(1)), int(match.group(2) or "1"), int(match.group(3)), int(match.group(4) or "1")
            )
            i += 1
            old_seen = new_seen = 0
            while old_seen < hunk.old_len or new_seen < hunk.new_len:
                if i >= len(lines):
                    raise CorpusError(f"{where}: hunk of '{old_path}' ends early (file truncated).")
                body = lines[i]
                tag = body[:1]
                if tag not in (" ", "-", "+"):
                    raise CorpusError(
                        f"{where}: hunk of '{old_path}' has {hunk.old_len - old_seen} old and "
                        f"{hunk.new_len - new_seen} new lines missing at line {i + 1}."
                    )
                content = body[1:]
                i += 1
                if i < len(lines) and lines[i].rstrip("\r\n") == NO_NEWLINE:
                    content = content[:-1] if content.endswith("\n") else content
                    i += 1
                hunk.lines.append((tag, content))
                old_seen += tag != "+"
                new_seen += tag != "-"
            if old_seen != hunk.old_len or new_seen != hunk.new_len:
                raise CorpusError(f"{where}: hunk of '{old_path}' does not match its header counts.")
            current.hunks.append(hunk)
        if not current.hunks:
            raise CorpusError(f"{where}: no hunks for '{old_path}'.")
    if not patches:
        raise CorpusError(f"{where}: the patch changes no file.")
    return patches


def apply_hunks(text: str, patch: FilePatch, where: str = "patch") -> str:
    """Apply ``patch`` to ``text`` strictly: no offsets, no fuzz, every old line must match."""
    old = text.splitlines(keepends=True)
    out: list[str] = []
    cursor = 0  # 0-based index into old of the next line not yet copied
    for hunk in patch.hunks:
        start = hunk.old_start - 1 if hunk.old_len else hunk.old_start
        if start < cursor or start > len(old):
            raise CorpusError(
                f"{where}: hunk at line {hunk.old_start} of '{patch.path}' is out of order or past the end."
            )
        out.extend(old[cursor:start])
        position = start
        for tag, content in hunk.lines:
            if tag == "+":
                out.append(content)
                continue
            if position >= len(old) or old[position] != content:
                found = old[position].rstrip("\n") if position < len(old) else "<end of file>"
                raise CorpusError(
                    f"{where}: context does not match in '{patch.path}' at line {position + 1}: "
                    f"expected {content.rstrip(chr(10))!r}, found {found!r}."
                )
            if tag == " ":
                out.append(content)
            position += 1
        cursor = position
    out.extend(old[cursor:])
    return "".join(out)


def apply_patch(root: Path, text: str, where: str = "patch") -> list[str]:
    """Apply a unified diff to the files below ``root`` in place; returns the changed paths."""
    changed: list[str] = []
    for file_patch in parse_patch(text, where):
        target = root / file_patch.path
        if not target.is_file():
            raise CorpusError(f"{where}: the file '{file_patch.path}' does not exist in the subject.")
        original = target.read_bytes().decode("utf-8")
        patched = apply_hunks(original, file_patch, where)
        target.write_bytes(patched.encode("utf-8"))
        changed.append(file_patch.path)
    return changed


def load_bug(bug_dir: Path) -> dict[str, Any]:
    """The stored ``bug.json`` of one bug, checked for the keys and types every bug must have."""
    name = bug_dir.name
    try:
        data = json.loads((bug_dir / BUG_JSON).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(f"Bug '{name}': no {BUG_JSON}.") from None
    except (OSError, ValueError) as exc:
        raise CorpusError(f"Bug '{name}': {BUG_JSON} is not valid JSON ({exc}).") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"Bug '{name}': {BUG_JSON} must hold an object.")
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        raise CorpusError(f"Bug '{name}': {BUG_JSON} lacks {', '.join(missing)}.")
    for key in ("description", "kind", "subject"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise CorpusError(f"Bug '{name}': '{key}' must be a non-empty string.")
    if not isinstance(data["omission"], bool):
        raise CorpusError(f"Bug '{name}': 'omission' must be true or false.")
    bug_lines = data["bug_lines"]
    if not isinstance(bug_lines, list) or not bug_lines:
        raise CorpusError(f"Bug '{name}': 'bug_lines' must be a non-empty list.")
    for entry in bug_lines:
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("file"), str)
            and isinstance(entry.get("line"), int)
            and not isinstance(entry.get("line"), bool)
            and entry["line"] >= 1
            and "\\" not in entry["file"]
        )
        if not ok:
            raise CorpusError(f"Bug '{name}': each bug line must be {{\"file\": str, \"line\": int >= 1}}; got {entry!r}.")
    return data


def bug_dirs(bugs_dir: Path) -> list[Path]:
    """The bug directories directly below ``bugs_dir`` (those holding a ``bug.json``), sorted."""
    if not bugs_dir.is_dir():
        raise CorpusError(f"The bugs directory '{bugs_dir}' does not exist.")
    return sorted(p for p in bugs_dir.iterdir() if p.is_dir() and (p / BUG_JSON).is_file())


def _inside(path: Path, parent: Path) -> bool:
    return path == parent or parent in path.parents


def _copy_subject(subject: Path, target: Path) -> None:
    for path in sorted(subject.rglob("*")):
        rel = path.relative_to(subject)
        if IGNORED_PARTS.intersection(rel.parts) or path.suffix == ".pyc" or not path.is_file():
            continue
        destination = target / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


def materialize_one(bug_dir: Path, subjects_dir: Path, out_dir: Path) -> Path:
    """Write the case of one bug to ``<out_dir>/<name>/`` (replacing an older one) and return it."""
    name = bug_dir.name
    data = load_bug(bug_dir)
    subject = subjects_dir / data["subject"]
    if not subject.is_dir() or "/" in data["subject"] or data["subject"] in ("", ".", ".."):
        raise CorpusError(f"Bug '{name}': the subject '{data['subject']}' is not in '{subjects_dir}'.")
    try:
        patch_text = (bug_dir / PATCH).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorpusError(f"Bug '{name}': no {PATCH}.") from None
    where = f"Bug '{name}' ({PATCH})"
    final = out_dir / name
    partial = out_dir / f".{name}.partial.{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        buggy = partial / BUGGY
        _copy_subject(subject, buggy)
        changed = apply_patch(buggy, patch_text, where)
        fixed = "".join(
            make_patch(path, (buggy / path).read_bytes().decode("utf-8"), (subject / path).read_bytes().decode("utf-8"))
            for path in changed
        )
        for entry in data["bug_lines"]:
            target = buggy / entry["file"]
            if not target.is_file():
                raise CorpusError(f"Bug '{name}': bug line file '{entry['file']}' is not in the buggy version.")
            count = len(target.read_bytes().decode("utf-8").splitlines())
            if entry["line"] > count:
                raise CorpusError(
                    f"Bug '{name}': bug line {entry['line']} is past the end of '{entry['file']}' ({count} lines)."
                )
        case = dict(data)
        case.setdefault("source", f"tflm hand-made validation set: {name}")
        case["fixed_patch"] = fixed
        (partial / BUG_JSON).write_text(json.dumps(case, indent=2) + "\n", encoding="utf-8")
        if final.exists():
            trash = out_dir / f".{name}.old.{os.getpid()}"
            shutil.rmtree(trash, ignore_errors=True)
            os.rename(final, trash)
            os.rename(partial, final)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            os.rename(partial, final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


def materialize(bugs_dir: Path, subjects_dir: Path, out_dir: Path) -> list[Path]:
    """Write the case set of every bug in ``bugs_dir`` to ``out_dir``; returns the case directories.

    ``out_dir`` must lie outside both ``bugs_dir`` and ``subjects_dir``; neither is written to.
    """
    bugs_dir, subjects_dir, out_dir = Path(bugs_dir), Path(subjects_dir), Path(out_dir)
    resolved = out_dir.resolve()
    for source in (bugs_dir, subjects_dir):
        real = source.resolve()
        if _inside(resolved, real) or _inside(real, resolved):
            raise CorpusError(f"The output '{out_dir}' must lie outside '{source}' (and not contain it).")
    if not subjects_dir.is_dir():
        raise CorpusError(f"The subjects directory '{subjects_dir}' does not exist.")
    found = bug_dirs(bugs_dir)
    if not found:
        raise CorpusError(f"No bugs found in '{bugs_dir}'.")
    out_dir.mkdir(parents=True, exist_ok=True)
    return [materialize_one(bug_dir, subjects_dir, out_dir) for bug_dir in found]
