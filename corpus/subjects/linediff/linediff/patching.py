"""Parsing and applying unified diff patches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple, Union

from .errors import PatchConflictError, PatchParseError
from .unified import Hunk

_HUNK_RE = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@dataclass
class FilePatch:
    """The hunks of a unified diff that apply to one file."""

    old_path: str
    new_path: str
    hunks: List[Hunk] = field(default_factory=list)

    def reversed(self) -> "FilePatch":
        return FilePatch(self.new_path, self.old_path, [h.reversed() for h in self.hunks])


def _path(header_value: str) -> str:
    return header_value.split("\t")[0].strip()


def _parse_hunk(lines: Sequence[str], index: int) -> Tuple[Hunk, int]:
    header_line = index + 1
    match = _HUNK_RE.match(lines[index])
    if match is None:
        raise PatchParseError(f"malformed hunk header {lines[index]!r}", header_line)
    old_start, old_count, new_start, new_count = (
        int(value) if value is not None else 1 for value in match.groups()
    )
    hunk = Hunk(old_start, old_count, new_start, new_count)
    old_seen = new_seen = 0
    index += 1
    while old_seen < old_count or new_seen < new_count:
        if index >= len(lines):
            raise PatchParseError("patch ends inside a hunk", len(lines))
        line = lines[index]
        tag = line[:1]
        if tag in (" ", ""):
            old_seen += 1
            new_seen += 1
            hunk.lines.append(" " + line[1:])
        elif tag == "-":
            old_seen += 1
            hunk.lines.append(line)
        elif tag == "+":
            new_seen += 1
            hunk.lines.append(line)
        elif tag != "\\":
            raise PatchParseError(f"unexpected line in hunk: {line!r}", index + 1)
        index += 1
    if old_seen != old_count or new_seen != new_count:
        raise PatchParseError("hunk line counts do not match its header", header_line)
    return hunk, index


def parse_patch(text: str) -> List[FilePatch]:
    """Parse unified diff text into one :class:`FilePatch` per file.

    Lines outside file sections, such as ``diff --git`` preambles, are ignored.
    """
    lines = text.splitlines()
    patches: List[FilePatch] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("--- "):
            if index + 1 >= len(lines) or not lines[index + 1].startswith("+++ "):
                raise PatchParseError("'---' header is not followed by '+++'", index + 1)
            patches.append(FilePatch(_path(line[4:]), _path(lines[index + 1][4:])))
            index += 2
        elif line.startswith("@@"):
            if not patches:
                raise PatchParseError("hunk appears before any file header", index + 1)
            hunk, index = _parse_hunk(lines, index)
            patches[-1].hunks.append(hunk)
        else:
            index += 1
    if not patches:
        raise PatchParseError("no file headers found")
    return patches


def _locate(original: Sequence[str], old: List[str], expected: int, floor: int,
            max_offset: int) -> Optional[int]:
    for distance in range(max_offset + 1):
        for position in ((expected,) if distance == 0 else (expected - distance, expected + distance)):
            end = position + len(old)
            if position >= floor and end <= len(original) and list(original[position:end]) == old:
                return position
    return None


def _conflict(number: int, original: Sequence[str], old: List[str],
              expected: int) -> PatchConflictError:
    for offset, line in enumerate(old):
        index = expected + offset
        found = original[index] if index < len(original) else None
        if found != line:
            return PatchConflictError(number, index + 1, line, found)
    return PatchConflictError(number, expected + 1, "", None)


def apply_hunks(original: Sequence[str], hunks: Sequence[Hunk], max_offset: int = 0) -> List[str]:
    """Apply *hunks* to the lines of *original* and return the new lines.

    A hunk whose old lines are not found at the recorded position is also
    searched for up to *max_offset* lines before or after it; the offset
    found carries over to later hunks.
    """
    if max_offset < 0:
        raise ValueError("max_offset must not be negative")
    result: List[str] = []
    cursor = 0
    shift = 0
    previous_end = 0
    for number, hunk in enumerate(hunks):
        base = hunk.old_offset
        if base < previous_end:
            raise PatchParseError(f"hunk #{number + 1} overlaps the previous hunk")
        old = hunk.old_lines()
        position = _locate(original, old, base + shift, cursor, max_offset)
        if position is None:
            raise _conflict(number, original, old, base + shift)
        result.extend(original[cursor:position])
        result.extend(hunk.new_lines())
        cursor = position + len(old)
        shift = position - base
        previous_end = base + len(old)
    result.extend(original[cursor:])
    return result


def apply_patch(text: str, patch: Union[str, FilePatch], max_offset: int = 0,
                reverse: bool = False) -> str:
    """Apply a single-file patch to *text* and return the patched text."""
    if isinstance(patch, str):
        parsed = parse_patch(patch)
        if len(parsed) != 1:
            raise PatchParseError(f"expected a patch for one file, found {len(parsed)}")
        patch = parsed[0]
    if reverse:
        patch = patch.reversed()
    lines = apply_hunks(text.splitlines(), patch.hunks, max_offset)
    if not lines:
        return ""
    trailing = "\n" if text.endswith("\n") or not text else ""
    return "\n".join(lines) + trailing
