"""Mistakes in naming: the wrong variable, the wrong key of a mapping, the wrong attribute."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field

from tflm.corpus.operators.analysis import ModuleInfo, ModuleOperator
from tflm.corpus.operators.base import Edit, Mutation
from tflm.corpus.operators.constants import KEY_METHODS
from tflm.corpus.operators.skips import dotted_name
from tflm.corpus.operators.syntax import quote, string_literal
from tflm.corpus.operators.variables import annotation_kind, expression_kind, scope_at

_ALTERNATIVES = 3
_PROPERTY_DECORATORS = frozenset({"property", "cached_property", "functools.cached_property"})


class WrongVariable(ModuleOperator):
    name = "wrong_variable"
    description = (
        "A variable read replaced by another local or parameter of the same kind, bound there."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for node in info.nodes(ast.Name):
            if not isinstance(node.ctx, ast.Load):
                continue
            parent = info.parent.get(node)
            if isinstance(parent, ast.Call) and parent.func is node:
                continue
            if isinstance(parent, ast.Return):
                continue  # a wrong returned variable is missing_return_or_wrong_return
            scope = scope_at(info, node)
            if scope is None:
                continue
            for other in scope.alternatives(node):
                if _self_assignment(parent, node, other) or _self_comparison(parent, node, other):
                    continue
                edit = Edit(info.start(node), info.end(node), other)
                what = f"'{node.id}' replaced by '{other}'"
                yield self.make(info, relpath, [edit], what, node)


def _self_assignment(parent: ast.AST | None, node: ast.Name, other: str) -> bool:
    """Whether using ``other`` for ``node`` would write ``other = other`` or ``other += other``."""
    if isinstance(parent, ast.Assign) and parent.value is node:
        return any(isinstance(t, ast.Name) and t.id == other for t in parent.targets)
    if isinstance(parent, ast.AugAssign) and parent.value is node:
        return isinstance(parent.target, ast.Name) and parent.target.id == other
    return False


def _self_comparison(parent: ast.AST | None, node: ast.Name, other: str) -> bool:
    """Whether using ``other`` for ``node`` would compare ``other`` with itself."""
    if not isinstance(parent, ast.Compare):
        return False
    operands = [parent.left, *parent.comparators]
    return any(isinstance(o, ast.Name) and o.id == other for o in operands if o is not node)


def _flat(info: ModuleInfo, node: ast.expr) -> str:
    return "".join(info.text(node).split())


@dataclass
class _ClassAttributes:
    """Data attributes of one class (fields, ``self.x = ...``, properties) with their kinds."""

    kinds: dict[str, str | None] = field(default_factory=dict)

    def add(self, name: str, kind: str | None) -> None:
        if name.startswith("__") and name.endswith("__"):
            return
        if self.kinds.get(name) is None:
            self.kinds[name] = kind

    def conflict(self, name: str, other: str) -> bool:
        """Whether both are attributes here, of known and different kinds."""
        first, second = self.kinds.get(name), self.kinds.get(other)
        return first is not None and second is not None and first != second

    def others(self, name: str) -> list[str]:
        """Attributes confusable with ``name``: same kind first, then those of unknown kind."""
        if name not in self.kinds:
            return []
        kind = self.kinds[name]
        same = sorted(a for a, k in self.kinds.items() if a != name and k is not None and k == kind)
        unknown = sorted(
            a for a, k in self.kinds.items() if a != name and (k is None or kind is None)
        )
        return (same + [a for a in unknown if a not in same])[:_ALTERNATIVES]


def _class_attributes(info: ModuleInfo, cls: ast.ClassDef) -> _ClassAttributes:
    attributes = _ClassAttributes()
    for stmt in cls.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            attributes.add(stmt.target.id, annotation_kind(stmt.annotation))
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    attributes.add(target.id, expression_kind(stmt.value))
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(dotted_name(d) in _PROPERTY_DECORATORS for d in stmt.decorator_list):
                kind = annotation_kind(stmt.returns) if stmt.returns is not None else None
                attributes.add(stmt.name, kind)
    for method in cls.body:
        if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(method):
            if isinstance(node, ast.Assign):
                pairs = [(t, node.value) for t in node.targets]
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                pairs = [(node.target, node.value)]
            else:
                continue
            for target, value in pairs:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    attributes.add(target.attr, expression_kind(value, scope_at(info, value)))
    return attributes


class WrongKeyOrAttribute(ModuleOperator):
    name = "wrong_key_or_attribute"
    description = (
        "A mapping key replaced by another key used with the same mapping, "
        "or an attribute by another one of the same object."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        yield from self._keys(info, relpath)
        yield from self._attributes(info, relpath)

    def _keys(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        keys: dict[str, set[str]] = {}
        sites: list[tuple[str, ast.Constant]] = []
        for node in info.nodes(ast.Subscript, ast.Call, ast.Compare, ast.stmt):
            if isinstance(node, ast.Subscript):
                index = node.slice
                if isinstance(index, ast.Constant) and isinstance(index.value, str):
                    sites.append((_flat(info, node.value), index))
            elif isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Attribute) and func.attr in KEY_METHODS and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        sites.append((_flat(info, func.value), first))
            elif isinstance(node, ast.Compare):
                if (
                    len(node.ops) == 1
                    and isinstance(node.ops[0], (ast.In, ast.NotIn))
                    and isinstance(node.left, ast.Constant)
                    and isinstance(node.left.value, str)
                ):
                    sites.append((_flat(info, node.comparators[0]), node.left))
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                container = _flat(info, target)
                for key in node.value.keys:
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        keys.setdefault(container, set()).add(key.value)
        for container, literal in sites:
            keys.setdefault(container, set()).add(str(literal.value))
        for container, literal in sites:
            if not info.is_live(literal):
                continue
            others = sorted(keys[container] - {literal.value})[:_ALTERNATIVES]
            for other in others:
                new = string_literal(info, literal, other)
                if new is None:
                    continue
                edit = Edit(info.start(literal), info.end(literal), new)
                what = (
                    f"key {quote(info.text(literal))} of {quote(container)} "
                    f"replaced by {quote(new)}"
                )
                yield self.make(info, relpath, [edit], what, literal)

    def _attributes(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        classes = {cls.name: cls for cls in info.nodes(ast.ClassDef)}
        attributes: dict[str, _ClassAttributes] = {}
        used: dict[tuple[int, str], set[str]] = {}
        reads = [node for node in info.nodes(ast.Attribute) if self._is_read(info, node)]
        for node in reads:
            func = info.function.get(node)
            if isinstance(node.value, ast.Name) and func is not None:
                used.setdefault((id(func), node.value.id), set()).add(node.attr)
        for node in reads:
            if not isinstance(node.value, ast.Name):
                continue
            cls = self._class_of(info, node.value, classes)
            if cls is not None:
                others = self._attributes_of(info, cls, attributes).others(node.attr)
            else:
                others = [
                    other
                    for other in self._same_base(info, node, used)
                    if not any(
                        self._attributes_of(info, c, attributes).conflict(node.attr, other)
                        for c in classes.values()
                    )
                ]
            for other in others:
                end = info.end(node)
                edit = Edit((end[0], end[1] - len(node.attr)), end, other)
                what = f"attribute {quote(info.text(node))} replaced by '.{other}'"
                yield self.make(info, relpath, [edit], what, node)

    @staticmethod
    def _attributes_of(
        info: ModuleInfo, cls: ast.ClassDef, known: dict[str, _ClassAttributes]
    ) -> _ClassAttributes:
        if cls.name not in known:
            known[cls.name] = _class_attributes(info, cls)
        return known[cls.name]

    @staticmethod
    def _is_read(info: ModuleInfo, node: ast.Attribute) -> bool:
        """A data attribute read: loaded and not called."""
        parent = info.parent.get(node)
        called = isinstance(parent, ast.Call) and parent.func is node
        return isinstance(node.ctx, ast.Load) and not called

    @staticmethod
    def _class_of(
        info: ModuleInfo, base: ast.Name, classes: dict[str, ast.ClassDef]
    ) -> ast.ClassDef | None:
        """The module's class of ``base``: that of ``self``, or of an annotated parameter."""
        func = info.function.get(base)
        if func is None:
            return None
        if base.id == "self":
            owner = info.parent.get(func)
            return owner if isinstance(owner, ast.ClassDef) else None
        for arg in func.args.posonlyargs + func.args.args + func.args.kwonlyargs:
            if arg.arg == base.id and arg.annotation is not None:
                annotation = arg.annotation
                if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                    return classes.get(annotation.value)
                if isinstance(annotation, ast.Name):
                    return classes.get(annotation.id)
        return None

    @staticmethod
    def _same_base(
        info: ModuleInfo, node: ast.Attribute, used: dict[tuple[int, str], set[str]]
    ) -> list[str]:
        """Other attributes read on the same local name in the function (``a.lo``, ``a.hi``)."""
        assert isinstance(node.value, ast.Name)
        scope = scope_at(info, node)
        name = node.value.id
        if scope is None or name == "self" or not scope.is_bound(name, node):
            return []
        func = info.function.get(node)
        seen = used.get((id(func), name), set()) - {node.attr}
        plain = sorted(a for a in seen if not (a.startswith("__") and a.endswith("__")))
        return plain[:_ALTERNATIVES]
