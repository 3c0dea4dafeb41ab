"""Mistakes in exception handling: the wrong exception caught, one swallowed, a check left out."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from tflm.corpus.operators.analysis import ModuleInfo, ModuleOperator
from tflm.corpus.operators.base import Edit, Mutation
from tflm.corpus.operators.skips import dotted_name
from tflm.corpus.operators.syntax import is_elif, quote

# Builtin exceptions confused with one another: siblings under one base, or the usual suspects.
_SIBLINGS: dict[str, tuple[str, ...]] = {
    "ValueError": ("TypeError",),
    "TypeError": ("ValueError", "AttributeError"),
    "KeyError": ("IndexError", "AttributeError"),
    "IndexError": ("KeyError",),
    "AttributeError": ("TypeError", "KeyError"),
    "LookupError": ("ValueError",),
    "ZeroDivisionError": ("OverflowError", "ValueError"),
    "OverflowError": ("ZeroDivisionError",),
    "ArithmeticError": ("ValueError",),
    "FileNotFoundError": ("PermissionError", "IsADirectoryError"),
    "PermissionError": ("FileNotFoundError",),
    "IsADirectoryError": ("FileNotFoundError",),
    "FileExistsError": ("FileNotFoundError",),
    "UnicodeDecodeError": ("UnicodeEncodeError",),
    "UnicodeEncodeError": ("UnicodeDecodeError",),
    "StopIteration": ("IndexError",),
    "RecursionError": ("RuntimeError",),
    "RuntimeError": ("ValueError",),
    "NotImplementedError": ("RuntimeError",),
}
_NOT_VALIDATION = frozenset({"NotImplementedError", "StopIteration", "AssertionError"})


def _exception_family(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    """Exception classes of the module and their siblings (classes with the same first base)."""
    by_base: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.bases:
            base = dotted_name(node.bases[0])
            if base is not None and (base.endswith(("Error", "Exception")) or base in _SIBLINGS):
                by_base.setdefault(base, []).append(node.name)
    family: dict[str, tuple[str, ...]] = {}
    for names in by_base.values():
        for name in names:
            family[name] = tuple(sorted(set(names) - {name}))
    return family


def _raised_name(node: ast.Raise) -> str | None:
    exc = node.exc
    if isinstance(exc, ast.Call):
        exc = exc.func
    return dotted_name(exc) if exc is not None else None


class ExceptionHandling(ModuleOperator):
    name = "exception_handling"
    description = (
        "The wrong exception caught (a sibling class), a handler that swallows the error, "
        "or a validating raise left out (omission)."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        family = _exception_family(info.tree)
        for node in info.nodes(ast.ExceptHandler, ast.Raise):
            if isinstance(node, ast.Raise):
                yield from self._missing_check(info, relpath, node)
                continue
            if node.type is not None and info.is_live(node.type):
                yield from self._caught(info, relpath, node, node.type, family)
            yield from self._swallow(info, relpath, node)

    def _caught(
        self,
        info: ModuleInfo,
        relpath: str,
        handler: ast.ExceptHandler,
        caught: ast.expr,
        family: dict[str, tuple[str, ...]],
    ) -> Iterator[Mutation]:
        names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
        spelled = {dotted_name(name) for name in names}
        for name in names:
            current = dotted_name(name)
            if current is None:
                continue
            for sibling in family.get(current) or _SIBLINGS.get(current, ()):
                if sibling in spelled:
                    continue
                edit = Edit(info.start(name), info.end(name), sibling)
                what = f"'except {current}' catches {sibling} instead"
                yield self.make(info, relpath, [edit], what, handler)
        if isinstance(caught, ast.Tuple) and len(names) >= 2:
            for index, name in enumerate(names):
                if index + 1 < len(names):
                    edit = Edit(info.start(name), info.start(names[index + 1]), "")
                else:
                    edit = Edit(info.end(names[index - 1]), info.end(name), "")
                what = f"{quote(info.text(name))} no longer caught by {quote(info.text(caught))}"
                yield self.make(info, relpath, [edit], what, handler)

    def _swallow(
        self, info: ModuleInfo, relpath: str, handler: ast.ExceptHandler
    ) -> Iterator[Mutation]:
        body = handler.body
        if len(body) == 1 and (
            isinstance(body[0], ast.Pass)
            or isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            return
        if not all(info.fully_live(stmt) for stmt in body):
            return  # it would take a logging call or a 'raise ... from' along
        edit = Edit(info.start(body[0]), info.end(body[-1]), "pass")
        caught = info.text(handler.type) if handler.type is not None else "everything"
        what = f"handler of {quote(caught)} swallows the error ('pass')"
        yield self.make(info, relpath, [edit], what, handler)

    def _missing_check(self, info: ModuleInfo, relpath: str, node: ast.Raise) -> Iterator[Mutation]:
        raised = _raised_name(node)
        if raised is None or raised in _NOT_VALIDATION:
            return
        check = info.parent.get(node)
        if not isinstance(check, ast.If) or info.function.get(node) is None:
            return
        if not any(stmt is node for stmt in check.body) or check.orelse or is_elif(info, check):
            return
        target: ast.stmt = check if len(check.body) == 1 else node
        removal = info.removal(target)
        if removal is None:
            return
        edit, lines = removal
        what = f"validation {quote('if ' + info.text(check.test) + ': raise ' + raised)} left out"
        yield self.make(info, relpath, [edit], what, target, bug_lines=lines, omission=True)
