"""The operators by name, and the one entry point that runs them over a module."""

from __future__ import annotations

import ast
from collections.abc import Collection, Sequence

from tflm.corpus.operators.arithmetic import ArithmeticOperator, AugmentedAssignment, OffByOne
from tflm.corpus.operators.base import (
    Edit,
    Mutation,
    Operator,
    apply_edits,
    parses,
    split_lines,
)
from tflm.corpus.operators.calls import StringMethod, SwapArguments
from tflm.corpus.operators.conditions import (
    BooleanOperator,
    ComparisonBoundary,
    ComparisonEquality,
    DropCondition,
    NegateCondition,
)
from tflm.corpus.operators.constants import (
    MutableDefaultArgument,
    WrongConstant,
    WrongDefaultValue,
)
from tflm.corpus.operators.exceptions import ExceptionHandling
from tflm.corpus.operators.names import WrongKeyOrAttribute, WrongVariable
from tflm.corpus.operators.statements import (
    EarlyExitInLoop,
    MissingReturnOrWrongReturn,
    MissingStatement,
)
from tflm.errors import SourceError, UsageError

OPERATORS: dict[str, Operator] = {
    operator.name: operator
    for operator in (
        OffByOne(),
        ComparisonBoundary(),
        ComparisonEquality(),
        ArithmeticOperator(),
        BooleanOperator(),
        NegateCondition(),
        DropCondition(),
        WrongVariable(),
        WrongConstant(),
        WrongKeyOrAttribute(),
        SwapArguments(),
        MissingStatement(),
        MissingReturnOrWrongReturn(),
        EarlyExitInLoop(),
        ExceptionHandling(),
        MutableDefaultArgument(),
        WrongDefaultValue(),
        StringMethod(),
        AugmentedAssignment(),
    )
}


def generate_mutations(
    relpath: str, source: str, operators: Collection[str] | None = None
) -> list[Mutation]:
    """Every candidate mutation of ``source``, ordered by position then operator.

    ``relpath`` is the file's project-relative path (forward slashes), copied into each mutation.
    Candidates whose mutated text does not compile are dropped, and so are repeats: when two
    operators produce the same text, the first in that order is kept. A ``source`` that does not
    parse is a :class:`~tflm.errors.SourceError`; an unknown operator name a
    :class:`~tflm.errors.UsageError`.
    """
    names = list(OPERATORS) if operators is None else list(operators)
    unknown = sorted(set(names) - set(OPERATORS))
    if unknown:
        raise UsageError(
            f"Unknown mutation operator(s): {', '.join(unknown)}.",
            hint=f"Choose among: {', '.join(OPERATORS)}.",
        )
    try:
        tree = ast.parse(source, filename=relpath)
    except SyntaxError as exc:
        raise SourceError(
            f"{relpath}:{exc.lineno}: syntax error: {exc.msg}",
            hint="Only a module that parses can be mutated; fix the subject first.",
        ) from exc
    found: list[Mutation] = []
    for name in names:
        found.extend(OPERATORS[name].find(tree, source, relpath))
    found.sort(key=lambda mutation: mutation.sort_key)
    check = _CompileCheck(tree, source, relpath)
    kept: list[Mutation] = []
    seen: set[str] = {source}
    for mutation in found:
        try:
            mutated = apply_edits(source, mutation.edits)
        except ValueError:
            continue
        if mutated in seen or not check.compiles(mutation.edits, mutated):
            continue
        seen.add(mutated)
        kept.append(mutation)
    return kept


class _CompileCheck:
    """Whether a mutant compiles, checked on the top-level statement its edits fall in.

    Compiling a whole module per candidate dominates the run time; a top-level statement holds
    every context (loop, function, class) that decides whether its own text compiles, so
    compiling it alone gives the same answer. Edits across statements compile the whole text.
    """

    def __init__(self, tree: ast.Module, source: str, relpath: str) -> None:
        self.relpath = relpath
        self.lines = split_lines(source)
        self.ranges: list[tuple[int, int]] = []
        for stmt in tree.body:
            decorators = getattr(stmt, "decorator_list", [])
            first = min([stmt.lineno] + [d.lineno for d in decorators])
            self.ranges.append((first, stmt.end_lineno or stmt.lineno))

    def compiles(self, edits: Sequence[Edit], mutated: str) -> bool:
        first = min(edit.start[0] for edit in edits)
        last = max(edit.end[0] - (edit.end[1] == 0 and edit.end > edit.start) for edit in edits)
        for low, high in self.ranges:
            if low <= first and last <= high:
                snippet = "".join(self.lines[low - 1 : high])
                if not snippet.endswith(("\n", "\r")):
                    break  # the last statement of a file without a final line break
                shifted = [
                    Edit(
                        (edit.start[0] - low + 1, edit.start[1]),
                        (edit.end[0] - low + 1, edit.end[1]),
                        edit.replacement,
                    )
                    for edit in edits
                ]
                return parses(apply_edits(snippet, shifted), self.relpath)
        return parses(mutated, self.relpath)
