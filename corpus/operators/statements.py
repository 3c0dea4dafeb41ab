"""Mistakes in statements: one left out, a wrong or missing return, break and continue confused."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from tflm.corpus.operators.analysis import FunctionNode, ModuleInfo, ModuleOperator
from tflm.corpus.operators.base import Edit, Mutation
from tflm.corpus.operators.syntax import int_value, quote
from tflm.corpus.operators.variables import scope_at

_UPDATES = (ast.Assign, ast.AnnAssign, ast.AugAssign)


class MissingStatement(ModuleOperator):
    name = "missing_statement"
    description = (
        "An assignment, update or call statement (append, update, add, ...) left out (omission)."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for stmt in info.nodes(ast.stmt):
            if info.function.get(stmt) is None:
                continue  # a missing module-level definition only breaks the import
            if isinstance(stmt, ast.AnnAssign) and stmt.value is None:
                continue
            if not isinstance(stmt, _UPDATES) and not (
                isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            ):
                continue
            if isinstance(stmt, ast.Expr) and not info.is_live(stmt.value):
                continue  # a logging call
            removal = info.removal(stmt)
            if removal is None:
                continue
            edit, lines = removal
            what = f"statement {quote(info.text(stmt))} left out"
            yield self.make(info, relpath, [edit], what, stmt, bug_lines=lines, omission=True)


def _is_generator(func: FunctionNode) -> bool:
    stack: list[ast.AST] = list(func.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return False


class MissingReturnOrWrongReturn(ModuleOperator):
    name = "missing_return_or_wrong_return"
    description = (
        "A return that returns None or another variable of the same kind, "
        "or whose 'return' keyword is missing."
    )

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        generators: dict[int, bool] = {}
        for stmt in info.nodes(ast.Return):
            func = info.function.get(stmt)
            value = stmt.value
            if func is None or value is None or not info.is_live(value):
                continue
            if id(func) not in generators:
                generators[id(func)] = _is_generator(func)
            if generators[id(func)]:
                continue
            shown = quote(info.text(value))
            droppable = not isinstance(value, ast.Constant) and int_value(value) is None
            # At the end of the function a missing 'return' already returns None.
            final = stmt is func.body[-1] and droppable
            if not (isinstance(value, ast.Constant) and value.value is None) and not final:
                edit = Edit(info.start(value), info.end(value), "None")
                what = f"'return {shown[1:-1]}' replaced by 'return None'"
                yield self.make(info, relpath, [edit], what, stmt)
            if isinstance(value, ast.Name):
                scope = scope_at(info, value)
                for other in scope.alternatives(value) if scope is not None else []:
                    edit = Edit(info.start(value), info.end(value), other)
                    what = f"'return {value.id}' replaced by 'return {other}'"
                    yield self.make(info, relpath, [edit], what, stmt)
            if droppable:
                after = info.next_token((stmt.lineno, info.start(stmt)[1] + len("return")))
                if after is None:
                    continue
                edit = Edit(info.start(stmt), after.start, "")
                what = f"'return' keyword missing before {shown}"
                yield self.make(info, relpath, [edit], what, stmt)


class EarlyExitInLoop(ModuleOperator):
    name = "early_exit_in_loop"
    description = "'break' and 'continue' confused inside a loop."

    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        for stmt in info.nodes(ast.Break, ast.Continue):
            is_break = isinstance(stmt, ast.Break)
            old, new = ("break", "continue") if is_break else ("continue", "break")
            edit = Edit(info.start(stmt), info.end(stmt), new)
            yield self.make(info, relpath, [edit], f"'{old}' replaced by '{new}'", stmt)
