"""Unified diff generation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, List, Sequence

from .errors import DiffError
from .lcs import Op, Opcode, opcodes


def _format_range(start: int, count: int) -> str:
    if count == 1:
        return str(start)
    return f"{start},{count}"


@dataclass
class Hunk:
    """One ``@@`` section of a unified diff.

    Start lines follow the unified format: they are 1-based, and a range
    with a count of zero names the line just before the empty range.
    Each entry of *lines* starts with ``" "``, ``"-"`` or ``"+"``.
    """

    old_start: int
    old_count: int
    new_start: int
    new_count: int
    lines: List[str] = field(default_factory=list)

    def header(self) -> str:
        old = _format_range(self.old_start, self.old_count)
        new = _format_range(self.new_start, self.new_count)
        return f"@@ -{old} +{new} @@"

    def old_lines(self) -> List[str]:
        return [line[1:] for line in self.lines if line[:1] in (" ", "-")]

    def new_lines(self) -> List[str]:
        return [line[1:] for line in self.lines if line[:1] in (" ", "+")]

    @property
    def additions(self) -> int:
        return sum(1 for line in self.lines if line.startswith("+"))

    @property
    def deletions(self) -> int:
        return sum(1 for line in self.lines if line.startswith("-"))

    @property
    def old_offset(self) -> int:
        """0-based index of the first old line the hunk covers."""
        return self.old_start - 1 if self.old_count else self.old_start

    def reversed(self) -> "Hunk":
        swap = {"-": "+", "+": "-"}
        flipped = [swap.get(line[:1], line[:1]) + line[1:] for line in self.lines]
        return Hunk(self.new_start, self.new_count, self.old_start, self.old_count, flipped)


@dataclass(frozen=True)
class DiffStat:
    hunks: int
    additions: int
    deletions: int

    @property
    def changed(self) -> bool:
        return bool(self.additions or self.deletions)

    def __str__(self) -> str:
        noun = "hunk" if self.hunks == 1 else "hunks"
        return f"{self.hunks} {noun}, +{self.additions} -{self.deletions}"


def group_opcodes(codes: Sequence[Opcode], context: int = 3) -> List[List[Opcode]]:
    """Group opcodes into hunks with at most *context* equal lines around changes."""
    if context < 0:
        raise DiffError("context must not be negative")
    codes = list(codes)
    if all(code.op is Op.EQUAL for code in codes):
        return []
    first, last = codes[0], codes[-1]
    if first.op is Op.EQUAL:
        codes[0] = Opcode(Op.EQUAL, max(first.a_start, first.a_end - context), first.a_end,
                          max(first.b_start, first.b_end - context), first.b_end)
    if last.op is Op.EQUAL:
        codes[-1] = Opcode(Op.EQUAL, last.a_start, min(last.a_end, last.a_start + context),
                           last.b_start, min(last.b_end, last.b_start + context))
    groups: List[List[Opcode]] = []
    current: List[Opcode] = []
    for code in codes:
        if code.op is Op.EQUAL and code.a_len > 2 * context and current:
            current.append(Opcode(Op.EQUAL, code.a_start, code.a_start + context,
                                  code.b_start, code.b_start + context))
            groups.append(current)
            current = [Opcode(Op.EQUAL, code.a_end - context, code.a_end,
                              code.b_end - context, code.b_end)]
        else:
            current.append(code)
    groups.append(current)
    return groups


def build_hunk(group: Sequence[Opcode], a: Sequence[str], b: Sequence[str]) -> Hunk:
    """Render a group of opcodes over *a* and *b* as a :class:`Hunk`."""
    old_first, old_last = group[0].a_start, group[-1].a_end
    new_first, new_last = group[0].b_start, group[-1].b_end
    old_count, new_count = old_last - old_first, new_last - new_first
    hunk = Hunk(old_first + 1 if old_count else old_first, old_count,
                new_first + 1 if new_count else new_first, new_count)
    for code in group:
        if code.op is Op.EQUAL:
            hunk.lines.extend(" " + line for line in a[code.a_start:code.a_end])
            continue
        if code.op in (Op.DELETE, Op.REPLACE):
            hunk.lines.extend("-" + line for line in a[code.a_start:code.a_end])
        if code.op in (Op.INSERT, Op.REPLACE):
            hunk.lines.extend("+" + line for line in b[code.b_start:code.b_end])
    return hunk


def diff_hunks(a: Sequence[str], b: Sequence[str], context: int = 3) -> List[Hunk]:
    return [build_hunk(group, a, b) for group in group_opcodes(opcodes(a, b), context)]


def format_hunks(hunks: Iterable[Hunk], fromfile: str, tofile: str) -> List[str]:
    hunks = list(hunks)
    if not hunks:
        return []
    output = [f"--- {fromfile}", f"+++ {tofile}"]
    for hunk in hunks:
        output.append(hunk.header())
        output.extend(hunk.lines)
    return output


def unified_diff(a: Sequence[str], b: Sequence[str], fromfile: str = "a",
                 tofile: str = "b", context: int = 3) -> List[str]:
    """Return the lines of a unified diff turning *a* into *b*, or ``[]``."""
    return format_hunks(diff_hunks(a, b, context), fromfile, tofile)


def diff_text(old: str, new: str, fromfile: str = "a", tofile: str = "b",
              context: int = 3) -> str:
    """Diff two texts line by line and return the unified diff as text."""
    lines = unified_diff(old.splitlines(), new.splitlines(), fromfile, tofile, context)
    return "".join(line + "\n" for line in lines)


def diff_stat(hunks: Iterable[Hunk]) -> DiffStat:
    hunks = list(hunks)
    return DiffStat(len(hunks), sum(h.additions for h in hunks), sum(h.deletions for h in hunks))
