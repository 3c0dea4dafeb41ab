"""What the operators leave alone: nodes whose whole subtree is never mutated.

Docstrings and other string statements, ``__repr__`` methods and ``@overload`` stubs, type
annotations (handled by the traversal), ``if __name__ == "__main__"`` and ``if TYPE_CHECKING``
blocks, ``raise ... from ...``, logging calls, ``assert`` statements, f-strings (whose inner
positions are unreliable before Python 3.12) and ``__all__``-style dunder assignments. Mistakes
there either change nothing a test can see or are not the mistakes developers make.
"""

from __future__ import annotations

import ast

LOG_METHODS = frozenset(
    {"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"}
)


def dotted_name(node: ast.expr) -> str | None:
    """``a.b.c`` for a chain of attributes on a name, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted_name(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def is_docstring(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def is_logging_call(node: ast.Call) -> bool:
    if not isinstance(node.func, ast.Attribute) or node.func.attr not in LOG_METHODS:
        return False
    base = dotted_name(node.func.value)
    return base is not None and "log" in base.rsplit(".", 1)[-1].lower()


def _is_guard_block(node: ast.If) -> bool:
    """``if __name__ == "__main__":`` or ``if TYPE_CHECKING:``."""
    test = node.test
    if dotted_name(test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
        return True
    if isinstance(test, ast.Compare) and len(test.comparators) == 1:
        sides = [test.left, test.comparators[0]]
        names = [side.id for side in sides if isinstance(side, ast.Name)]
        texts = [side.value for side in sides if isinstance(side, ast.Constant)]
        return names == ["__name__"] and texts == ["__main__"]
    return False


def skips_whole(node: ast.AST) -> bool:
    """Whether ``node`` and everything under it must stay as it is."""
    if isinstance(node, (ast.Assert, ast.JoinedStr)):
        return True
    if isinstance(node, ast.Raise):
        return node.cause is not None
    if isinstance(node, ast.stmt) and is_docstring(node):
        return True
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        decorators = [dotted_name(d) for d in node.decorator_list]
        overload = "overload" in decorators or "typing.overload" in decorators
        return overload or node.name == "__repr__"
    if isinstance(node, ast.Call):
        return is_logging_call(node)
    if isinstance(node, ast.If):
        return _is_guard_block(node)
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return any(
            isinstance(t, ast.Name) and t.id.startswith("__") and t.id.endswith("__")
            for t in targets
        )
    return False
