"""Local variables of a function: where each is bound and what kind of value it plausibly holds.

A *kind* is a coarse, guessable type: ``number`` (ints and floats alike), ``str``, ``bool``,
``list``, ``dict``, ``set``, ``tuple``, ``bytes``, ``loop`` (an element of some iteration),
``param`` (an unannotated parameter without default), ``ann:<annotation>`` or ``call:<callee>``.
Two variables of one kind are the ones a developer can plausibly confuse. Bindings are tracked
by dominance in the statement lists: a name assigned by statement ``i`` of a block is bound in
every later statement of that block, so a replacement never introduces an unbound name.
"""

from __future__ import annotations

import ast
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from tflm.corpus.operators.analysis import FunctionNode, ModuleInfo
from tflm.corpus.operators.skips import dotted_name

NUMBER, STR, BOOL, LIST, DICT, SET, TUPLE, BYTES = (
    "number", "str", "bool", "list", "dict", "set", "tuple", "bytes"
)
LOOP, PARAM = "loop", "param"

_SIMPLE_ANNOTATIONS = {
    "int": NUMBER, "float": NUMBER, "complex": NUMBER, "str": STR, "bool": BOOL, "bytes": BYTES,
}
_CALL_KINDS = {
    "len": NUMBER, "int": NUMBER, "float": NUMBER, "abs": NUMBER, "round": NUMBER,
    "sum": NUMBER, "ord": NUMBER, "str": STR, "repr": STR, "format": STR, "chr": STR,
    "list": LIST, "sorted": LIST, "dict": DICT, "set": SET, "frozenset": SET, "tuple": TUPLE,
    "bool": BOOL, "isinstance": BOOL, "any": BOOL, "all": BOOL, "callable": BOOL,
    "hasattr": BOOL, "bytes": BYTES,
}
_METHOD_KINDS = {
    "strip": STR, "lstrip": STR, "rstrip": STR, "lower": STR, "upper": STR, "join": STR,
    "format": STR, "replace": STR, "title": STR, "capitalize": STR, "casefold": STR,
    "ljust": STR, "rjust": STR, "center": STR, "split": LIST, "rsplit": LIST,
    "splitlines": LIST, "count": NUMBER, "index": NUMBER, "find": NUMBER, "rfind": NUMBER,
    "startswith": BOOL, "endswith": BOOL, "isdigit": BOOL, "isalpha": BOOL, "isspace": BOOL,
}
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def annotation_kind(annotation: ast.expr) -> str:
    if isinstance(annotation, ast.Name) and annotation.id in _SIMPLE_ANNOTATIONS:
        return _SIMPLE_ANNOTATIONS[annotation.id]
    return "ann:" + ast.dump(annotation)


def expression_kind(node: ast.expr, scope: FunctionScope | None = None) -> str | None:
    """The kind of the value of ``node``, or None when it cannot be guessed."""
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            return BOOL
        if isinstance(value, (int, float, complex)):
            return NUMBER
        if isinstance(value, str):
            return STR
        if isinstance(value, bytes):
            return BYTES
        return None
    if isinstance(node, (ast.List, ast.ListComp)):
        return LIST
    if isinstance(node, (ast.Dict, ast.DictComp)):
        return DICT
    if isinstance(node, (ast.Set, ast.SetComp)):
        return SET
    if isinstance(node, ast.Tuple):
        return TUPLE
    if isinstance(node, ast.JoinedStr):
        return STR
    if isinstance(node, ast.Compare):
        return BOOL
    if isinstance(node, ast.UnaryOp):
        return BOOL if isinstance(node.op, ast.Not) else expression_kind(node.operand, scope)
    if isinstance(node, ast.Name):
        return scope.kind(node.id) if scope is not None else None
    if isinstance(node, ast.IfExp):
        return expression_kind(node.body, scope)
    if isinstance(node, ast.BoolOp):
        return expression_kind(node.values[0], scope)
    if isinstance(node, ast.BinOp):
        return _binary_kind(node, scope)
    if isinstance(node, ast.Call):
        name = dotted_name(node.func)
        if name is not None and name in _CALL_KINDS:
            return _CALL_KINDS[name]
        if name in ("min", "max") and len(node.args) >= 2:
            kinds = {expression_kind(arg, scope) for arg in node.args}
            return kinds.pop() if len(kinds) == 1 else None
        if name is not None and name.startswith("math.") and name != "math.isclose":
            return NUMBER
        if isinstance(node.func, ast.Attribute) and node.func.attr in _METHOD_KINDS:
            return _METHOD_KINDS[node.func.attr]
        return f"call:{name}" if name is not None else None
    return None


