"""Edits, mutations and the line arithmetic that keeps their bug lines exact.

Positions are ``(line, column)`` pairs: lines 1-based, columns 0-based and counted in characters
(not the UTF-8 bytes that :mod:`ast` reports). A line ends at ``\\r\\n``, ``\\r`` or ``\\n``, as it
does for the Python tokenizer.
"""

from __future__ import annotations

import ast
import re
import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Position = tuple[int, int]
"""A ``(line, column)`` pair: 1-based line, 0-based column in characters."""
SortKey = tuple[tuple[Position, ...], str, tuple[tuple[Position, Position, str], ...]]

MODULE_SCOPE = "<module>"

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(source: str) -> list[str]:
    """The lines of ``source``, each with its own line ending; a final empty line is omitted."""
    lines: list[str] = []
    start = 0
    for match in _LINE_BREAK.finditer(source):
        lines.append(source[start : match.end()])
        start = match.end()
    if start < len(source):
        lines.append(source[start:])
    return lines


def line_starts(source: str) -> list[int]:
    """Character offset at which each line starts; index 0 is line 1.

    One more entry than there are line breaks, so a position just after the final newline
    (line ``n + 1``, column 0) is addressable.
    """
    return [0] + [match.end() for match in _LINE_BREAK.finditer(source)]


def offset_of(starts: Sequence[int], position: Position, size: int) -> int:
    """Character offset of ``position`` in a text of ``size`` characters."""
    line, column = position
    if not 1 <= line <= len(starts) or column < 0:
        raise ValueError(f"Position {position} is outside a text of {len(starts)} lines.")
    offset = starts[line - 1] + column
    if offset > size:
        raise ValueError(f"Position {position} is past the end of the text ({size} characters).")
    return offset


def count_breaks(text: str) -> int:
    return len(_LINE_BREAK.findall(text))


@dataclass(frozen=True)
class Edit:
    """Replace the text from ``start`` up to (not including) ``end`` by ``replacement``."""

    start: Position
    end: Position
    replacement: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"An edit must not end ({self.end}) before it starts ({self.start}).")

    def overlaps(self, other: Edit) -> bool:
        """Whether the two edits touch the same text (two insertions at one point count)."""
        if self.start == self.end == other.start == other.end:
            return True
        return self.start < other.end and other.start < self.end


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """``source`` with every edit applied; the edits must not overlap."""
    ordered = sorted(edits, key=lambda edit: (edit.start, edit.end))
    for first, second in zip(ordered, ordered[1:]):
        if first.overlaps(second):
            raise ValueError(f"Edits {first} and {second} overlap.")
    starts = line_starts(source)
    pieces: list[str] = []
    cursor = 0
    for edit in ordered:
        begin = offset_of(starts, edit.start, len(source))
        finish = offset_of(starts, edit.end, len(source))
        pieces.append(source[cursor:begin])
        pieces.append(edit.replacement)
        cursor = finish
    pieces.append(source[cursor:])
    return "".join(pieces)


def changed_lines(edits: Iterable[Edit]) -> tuple[int, ...]:
    """Lines of the edited text that hold replacement text (or the point of a deletion)."""
    lines: set[int] = set()
    shift = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        first = edit.start[0] + shift
        breaks = count_breaks(edit.replacement)
        last = first + breaks
        # A replacement made of whole lines ends with its line break: the next line is untouched.
        if breaks and _LINE_BREAK.search(edit.replacement[-1:]) and edit.end[1] == 0:
            last -= 1
        lines.update(range(first, max(first, last) + 1))
        shift += breaks - (edit.end[0] - edit.start[0])
    return tuple(sorted(lines))


def _keeps_only_tail(edit: Edit) -> bool:
    """Whether the last line of the edited text holds only what followed the edit.

    True for edits of whole lines (deleting or replacing them): that line is the original line
    ``edit.end[0]``, untouched.
    """
    ends_line = not edit.replacement or _LINE_BREAK.search(edit.replacement[-1:]) is not None
    return edit.start[1] == 0 and ends_line


def map_line_forward(edits: Iterable[Edit], line: int) -> int:
    """Where an original ``line`` ends up once ``edits`` are applied.

    A line inside an edited range maps into the replacement; the last line of the range, whose
    tail follows the replacement, maps to the replacement's last line.
    """
    shift = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        first, last = edit.start[0], edit.end[0]
        breaks = count_breaks(edit.replacement)
        if line < first:
            break
        if line == last:
            return first + shift + breaks
        if line < last:
            return first + shift + min(line - first, breaks)
        shift += breaks - (last - first)
    return line + shift


