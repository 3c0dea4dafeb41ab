"""Bug lines from a fix: unified diffs read and written, and the omission rule.

A fix is a unified diff from the buggy version to the fixed one (git's ``diff --git`` output,
``diff -u`` or :func:`unified_diff`). Its bug lines, in buggy-version numbering (1-based), are:

- the lines the fix removes or changes, when it removes or changes any;
- otherwise (the fix only adds code) the case is an *omission*, and the bug lines are the code
  lines of the buggy version next to each insertion point: the nearest one before it and the
  nearest one after it.

Only the project's Python sources count: test files, ``conftest.py``, ``setup.py`` (see
:func:`tflm.collect.sources.is_test_path`) and non-Python files are part of the fix but hold no
bug line. Blank and comment-only lines are never bug lines: a block that removes only those and
adds code is an insertion. Every hunk is checked against the buggy file, so a patch for another
version of the project is an error rather than a set of wrong lines.
"""

from __future__ import annotations

import difflib
import io
import re
import tokenize
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tflm.collect.sources import is_test_path
from tflm.errors import CorpusError
from tflm.types import LineId, RelPath

HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
NO_NEWLINE = "\\ No newline at end of file"


@dataclass
class Block:
    """A run of removed/added lines between context lines of one hunk.

    ``removed`` holds (buggy line, text); the added text goes in after buggy line ``after``
    (0: before the first line)."""

    after: int
    removed: list[tuple[int, str]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


@dataclass
class FilePatch:
    """The hunks of one file: ``old``/``new`` are paths without ``a/``/``b/``, None for /dev/null."""

    old: RelPath | None
    new: RelPath | None
    blocks: list[Block] = field(default_factory=list)
    expected: list[tuple[int, str]] = field(default_factory=list)
    """Every context and removed line as (buggy line, text): what the buggy file must hold."""


@dataclass(frozen=True)
class BugLines:
    lines: tuple[LineId, ...]
    omission: bool
    files: tuple[RelPath, ...]


def _path(header: str) -> RelPath | None:
    name = header.split("\t")[0].rstrip()
    if name.startswith('"') and name.endswith('"'):
        name = name[1:-1]
    if name == "/dev/null":
        return None
    return name


def _strip_prefixes(old: RelPath | None, new: RelPath | None) -> tuple[RelPath | None, RelPath | None]:
    """git's ``a/``/``b/`` prefixes go when both sides have them (or the other side is /dev/null)."""
    if all(p is None or p.startswith(prefix) for p, prefix in ((old, "a/"), (new, "b/"))):
        old = old[2:] if old is not None else None
        new = new[2:] if new is not None else None
    return old, new


def parse_unified_diff(text: str) -> list[FilePatch]:
    """Every file of a unified diff with its change blocks, in order of appearance."""
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    patches: list[FilePatch] = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            old, new = _strip_prefixes(_path(lines[i][4:]), _path(lines[i + 1][4:]))
            patches.append(FilePatch(old, new))
            i += 2
            continue
        match = HUNK.match(lines[i])
        if match is None:
            i += 1
            continue
        if not patches:
            raise CorpusError(f"The patch has a hunk before any '--- '/'+++ ' file header (line {i + 1}).")
        i = _read_hunk(lines, i, match, patches[-1])
    return patches


def _read_hunk(lines: list[str], i: int, match: re.Match[str], patch: FilePatch) -> int:
    old_start, old_count = int(match[1]), int(match[2] or 1)
    new_count = int(match[4] or 1)
    # A hunk with no old lines starts *after* line old_start (e.g. "@@ -0,0 +1,3 @@").
    old = old_start if old_count else old_start + 1
    block: Block | None = None
    i += 1
    while (old_count > 0 or new_count > 0) and i < len(lines):
        line = lines[i]
        tag, body = (line[:1], line[1:]) if line else (" ", "")
        if tag == "\\":
            i += 1
            continue
        if tag == " ":
            patch.expected.append((old, body))
            old, old_count, new_count, block = old + 1, old_count - 1, new_count - 1, None
        elif tag in "-+":
            if block is None:
                block = Block(after=old - 1)
                patch.blocks.append(block)
            if tag == "-":
                block.removed.append((old, body))
                patch.expected.append((old, body))
                old, old_count = old + 1, old_count - 1
            else:
                block.added.append(body)
                new_count -= 1
        else:
            raise CorpusError(f"Line {i + 1} of the patch is not part of its hunk: {line[:80]!r}.")
        i += 1
    if old_count > 0 or new_count > 0:
        raise CorpusError("The patch ends in the middle of a hunk (it is truncated).")
    return i


def is_code(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.startswith("#")


def _neighbours(buggy: Sequence[str], after: int) -> list[int]:
    """The nearest code line at or before ``after`` and the nearest one after it (1-based)."""
    found = []
    for line in range(after, 0, -1):
        if is_code(buggy[line - 1]):
            found.append(line)
            break
    for line in range(after + 1, len(buggy) + 1):
        if is_code(buggy[line - 1]):
            found.append(line)
            break
    return found


def counts_for_bugs(path: RelPath | None) -> bool:
    """Whether a file of the buggy version can hold bug lines: a Python source, not a test."""
    return path is not None and path.endswith(".py") and not is_test_path(path)


def bug_lines(patches: Iterable[FilePatch], read_buggy: Callable[[RelPath], list[str] | None],
              patch_name: str = "the patch") -> BugLines:
    """Bug lines of a fix (module docstring) read against the buggy files.

    ``read_buggy`` returns the lines of a buggy-version file (without line ends), None when
    the project has no such file. Raises :class:`CorpusError` when the patch does not match
    the buggy files or changes no source line of the buggy version.
    """
    changed: set[LineId] = set()
    inserted: set[LineId] = set()
    for patch in patches:
        if not counts_for_bugs(patch.old) or not patch.blocks:
            continue
        assert patch.old is not None
        buggy = read_buggy(patch.old)
        if buggy is None:
            raise CorpusError(f"{patch_name} changes '{patch.old}', which the buggy project does not have.",
                              hint="Is the project checked out at the buggy commit?")
        for line, text in patch.expected:
            found = buggy[line - 1] if 0 < line <= len(buggy) else None
            if found is None or found.rstrip() != text.rstrip():
                raise CorpusError(
                    f"{patch_name} does not match '{patch.old}' of the buggy project at line {line}: "
                    f"expected {text.strip()!r}, found {'end of file' if found is None else repr(found.strip())}.",
                    hint="Is the project checked out at the buggy commit, and is the patch buggy -> fixed?")
        for block in patch.blocks:
            removed = [line for line, text in block.removed if is_code(text)]
            if removed:
                changed.update(LineId(patch.old, line) for line in removed)
            elif any(is_code(text) for text in block.added):
                inserted.update(LineId(patch.old, line) for line in _neighbours(buggy, block.after))
    if changed:
        chosen, omission = changed, False
    elif inserted:
        chosen, omission = inserted, True
    else:
        raise CorpusError(f"{patch_name} changes no code line of the buggy version's Python sources "
                          "(only tests, comments, blank lines, new files or non-Python files).")
    return BugLines(tuple(sorted(chosen)), omission, tuple(sorted({line.file for line in chosen})))


def read_text(path: Path) -> str:
    """A source file's text with its own line ends, decoded as Python decodes it (PEP 263)."""
    data = path.read_bytes()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return data.decode("utf-8", errors="replace")


def split_lines(text: str) -> list[str]:
    """Lines as a diff numbers them: split at newlines only, without their ends."""
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _with_ends(text: str) -> list[str]:
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def unified_diff(rel: RelPath, old: str | None, new: str | None) -> str:
    """A git-style unified diff of one file's texts (None: the file is absent)."""
    diff = difflib.unified_diff(_with_ends(old or ""), _with_ends(new or ""),
                                fromfile=f"a/{rel}" if old is not None else "/dev/null",
                                tofile=f"b/{rel}" if new is not None else "/dev/null")
    out = []
    for line in diff:
        out.append(line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}\n")
    return f"diff --git a/{rel} b/{rel}\n" + "".join(out) if out else ""
