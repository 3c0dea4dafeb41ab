"""Mistakes in arithmetic: the wrong operator, a botched update, a bound off by one."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from tflm.corpus.operators.analysis import ModuleInfo, ModuleOperator
from tflm.corpus.operators.base import Edit, Mutation
from tflm.corpus.operators.skips import dotted_name
from tflm.corpus.operators.syntax import append_term, int_value, quote
from tflm.corpus.operators.variables import LIST, NUMBER, STR, TUPLE, expression_kind, scope_at

_SYMBOLS: dict[type[ast.operator], str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**",
}
# Only the confusions developers make: sign, scaling, true vs floor division, quotient vs rest.
_CONFUSED: dict[type[ast.operator], tuple[type[ast.operator], ...]] = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div,),
    ast.Div: (ast.FloorDiv, ast.Mult),
    ast.FloorDiv: (ast.Div, ast.Mod),
    ast.Mod: (ast.FloorDiv,),
    ast.Pow: (ast.Mult,),
}
_SEQUENCES = (STR, LIST, TUPLE, "bytes")


def _is_sequence(info: ModuleInfo, node: ast.expr) -> bool:
    """Whether ``node`` is (plausibly) a string or list, for which +, * and % mean other things."""
    if isinstance(node, (ast.List, ast.Tuple, ast.ListComp, ast.JoinedStr)):
        return True
    return expression_kind(node, scope_at(info, node)) in _SEQUENCES


class ArithmeticOperator(ModuleOperator):
    name = "arithmetic_operator"
    description = (
        "A binary arithmetic operator confused with a related one: + -, * /, / //, // %, ** *."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for node in info.nodes(ast.BinOp):
            alternatives = _CONFUSED.get(type(node.op))
            if alternatives is None:
                continue
            if isinstance(node.op, (ast.Add, ast.Mult, ast.Mod)) and (
                _is_sequence(info, node.left) or _is_sequence(info, node.right)
            ):
                continue  # concatenation, repetition or %-formatting
            old = _SYMBOLS[type(node.op)]
            found = info.operator_between(info.end(node.left), info.start(node.right), [old])
            if found is None:
                continue
            start, end, _ = found
            for alternative in alternatives:
                new = _SYMBOLS[alternative]
                what = f"'{old}' replaced by '{new}' in {quote(info.text(node))}"
                yield self.make(info, relpath, [Edit(start, end, new)], what, node)


class AugmentedAssignment(ModuleOperator):
    name = "augmented_assignment"
    description = (
        "An update written as a plain assignment ('x += y' -> 'x = y'), or '+=' and '-=' confused."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for node in info.nodes(ast.AugAssign):
            old = _SYMBOLS.get(type(node.op))
            if old is None:
                continue
            between = (info.end(node.target), info.start(node.value))
            found = info.operator_between(*between, [old + "="])
            if found is None:
                continue
            start, end, spelled = found
            target = info.text(node.target)
            choices = ["="]
            if isinstance(node.op, (ast.Add, ast.Sub)) and not (
                _is_sequence(info, node.value) or _is_sequence(info, node.target)
            ):
                choices.append("-=" if isinstance(node.op, ast.Add) else "+=")
            for new in choices:
                what = f"'{target} {spelled}' replaced by '{target} {new}'"
                yield self.make(info, relpath, [Edit(start, end, new)], what, node)


def _bound_variants(info: ModuleInfo, node: ast.expr) -> list[tuple[list[Edit], str]]:
    """Ways to shift the integer expression ``node`` by one, with the text it becomes."""
    value = int_value(node)
    start, end = info.start(node), info.end(node)
    if value is not None:
        shifted = [value + 1, value - 1] if value != 0 else [1]
        if value < 0 and value + 1 == 0:
            shifted = [value - 1]
        return [([Edit(start, end, str(v))], str(v)) for v in shifted]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        step = node.right
        if isinstance(step, ast.Constant) and type(step.value) is int and step.value > 0:
            sign = "+" if isinstance(node.op, ast.Add) else "-"
            left = info.text(node.left)
            variants: list[tuple[list[Edit], str]] = []
            if step.value == 1:
                variants.append(([Edit(info.end(node.left), end, "")], left))
            else:
                smaller = str(step.value - 1)
                variants.append(
                    ([Edit(info.start(step), info.end(step), smaller)], f"{left} {sign} {smaller}")
                )
            bigger = str(step.value + 1)
            variants.append(
                ([Edit(info.start(step), info.end(step), bigger)], f"{left} {sign} {bigger}")
            )
            return variants
    text = info.text(node)
    return [
        (append_term(info, node, "+ 1"), f"{text} + 1"),
        (append_term(info, node, "- 1"), f"{text} - 1"),
    ]


def _is_len_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and dotted_name(node.func) == "len" and len(node.args) == 1


def _numeric(info: ModuleInfo, node: ast.expr) -> bool:
    """Whether ``node`` is an integer-like bound: a literal, len(), a counter, i +/- k."""
    if int_value(node) is not None or _is_len_call(node):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        return int_value(node.right) is not None or _is_len_call(node.left)
    if isinstance(node, ast.Name):
        for ancestor in info.ancestors(node):
            if isinstance(ancestor, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                for generator in ancestor.generators:
                    target = generator.target
                    if isinstance(target, ast.Name) and target.id == node.id:
                        return _is_range(generator.iter)
            elif isinstance(ancestor, ast.stmt):
                break
        scope = scope_at(info, node)
        return scope is not None and scope.kind(node.id) == NUMBER
    return False


def _is_range(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and dotted_name(node.func) == "range"


def _is_mapping(info: ModuleInfo, node: ast.expr) -> bool:
    if isinstance(node, (ast.Dict, ast.DictComp)):
        return True
    return expression_kind(node, scope_at(info, node)) == "dict"


def _is_len_offset(node: ast.expr) -> bool:
    """``len(x) - 1``, ``len(x) + 2``."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, (ast.Add, ast.Sub))
        and _is_len_call(node.left)
        and int_value(node.right) is not None
    )


