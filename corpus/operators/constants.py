"""Mistakes in literals: a constant off by one or flipped, a misspelt key, a wrong default."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from tflm.corpus.operators.analysis import FunctionNode, ModuleInfo, ModuleOperator
from tflm.corpus.operators.arithmetic import bound_sites
from tflm.corpus.operators.base import Edit, Mutation
from tflm.corpus.operators.skips import dotted_name
from tflm.corpus.operators.syntax import int_value, quote, string_literal

# Separators confused with a near one: a missing or extra space, the neighbouring punctuation.
SEPARATORS: dict[str, tuple[str, ...]] = {
    "": (" ",),
    " ": ("", ", "),
    ",": (", ", ";"),
    ", ": (",", " "),
    ";": (",",),
    ":": (": ", "="),
    ": ": (":",),
    "=": (":",),
    "-": ("_",),
    "_": ("-",),
    ".": (",",),
    "|": (",",),
    "\n": (" ", ""),
    "\t": (" ",),
}
_IDENTIFIER_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
KEY_METHODS = frozenset({"get", "pop", "setdefault"})
_DIVISIONS = (ast.Div, ast.FloorDiv, ast.Mod, ast.Mult, ast.Pow)


def integer_variants(value: int) -> list[int]:
    """Neighbouring integers a developer writes by mistake (0 becomes 1, never -1)."""
    if value == 0:
        return [1]
    if value == -1:
        return [0, -2]
    return [value + 1, value - 1]


def render_int(info: ModuleInfo, node: ast.expr, value: int) -> str:
    """``value`` written in the style of ``node`` (hex stays hex)."""
    text = info.text(node).lstrip("-").strip()
    if text.lower().startswith("0x") and value >= 0:
        return hex(value)
    return str(value)


def key_variants(key: str) -> list[str]:
    """Small misspellings of a key: the plural/singular, '_' for '-' and back."""
    if not _IDENTIFIER_LIKE.match(key):
        return []
    variants = [key[:-1] if key.endswith("s") and len(key) > 1 else key + "s"]
    if "_" in key:
        variants.append(key.replace("_", "-"))
    elif "-" in key:
        variants.append(key.replace("-", "_"))
    return variants


def is_key_position(info: ModuleInfo, node: ast.Constant) -> bool:
    """Whether a string literal is used as a mapping key: d["k"], d.get("k"), {"k": v}."""
    parent = info.parent.get(node)
    if isinstance(parent, ast.Subscript) and parent.slice is node:
        return True
    if isinstance(parent, ast.Dict) and any(key is node for key in parent.keys):
        return True
    if isinstance(parent, ast.Call) and parent.args and parent.args[0] is node:
        func = parent.func
        return isinstance(func, ast.Attribute) and func.attr in KEY_METHODS
    return False


class WrongConstant(ModuleOperator):
    name = "wrong_constant"
    description = (
        "A literal slightly wrong: an integer +/- 1, True <-> False, a misspelt key string."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        bounds: set[ast.AST] = set()
        for site, _ in bound_sites(info):
            bounds.update(ast.walk(site))
        for node in info.nodes(ast.Constant, ast.UnaryOp):
            if node in bounds or isinstance(info.parent.get(node), ast.arguments):
                continue
            if isinstance(node, ast.UnaryOp):
                negative = int_value(node)
                if negative is not None and negative < 0:
                    yield from self._integer(info, relpath, node, negative)
                continue
            value = node.value
            parent = info.parent.get(node)
            if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.USub):
                continue  # a negative number is handled with its sign
            if isinstance(value, bool):
                new = str(not value)
                edit = Edit(info.start(node), info.end(node), new)
                yield self.make(info, relpath, [edit], f"'{value}' replaced by '{new}'", node)
            elif isinstance(value, int):
                yield from self._integer(info, relpath, node, value)
            elif isinstance(value, str) and is_key_position(info, node):
                for variant in key_variants(value):
                    literal = string_literal(info, node, variant)
                    if literal is None:
                        continue
                    edit = Edit(info.start(node), info.end(node), literal)
                    what = f"key {quote(info.text(node))} misspelt as {quote(literal)}"
                    yield self.make(info, relpath, [edit], what, node)

    def _integer(
        self, info: ModuleInfo, relpath: str, node: ast.expr, value: int
    ) -> Iterator[Mutation]:
        parent = info.parent.get(node)
        divisor = isinstance(parent, ast.BinOp) and parent.right is node and isinstance(
            parent.op, _DIVISIONS
        )
        if isinstance(parent, ast.Call) and dotted_name(parent.func) == "range":
            divisor = True  # a zero step raises at once
        for new in integer_variants(value):
            if new == 0 and divisor:
                continue  # x / 0 and x * 0 are not slips of the pen
            text = render_int(info, node, new)
            edit = Edit(info.start(node), info.end(node), text)
            what = f"constant {quote(info.text(node))} replaced by {quote(text)}"
            yield self.make(info, relpath, [edit], what, node)


def defaults_of(func: FunctionNode) -> Iterator[tuple[ast.arg, ast.expr]]:
    """Each parameter with a default, with that default."""
    args = func.args
    positional = args.posonlyargs + args.args
    for arg, default in zip(positional[len(positional) - len(args.defaults) :], args.defaults):
        yield arg, default
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults):
        if kw_default is not None:
            yield arg, kw_default


def function_scope_name(info: ModuleInfo, func: FunctionNode) -> str:
    """The qualified name of ``func`` itself (its body's scope)."""
    return info.scope_of(func.body[0])


def default_variants(info: ModuleInfo, default: ast.expr) -> list[str]:
    """Other values a developer could have written for a default parameter value."""
    value = int_value(default)
    if value is not None:
        return [render_int(info, default, v) for v in integer_variants(value)]
    if not isinstance(default, ast.Constant):
        return []
    constant = default.value
    if isinstance(constant, bool):
        return [str(not constant)]
    if isinstance(constant, float):
        if constant in (0.0, 1.0):
            return [repr(1.0 - constant)]
        return [repr(constant * 10)] if constant > 0 else []
    if isinstance(constant, str):
        literals = [string_literal(info, default, s) for s in SEPARATORS.get(constant, ())]
        return [literal for literal in literals if literal is not None]
    return []


class WrongDefaultValue(ModuleOperator):
    name = "wrong_default_value"
    description = (
        "The default value of a parameter changed: a number +/- 1, a flipped flag, "
        "a near separator."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for func in info.nodes(ast.FunctionDef, ast.AsyncFunctionDef):
            scope = function_scope_name(info, func)
            for arg, default in defaults_of(func):
                if not info.is_live(default):
                    continue
                old = info.text(default)
                for new in default_variants(info, default):
                    edit = Edit(info.start(default), info.end(default), new)
                    what = f"default of '{arg.arg}' changed from {quote(old)} to {quote(new)}"
                    yield self.make(info, relpath, [edit], what, default, scope=scope)


_EMPTY_MUTABLES = frozenset({"list", "dict", "set"})


def _is_empty_mutable(node: ast.expr) -> bool:
    if isinstance(node, (ast.List, ast.Set)):
        return not node.elts
    if isinstance(node, ast.Dict):
        return not node.keys
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id in _EMPTY_MUTABLES and not node.args and not node.keywords
    return False


def _none_check(stmt: ast.stmt, name: str) -> ast.expr | None:
    """The empty container of ``if <name> is None: <name> = <empty>``, else None."""
    if not isinstance(stmt, ast.If) or stmt.orelse or len(stmt.body) != 1:
        return None
    test, body = stmt.test, stmt.body[0]
    if not (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == name
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return None
    if (
        isinstance(body, ast.Assign)
        and len(body.targets) == 1
        and isinstance(body.targets[0], ast.Name)
        and body.targets[0].id == name
        and _is_empty_mutable(body.value)
    ):
        return body.value
    return None


class MutableDefaultArgument(ModuleOperator):
    name = "mutable_default_argument"
    description = (
        "'def f(x=None): if x is None: x = []' written as 'def f(x=[])': the default is shared."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for func in info.nodes(ast.FunctionDef, ast.AsyncFunctionDef):
            for arg, default in defaults_of(func):
                if not (isinstance(default, ast.Constant) and default.value is None):
                    continue
                for stmt in func.body:
                    empty = _none_check(stmt, arg.arg)
                    if empty is None or not info.is_live(stmt):
                        continue
                    removal = info.removal(stmt)
                    if removal is None:
                        continue
                    container = info.text(empty)
                    edit = Edit(info.start(default), info.end(default), container)
                    what = (
                        f"'{arg.arg}=None' with a None check made "
                        f"the shared default '{arg.arg}={container}'"
                    )
                    yield self.make(
                        info,
                        relpath,
                        [edit, removal[0]],
                        what,
                        default,
                        bug_lines=[func.lineno, default.lineno],
                        scope=function_scope_name(info, func),
                    )
                    break
