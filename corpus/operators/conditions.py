"""Mistakes in conditions: boundaries, equality, and/or, negation, a dropped operand or guard."""

from __future__ import annotations

import ast
import tokenize
from collections.abc import Iterator

from tflm.corpus.operators.analysis import ModuleInfo, ModuleOperator
from tflm.corpus.operators.base import Edit, Mutation
from tflm.corpus.operators.syntax import (
    condition_tests,
    is_elif,
    needs_parens_under_not,
    quote,
)

_BOUNDARY: dict[type[ast.cmpop], tuple[str, str]] = {
    ast.Lt: ("<", "<="),
    ast.LtE: ("<=", "<"),
    ast.Gt: (">", ">="),
    ast.GtE: (">=", ">"),
}
_EQUALITY: dict[type[ast.cmpop], tuple[str, str]] = {
    ast.Eq: ("==", "!="),
    ast.NotEq: ("!=", "=="),
    ast.Is: ("is", "is not"),
    ast.IsNot: ("is not", "is"),
    ast.In: ("in", "not in"),
    ast.NotIn: ("not in", "in"),
}
_JUMPS = (ast.Return, ast.Raise, ast.Continue, ast.Break)
_GUARD_MAX_STATEMENTS = 3
_GUARD_MAX_LINES = 6


def _swap_comparisons(
    operator: ModuleOperator,
    info: ModuleInfo,
    relpath: str,
    table: dict[type[ast.cmpop], tuple[str, str]],
) -> Iterator[Mutation]:
    for node in info.nodes(ast.Compare):
        operands = [node.left, *node.comparators]
        for index, op in enumerate(node.ops):
            pair = table.get(type(op))
            if pair is None:
                continue
            old, new = pair
            found = info.operator_between(
                info.end(operands[index]), info.start(operands[index + 1]), [old]
            )
            if found is None:
                continue
            start, end, _ = found
            yield operator.make(
                info, relpath, [Edit(start, end, new)], f"'{old}' replaced by '{new}'", node
            )


class ComparisonBoundary(ModuleOperator):
    name = "comparison_boundary"
    description = "A strict comparison made inclusive or the reverse: '<' <-> '<=', '>' <-> '>='."

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        return _swap_comparisons(self, info, relpath, _BOUNDARY)


class ComparisonEquality(ModuleOperator):
    name = "comparison_equality"
    description = (
        "An equality or membership test inverted: '==' <-> '!=', 'is' <-> 'is not', "
        "'in' <-> 'not in'."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        return _swap_comparisons(self, info, relpath, _EQUALITY)


def _operator_tokens(info: ModuleInfo, node: ast.BoolOp) -> list[tokenize.TokenInfo] | None:
    """The ``and``/``or`` token between each pair of operands of ``node``."""
    word = "and" if isinstance(node.op, ast.And) else "or"
    found: list[tokenize.TokenInfo] = []
    for left, right in zip(node.values, node.values[1:]):
        between = [
            tok
            for tok in info.tokens_between(info.end(left), info.start(right))
            if tok.string not in "()"
        ]
        if len(between) != 1 or between[0].string != word:
            return None
        found.append(between[0])
    return found


class BooleanOperator(ModuleOperator):
    name = "boolean_operator"
    description = "'and' and 'or' confused, or any() and all()."

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for node in info.nodes(ast.BoolOp, ast.Call):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in ("any", "all") and len(node.args) == 1:
                    new = "all" if func.id == "any" else "any"
                    edit = Edit(info.start(func), info.end(func), new)
                    what = f"'{func.id}()' replaced by '{new}()'"
                    yield self.make(info, relpath, [edit], what, node)
                continue
            tokens = _operator_tokens(info, node)
            if tokens is None:
                continue
            old = tokens[0].string
            new = "or" if old == "and" else "and"
            edits = [Edit(tok.start, tok.end, new) for tok in tokens]
            yield self.make(info, relpath, edits, f"'{old}' replaced by '{new}'", node)


def _is_equality_test(node: ast.expr) -> bool:
    return isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _EQUALITY


class NegateCondition(ModuleOperator):
    name = "negate_condition"
    description = "The condition of an if/elif/while, conditional expression or filter negated."

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for test in condition_tests(info):
            if isinstance(test, ast.Constant):
                continue
            if _is_equality_test(test):
                continue  # 'not a == b' is comparison_equality's 'a != b'
            start, end = info.start(test), info.end(test)
            if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
                after = info.next_token((start[0], start[1] + 3))
                if after is None:
                    continue
                edits = [Edit(start, after.start, "")]
                what = f"'not' removed from {quote(info.text(test))}"
            elif needs_parens_under_not(test):
                edits = [Edit(start, start, "not ("), Edit(end, end, ")")]
                what = f"condition {quote(info.text(test))} negated"
            else:
                edits = [Edit(start, start, "not ")]
                what = f"condition {quote(info.text(test))} negated"
            yield self.make(info, relpath, edits, what, test)


def _condition_boolops(info: ModuleInfo) -> Iterator[ast.BoolOp]:
    """Boolean operations that decide a branch: in a test or a returned predicate."""
    roots: list[ast.expr] = list(condition_tests(info))
    roots += [
        node.value
        for node in info.nodes(ast.Return)
        if node.value is not None and info.is_live(node.value)
    ]
    stack = roots[::-1]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.BoolOp):
            yield node
            stack.extend(reversed(node.values))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            stack.append(node.operand)