def bound_sites(info: ModuleInfo) -> Iterator[tuple[ast.expr, str]]:
    """Integer bounds and indices (with their role) where an off-by-one is made, each once."""
    seen: set[ast.expr] = set()
    for site, role in _candidate_bounds(info):
        if site not in seen:
            seen.add(site)
            yield site, role


def _candidate_bounds(info: ModuleInfo) -> Iterator[tuple[ast.expr, str]]:
    for node in info.live:
        if isinstance(node, ast.Call) and _is_range(node):
            args = node.args
            if not 1 <= len(args) <= 3 or node.keywords:
                continue
            if any(isinstance(arg, ast.Starred) for arg in args):
                continue
            if len(args) >= 2:
                yield args[0], "range start"
            yield args[min(1, len(args) - 1)], "range stop"
        elif isinstance(node, ast.Slice):
            # Slice bounds are integers whatever they look like.
            for bound, role in ((node.lower, "slice start"), (node.upper, "slice stop")):
                if bound is None:
                    continue
                if not isinstance(bound, ast.Constant) or int_value(bound) is not None:
                    yield bound, role
        elif isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Del):
            index = node.slice
            if isinstance(index, (ast.Slice, ast.Tuple)) or not info.is_live(index):
                continue
            if _numeric(info, index) and not _is_mapping(info, node.value):
                yield index, "index"
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(int_value(operand) is not None for operand in operands):
                continue  # 'len(x) > 0': the constant is the thing to get wrong
            for operand in operands:
                if _is_len_call(operand) or _is_len_offset(operand):
                    yield operand, "bound"
        elif isinstance(node, ast.BinOp) and _is_len_offset(node):
            yield node, "bound"  # 'last = len(items) - 1'


class OffByOne(ModuleOperator):
    name = "off_by_one"
    description = (
        "A bound or index off by one: range() bounds, slice bounds, x[i] +/- 1, "
        "len(x) - 1 vs len(x)."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for node, role in bound_sites(info):
            before = info.text(node)
            for edits, after in _bound_variants(info, node):
                what = f"{role} {quote(before)} replaced by {quote(after)}"
                yield self.make(info, relpath, edits, what, node)
