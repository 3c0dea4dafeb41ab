"""Mistakes in calls: arguments in the wrong order, the wrong string method or separator."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator, Sequence

from tflm.corpus.operators.analysis import ModuleInfo, ModuleOperator
from tflm.corpus.operators.base import Edit, Mutation
from tflm.corpus.operators.constants import KEY_METHODS, SEPARATORS
from tflm.corpus.operators.skips import dotted_name
from tflm.corpus.operators.syntax import quote, string_literal
from tflm.corpus.operators.variables import PARAM, FunctionScope, expression_kind, scope_at

# Calls whose result does not depend on the order of their arguments (or that only print).
_ORDER_FREE = frozenset(
    {
        "max", "min", "print", "set", "frozenset", "sum", "hash", "id", "math.hypot",
        "math.gcd", "math.lcm", "math.isclose", "operator.add", "operator.mul",
    }
)
_RENAMED: dict[str, tuple[str, ...]] = {
    "strip": ("lstrip", "rstrip"),
    "lstrip": ("strip",),
    "rstrip": ("strip",),
    "lower": ("upper",),
    "upper": ("lower",),
    "startswith": ("endswith",),
    "endswith": ("startswith",),
    "find": ("rfind",),
    "rfind": ("find",),
    "partition": ("rpartition",),
    "rpartition": ("partition",),
}


def _apparent_kind(node: ast.expr, scope: FunctionScope | None) -> str | None:
    """What an argument looks like to a reader: its kind, or 'a name', 'an attribute'."""
    if isinstance(node, ast.Starred):
        return None
    kind = expression_kind(node, scope)
    if isinstance(node, ast.Name) and (scope is None or not scope.is_local(node.id)):
        return None  # a global or builtin (a class, a function) is not mistaken for data
    if kind == PARAM or (kind is None and isinstance(node, ast.Name)):
        return "name"
    if kind is None and isinstance(node, ast.Attribute):
        return "attribute"
    return kind


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def _swap(info: ModuleInfo, first: ast.expr, second: ast.expr) -> list[Edit]:
    return [
        Edit(info.start(first), info.end(first), info.text(second)),
        Edit(info.start(second), info.end(second), info.text(first)),
    ]


class SwapArguments(ModuleOperator):
    name = "swap_arguments"
    description = (
        "Two neighbouring positional arguments of the same apparent kind passed in the wrong order."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for call in info.nodes(ast.Call):
            if dotted_name(call.func) in _ORDER_FREE:
                continue
            if isinstance(call.func, ast.Attribute) and call.func.attr in KEY_METHODS:
                continue  # d.get(key, default): a key and a fallback are not confused
            if isinstance(call.func, ast.Attribute) and call.func.attr == "format":
                continue  # format arguments belong to string_method
            scope = scope_at(info, call)
            for first, second in zip(call.args, call.args[1:]):
                if not (info.is_live(first) and info.is_live(second)):
                    continue
                if type(first) is not type(second) or _is_self(first) or _is_self(second):
                    continue  # a literal and a variable are not confused, nor is self
                kind = _apparent_kind(first, scope)
                if kind is None or kind != _apparent_kind(second, scope):
                    continue
                if info.text(first) == info.text(second):
                    continue
                pair = f"{quote(info.text(first))} and {quote(info.text(second))}"
                what = f"arguments {pair} swapped in {quote(info.text(call.func))}()"
                yield self.make(info, relpath, _swap(info, first, second), what, call)


def _imported_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def _auto_fields(template: str) -> bool:
    """Whether a format string numbers its fields automatically ('{}' or '{:>4}')."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError:
        return False
    return len(fields) >= 2 and all(name == "" for name in fields)


class StringMethod(ModuleOperator):
    name = "string_method"
    description = (
        "A string method confused with its sibling (strip/lstrip/rstrip, lower/upper, "
        "startswith/endswith, split()/split(' '), find/rfind), a wrong join separator, "
        "or format arguments out of order."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        modules = _imported_names(info.tree)
        for node in info.nodes(ast.Call, ast.BinOp):
            if isinstance(node, ast.BinOp):
                yield from self._percent(info, relpath, node)
                continue
            func = node.func
            if not isinstance(func, ast.Attribute):
                continue
            receiver = dotted_name(func.value)
            if receiver is not None and receiver.split(".")[0] in modules:
                continue  # os.path.split, re.split: not string methods
            if func.attr in _RENAMED and len(node.args) <= 2 and not node.keywords:
                end = info.end(func)
                start = (end[0], end[1] - len(func.attr))
                for new in _RENAMED[func.attr]:
                    what = f"'.{func.attr}()' replaced by '.{new}()'"
                    yield self.make(info, relpath, [Edit(start, end, new)], what, node)
            elif func.attr == "split":
                yield from self._split(info, relpath, node)
            elif func.attr == "join" and isinstance(func.value, ast.Constant):
                yield from self._join(info, relpath, node, func.value)
            elif func.attr == "format" and isinstance(func.value, ast.Constant):
                template = func.value.value
                if isinstance(template, str) and _auto_fields(template):
                    yield from self._reorder(info, relpath, node, node.args)

    def _split(self, info: ModuleInfo, relpath: str, node: ast.Call) -> Iterator[Mutation]:
        if node.keywords or len(node.args) > 1:
            return
        if not node.args:
            closing = info.previous_token(info.end(node))
            if closing is None or closing.string != ")":
                return
            edit = Edit(closing.start, closing.start, '" "')
            yield self.make(info, relpath, [edit], "'.split()' replaced by '.split(\" \")'", node)
            return
        separator = node.args[0]
        if isinstance(separator, ast.Constant) and separator.value == " ":
            edit = Edit(info.start(separator), info.end(separator), "")
            what = f"'.split({info.text(separator)})' replaced by '.split()'"
            yield self.make(info, relpath, [edit], what, node)

    def _join(
        self, info: ModuleInfo, relpath: str, node: ast.Call, separator: ast.Constant
    ) -> Iterator[Mutation]:
        if not isinstance(separator.value, str) or not info.is_live(separator):
            return
        for other in SEPARATORS.get(separator.value, ()):
            literal = string_literal(info, separator, other)
            if literal is None:
                continue
            edit = Edit(info.start(separator), info.end(separator), literal)
            what = f"join separator {info.text(separator)} replaced by {literal}"
            yield self.make(info, relpath, [edit], what, node)

    def _percent(self, info: ModuleInfo, relpath: str, node: ast.BinOp) -> Iterator[Mutation]:
        left, right = node.left, node.right
        if not (
            isinstance(node.op, ast.Mod)
            and isinstance(left, ast.Constant)
            and isinstance(left.value, str)
            and isinstance(right, ast.Tuple)
        ):
            return
        yield from self._reorder(info, relpath, node, right.elts)

    def _reorder(
        self, info: ModuleInfo, relpath: str, node: ast.expr, args: Sequence[ast.expr]
    ) -> Iterator[Mutation]:
        for first, second in zip(args, args[1:]):
            if isinstance(first, ast.Starred) or isinstance(second, ast.Starred):
                return
            if info.text(first) == info.text(second):
                continue
            pair = f"{quote(info.text(first))} and {quote(info.text(second))}"
            what = f"format arguments {pair} swapped"
            yield self.make(info, relpath, _swap(info, first, second), what, node)