def map_line_back(edits: Iterable[Edit], line: int) -> int:
    """The original line an edited ``line`` comes from (the inverse of :func:`map_line_forward`)."""
    shift = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        first, last = edit.start[0], edit.end[0]
        breaks = count_breaks(edit.replacement)
        new_first = first + shift
        if line < new_first:
            break
        if line == new_first + breaks and _keeps_only_tail(edit):
            return last
        if line <= new_first + breaks:
            return first + min(line - new_first, last - first)
        shift += breaks - (last - first)
    return line - shift


@dataclass(frozen=True)
class Mutation:
    """One candidate bug: edits to one file and the lines of the mutated file that hold it.

    ``bug_lines`` are 1-based lines of the mutated source. For an omission (a statement left
    out) they are the lines next to the gap: the statement before it and the one after it.
    ``scope`` is the qualified name of the function holding those lines (``Class.method``,
    ``outer.inner``) or ``<module>``, as the collector names scopes.
    """

    operator: str
    file: str
    edits: tuple[Edit, ...]
    bug_lines: tuple[int, ...]
    omission: bool
    description: str
    scope: str

    def apply(self, source: str) -> str:
        """The mutated text of ``source`` (the original this mutation was generated from)."""
        return apply_edits(source, self.edits)

    @property
    def sort_key(self) -> SortKey:
        """Position first, then operator: the order :func:`generate_mutations` returns."""
        return (
            tuple(edit.start for edit in self.edits),
            self.operator,
            tuple((edit.start, edit.end, edit.replacement) for edit in self.edits),
        )


SEPARATOR = "+"
"""Joins the operators and scopes of combined mutations (``"off_by_one+missing_statement"``)."""


def combine(source: str, mutations: Sequence[Mutation]) -> Mutation:
    """One mutation applying all ``mutations`` of ``source`` at once.

    They must concern the same file, must not overlap and must lie in different scopes. The bug
    lines of each are carried over into the combined text, shifted by the lines the others
    remove or add. The result is an omission if any part is.
    """
    if len(mutations) < 2:
        raise ValueError(f"combine() needs at least two mutations, got {len(mutations)}.")
    files = {mutation.file for mutation in mutations}
    if len(files) != 1:
        raise ValueError(f"Only mutations of one file can be combined, got {sorted(files)}.")
    scopes: list[str] = []
    for mutation in mutations:
        for scope in mutation.scope.split(SEPARATOR):
            if scope in scopes:
                raise ValueError(f"Two of the mutations are in the same scope {scope!r}.")
            scopes.append(scope)
    edits = sorted(
        (edit for mutation in mutations for edit in mutation.edits),
        key=lambda edit: (edit.start, edit.end),
    )
    for first, second in zip(edits, edits[1:]):
        if first.overlaps(second):
            raise ValueError(f"The mutations overlap: {first} and {second}.")
    mutated = apply_edits(source, edits)
    if not parses(mutated, next(iter(files))):
        raise ValueError("The combined mutations do not compile.")
    lines: set[int] = set()
    for mutation in mutations:
        for line in mutation.bug_lines:
            lines.add(map_line_forward(edits, map_line_back(mutation.edits, line)))
    return Mutation(
        operator=SEPARATOR.join(mutation.operator for mutation in mutations),
        file=next(iter(files)),
        edits=tuple(edits),
        bug_lines=tuple(sorted(lines)),
        omission=any(mutation.omission for mutation in mutations),
        description="; ".join(mutation.description for mutation in mutations),
        scope=SEPARATOR.join(scopes),
    )


def parses(text: str, filename: str = "<mutant>") -> bool:
    """Whether ``text`` is a valid module: parsed and compiled (``break`` outside a loop fails)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(text, filename, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return False
    return True


class Operator(ABC):
    """A kind of bug: finds every place in a module where the mistake can be made."""

    name: str = ""
    description: str = ""

    @abstractmethod
    def find(self, tree: ast.Module, source: str, relpath: str) -> Iterable[Mutation]:
        """Candidate mutations of ``source`` (whose parse is ``tree``); they may not all parse."""

    def __repr__(self) -> str:
        return f"<operator {self.name}>"