class DropCondition(ModuleOperator):
    name = "drop_condition"
    description = (
        "One operand of an and/or in a condition left out, or an 'if' guard (without else) "
        "removed around its body."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        yield from self._operands(info, relpath)
        yield from self._guards(info, relpath)

    def _operands(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for node in _condition_boolops(info):
            tokens = _operator_tokens(info, node)
            if tokens is None:
                continue
            last = len(node.values) - 1
            for index, operand in enumerate(node.values):
                if index == last:
                    before = info.previous_token(tokens[-1].start)
                    if before is None:
                        continue
                    edit = Edit(before.end, info.end(node), "")
                else:
                    following = info.next_token(tokens[index].end)
                    if following is None:
                        continue
                    if index == 0:
                        begin = info.start(node)
                    else:
                        previous = info.next_token(tokens[index - 1].end)
                        if previous is None:
                            continue
                        begin = previous.start
                    edit = Edit(begin, following.start, "")
                what = f"operand {quote(info.text(operand))} dropped from {quote(info.text(node))}"
                yield self.make(info, relpath, [edit], what, node)

    def _guards(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for node in info.nodes(ast.If):
            if node.orelse or info.function.get(node) is None or is_elif(info, node):
                continue
            body = node.body
            first, last = body[0].lineno, node.end_lineno or node.lineno
            if (
                len(body) > _GUARD_MAX_STATEMENTS
                or last - first + 1 > _GUARD_MAX_LINES
                or isinstance(body[-1], _JUMPS)
                or first <= (node.test.end_lineno or node.lineno)
                or not info.owns_lines(node)
                or not all(info.fully_live(stmt) for stmt in body)
            ):
                continue
            tokens = info.tokens_between((first, 0), (last + 1, 0))
            if any(tok.start[0] != tok.end[0] for tok in tokens):
                continue  # a multi-line string would change if dedented
            outer, inner = info.indent(node.lineno), info.indent(first)
            lines = []
            for number in range(first, last + 1):
                raw = info.lines[number - 1]
                lines.append(outer + raw[len(inner) :] if raw.startswith(inner) else raw)
            start, end = info.whole_lines(node.lineno, last)
            replacement = "".join(lines)
            if end[0] == last:  # the file ends without a line break
                replacement = replacement.rstrip("\r\n")
            what = f"guard 'if {' '.join(info.text(node.test).split())}:' removed"
            yield self.make(info, relpath, [Edit(start, end, replacement)], what, node)
