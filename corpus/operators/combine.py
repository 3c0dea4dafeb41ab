"""Several mutations of one file merged into one multi-bug mutation."""

from __future__ import annotations

from collections.abc import Sequence

from tflm.corpus.operators.base import (
    Mutation,
    apply_edits,
    map_line_back,
    map_line_forward,
    parses,
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