def _binary_kind(node: ast.BinOp, scope: FunctionScope | None) -> str | None:
    """The kind of ``a + b - c ...``, walking the left spine without recursion (chains run long)."""
    spine: list[ast.BinOp] = []
    current: ast.expr = node
    while isinstance(current, ast.BinOp):
        spine.append(current)
        current = current.left
    kind = expression_kind(current, scope)
    for binary in reversed(spine):
        op = binary.op
        if isinstance(op, ast.Add):
            kind = kind or expression_kind(binary.right, scope)
        elif isinstance(op, (ast.Sub, ast.Div, ast.FloorDiv, ast.Pow)):
            kind = NUMBER
        elif isinstance(op, ast.Mod) and kind != STR:
            kind = NUMBER
        elif isinstance(op, ast.Mult):
            kind = kind if kind in (STR, LIST) else NUMBER
    return kind


@dataclass(frozen=True)
class Binding:
    """``name`` is bound in ``block[index + 1:]`` (``index`` -1: in the whole block)."""

    name: str
    kind: str | None
    block_id: int
    index: int
    line: int


class FunctionScope:
    """The parameters and local bindings of one function (nested functions excluded)."""

    def __init__(self, info: ModuleInfo, func: FunctionNode) -> None:
        self.info = info
        self.func = func
        self.params: dict[str, str | None] = {}
        self.bindings: dict[str, list[Binding]] = {}
        self.excluded: set[str] = {"self", "cls"}
        self._kinds: dict[str, str | None] = {}
        self._read_parameters()
        self._read_block(func.body)
        self._settle_kinds()

    def _read_parameters(self) -> None:
        args = self.func.args
        positional = args.posonlyargs + args.args
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
        defaults += list(args.defaults)
        pairs = list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults))
        for arg, default in pairs:
            if arg.annotation is not None:
                kind: str | None = annotation_kind(arg.annotation)
            elif default is not None:
                kind = expression_kind(default)
            else:
                kind = PARAM
            self.params[arg.arg] = kind
        for extra in (args.vararg, args.kwarg):
            if extra is not None:
                self.params[extra.arg] = None

    def _bind(self, target: ast.expr, kind: str | None, block: list[ast.stmt], index: int) -> None:
        if isinstance(target, ast.Name):
            binding = Binding(target.id, kind, id(block), index, target.lineno)
            self.bindings.setdefault(target.id, []).append(binding)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._bind(element, None, block, index)
        elif isinstance(target, ast.Starred):
            self._bind(target.value, LIST, block, index)

    def _read_block(self, block: list[ast.stmt]) -> None:
        for index, stmt in enumerate(block):
            for node in ast.walk(stmt):
                if isinstance(node, ast.NamedExpr):
                    self.excluded.add(node.target.id)
                elif isinstance(node, (ast.Global, ast.Nonlocal)):
                    self.excluded.update(node.names)
                elif isinstance(node, ast.Delete):
                    self.excluded.update(t.id for t in node.targets if isinstance(t, ast.Name))
            if isinstance(stmt, ast.Assign):
                kind = expression_kind(stmt.value, None)
                for target in stmt.targets:
                    self._bind(target, kind if isinstance(target, ast.Name) else None, block, index)
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                self._bind(stmt.target, annotation_kind(stmt.annotation), block, index)
            elif isinstance(stmt, (ast.For, ast.AsyncFor)):
                self._bind_loop(stmt)
                self._read_block(stmt.body)
                self._read_block(stmt.orelse)
            elif isinstance(stmt, (ast.With, ast.AsyncWith)):
                for item in stmt.items:
                    if item.optional_vars is not None:
                        self._bind(item.optional_vars, None, stmt.body, -1)
                self._read_block(stmt.body)
            elif isinstance(stmt, (ast.If, ast.While)):
                self._read_block(stmt.body)
                self._read_block(stmt.orelse)
            elif isinstance(stmt, ast.Try):
                self._read_block(stmt.body)
                for handler in stmt.handlers:
                    if handler.name:
                        self.excluded.add(handler.name)
                    self._read_block(handler.body)
                self._read_block(stmt.orelse)
                self._read_block(stmt.finalbody)
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.excluded.add(stmt.name)
            elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
                self.excluded.update((a.asname or a.name).split(".")[0] for a in stmt.names)
            elif isinstance(stmt, ast.Match):
                for case in stmt.cases:
                    self._read_block(case.body)

    def _bind_loop(self, stmt: ast.For | ast.AsyncFor) -> None:
        target, source = stmt.target, stmt.iter
        callee = dotted_name(source.func) if isinstance(source, ast.Call) else None
        if callee == "range":
            self._bind(target, NUMBER, stmt.body, -1)
        elif callee == "enumerate" and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            self._bind(target.elts[0], NUMBER, stmt.body, -1)
            self._bind(target.elts[1], LOOP, stmt.body, -1)
        elif isinstance(target, ast.Name):
            self._bind(target, LOOP, stmt.body, -1)
        else:
            self._bind(target, None, stmt.body, -1)

    def _settle_kinds(self) -> None:
        for name, kind in self.params.items():
            self._kinds[name] = kind
        for name, bindings in self.bindings.items():
            if name in self.params:
                continue
            known = {b.kind for b in bindings if b.kind is not None}
            self._kinds[name] = known.pop() if len(known) == 1 else None
        # Names assigned from other names take their kind once those are settled.
        for name, bindings in self.bindings.items():
            if self._kinds.get(name) is None and name not in self.params:
                values = [s.value for s in self._assignments_to(name)]
                kinds = {expression_kind(v, self) for v in values} - {None}
                if len(kinds) == 1:
                    self._kinds[name] = kinds.pop()

    def _assignments_to(self, name: str) -> Iterator[ast.Assign]:
        for node in ast.walk(self.func):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                yield node

    def is_local(self, name: str) -> bool:
        """Whether ``name`` is a parameter or a variable of this function."""
        return name not in self.excluded and (name in self.params or name in self.bindings)

    def kind(self, name: str) -> str | None:
        return None if name in self.excluded else self._kinds.get(name)

    def _chain(self, node: ast.AST) -> set[tuple[int, int]]:
        """(block id, index) of every statement holding ``node``, up to the function body."""
        chain: set[tuple[int, int]] = set()
        current: ast.AST = node
        while True:
            stmt = self.info.statement_of(current)
            if stmt is self.func:
                return chain
            block, index = self.info.block_of(stmt)
            chain.add((id(block), index))
            parent = self.info.parent.get(stmt)
            if parent is None:
                return chain
            current = parent

    def is_bound(self, name: str, node: ast.AST) -> bool:
        """Whether ``name`` certainly holds a value where ``node`` is evaluated."""
        if name in self.excluded:
            return False
        if name in self.params:
            return True
        chain = self._chain(node)
        for binding in self.bindings.get(name, []):
            if any(block == binding.block_id and index > binding.index for block, index in chain):
                return True
        return False

    def binding_line(self, name: str, node: ast.AST) -> int:
        """Line of the latest binding of ``name`` before ``node`` (a parameter: the def line)."""
        here: int = getattr(node, "lineno", 0)
        lines = [b.line for b in self.bindings.get(name, []) if b.line <= here]
        return max(lines) if lines else self.func.lineno

    def shadowed_at(self, node: ast.AST) -> set[str]:
        """Names bound by comprehensions and lambdas around ``node``."""
        names: set[str] = set()
        for ancestor in self.info.ancestors(node):
            if isinstance(ancestor, _COMPREHENSIONS):
                for generator in ancestor.generators:
                    targets = ast.walk(generator.target)
                    names.update(n.id for n in targets if isinstance(n, ast.Name))
            elif isinstance(ancestor, ast.Lambda):
                arguments = ancestor.args
                every = arguments.posonlyargs + arguments.args + arguments.kwonlyargs
                names.update(a.arg for a in every)
            elif isinstance(ancestor, ast.stmt):
                break
        return names

    def alternatives(self, node: ast.Name, limit: int = 2) -> list[str]:
        """Other variables of the same kind, bound at ``node``: nearest binding first."""
        kind = self.kind(node.id)
        shadowed = self.shadowed_at(node)
        if kind is None or node.id in shadowed:
            return []
        names = [
            name
            for name in sorted(set(self.params) | set(self.bindings))
            if name != node.id
            and name not in shadowed
            and self.kind(name) == kind
            and self.is_bound(name, node)
        ]
        names.sort(key=lambda name: -self.binding_line(name, node))
        return names[:limit]


_SCOPES: weakref.WeakKeyDictionary[ModuleInfo, dict[int, FunctionScope]] = (
    weakref.WeakKeyDictionary()
)


def function_scope(info: ModuleInfo, func: FunctionNode) -> FunctionScope:
    """The (cached) :class:`FunctionScope` of ``func``."""
    cache = _SCOPES.setdefault(info, {})
    scope = cache.get(id(func))
    if scope is None:
        scope = cache[id(func)] = FunctionScope(info, func)
    return scope


def scope_at(info: ModuleInfo, node: ast.AST) -> FunctionScope | None:
    """The scope of the function holding ``node``, None at module or class level."""
    func = info.function.get(node)
    return function_scope(info, func) if func is not None else None
