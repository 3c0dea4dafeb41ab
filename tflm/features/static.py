"""Static features of statement lines, from the AST of one source file (computed once per file).

Every statement (``ast.stmt``) of a file gets one row, keyed by its first line, the line the
spectrum uses for it. Expression features of a compound statement (``if``, ``while``, ``for``,
``with``, ``def``, ...) look at its header only (test, iterable, targets, context managers,
decorators and defaults), never at its body: the body's statements have rows of their own.

Positions and nesting are measured inside the statement's scope as :mod:`tflm.collect.sources`
names it (a function or method, or ``<module>`` for module and class-body code), so a method
nested three classes deep is not "deeper" than a top-level function. Docstrings are not
statements here, as they are not for coverage.

The same walk records the calls each scope makes (by simple name, ``self``/``cls`` attribute or
``super()`` attribute) and the classes a file defines, for the call graph of
:mod:`tflm.features.structure`.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from tflm.collect.sources import MODULE_SCOPE, SourceFile

KINDS: tuple[str, ...] = (
    "assign", "augassign", "annassign", "return", "if", "while", "for",
    "call", "raise", "assert", "import", "block", "def", "other",
)  # fmt: skip
OPERATORS: tuple[str, ...] = (
    "compare", "arith", "bool", "not", "subscript", "slice",
    "call", "num", "str", "attr", "comprehension", "lambda",
)  # fmt: skip
SHAPE: tuple[str, ...] = (
    "n_ops", "is_condition", "depth", "position", "is_first",
    "is_last", "in_loop", "in_except", "in_return_raise", "multiline",
)  # fmt: skip
STATIC_NAMES: tuple[str, ...] = (
    tuple(f"kind_{k}" for k in KINDS) + tuple(f"op_{o}" for o in OPERATORS) + SHAPE
)

N_OPS_CAP = 31
"""Operator counts are read as ``log(1 + min(n, 31)) / log(32)``: 0 for none, 1 for 31 or more."""
DEPTH_CAP = 5
"""Nesting depths are read as ``min(depth, 5) / 5``."""

_KIND = {k: i for i, k in enumerate(KINDS)}
_OP = {o: len(KINDS) + i for i, o in enumerate(OPERATORS)}
_SHAPE = {s: len(KINDS) + len(OPERATORS) + i for i, s in enumerate(SHAPE)}
_LOG_CAP = math.log1p(N_OPS_CAP)

_STMT_KIND: dict[type[ast.AST], str] = {
    ast.Assign: "assign",
    ast.AugAssign: "augassign",
    ast.AnnAssign: "annassign",
    ast.Return: "return",
    ast.If: "if",
    ast.While: "while",
    ast.For: "for",
    ast.AsyncFor: "for",
    ast.Raise: "raise",
    ast.Assert: "assert",
    ast.Import: "import",
    ast.ImportFrom: "import",
    ast.Try: "block",
    ast.With: "block",
    ast.AsyncWith: "block",
    ast.FunctionDef: "def",
    ast.AsyncFunctionDef: "def",
    ast.ClassDef: "def",
}
if hasattr(ast, "TryStar"):  # Python 3.11+: except*
    _STMT_KIND[ast.TryStar] = "block"

# The operator column each expression node type sets; -1 for types whose column depends on the
# node (unary operators, subscripts, constants). Compare, BoolOp, BinOp and Call also count.
_EXPR_COLUMN: dict[type, int] = {
    ast.BinOp: _OP["arith"],
    ast.BoolOp: _OP["bool"],
    ast.Compare: _OP["compare"],
    ast.Call: _OP["call"],
    ast.Attribute: _OP["attr"],
    ast.ListComp: _OP["comprehension"],
    ast.SetComp: _OP["comprehension"],
    ast.DictComp: _OP["comprehension"],
    ast.GeneratorExp: _OP["comprehension"],
    ast.Lambda: _OP["lambda"],
    ast.JoinedStr: _OP["str"],
    ast.UnaryOp: -1,
    ast.Subscript: -1,
    ast.Constant: -1,
}
_COMPOUND: tuple[type[ast.stmt], ...] = (
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
    ast.Try,
    ast.Match,
    *([ast.TryStar] if hasattr(ast, "TryStar") else []),
)
_SCOPES: tuple[type[ast.stmt], ...] = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_BLOCKS = _COMPOUND + _SCOPES

# Fields that hold no expression worth visiting (operators are read from their parent node).
_LEAF_FIELDS = frozenset(
    {"ctx", "op", "ops", "id", "attr", "arg", "asname", "type_comment", "kind", "conversion", "level", "simple"}
)
_BODY_FIELDS = frozenset({"body", "orelse", "finalbody", "handlers", "cases"})
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def _child_fields(cls: type) -> tuple[str, ...]:
    """Fields of an AST node type that may hold expressions; () for constants and non-nodes."""
    fields = _CHILD_FIELDS.get(cls)
    if fields is None:
        if not issubclass(cls, ast.AST) or cls is ast.Constant:  # a constant's value is data
            fields = ()
        else:
            fields = tuple(f for f in cls._fields if f not in _LEAF_FIELDS)
        _CHILD_FIELDS[cls] = fields
    return fields


CallRef = tuple[str, str, str, str]
"""A call seen in a scope: (calling scope, how the callee is named: ``name``, ``self`` or
``super``, the called name, the class the caller belongs to or '')."""


@dataclass
class FileStatic:
    """Static features of one file.

    ``X`` has shape (n_statements, len(STATIC_NAMES)); ``row_of_line[l]`` is the row of the
    statement starting at 1-based line ``l``, or -1. ``scope_size`` counts the statements of each
    scope; ``functions`` and ``classes`` are the qualified names defined in the file.
    """

    X: npt.NDArray[np.float64]
    row_of_line: npt.NDArray[np.int64]
    scope_size: dict[str, int] = field(default_factory=dict)
    calls: list[CallRef] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)

    def rows(self, lines: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """Feature rows of the statements starting at ``lines`` (1-based, shape (n,)).

        A line that starts no statement gets :func:`missing_row`."""
        lines = np.asarray(lines, dtype=np.int64)
        inside = (lines >= 0) & (lines < len(self.row_of_line))
        idx = np.full(len(lines), -1, dtype=np.int64)
        idx[inside] = self.row_of_line[lines[inside]]
        out = np.repeat(missing_row()[None, :], len(lines), axis=0)
        found = idx >= 0
        out[found] = self.X[idx[found]]
        return out


def missing_row() -> npt.NDArray[np.float64]:
    """The row of a line without static information: kind ``other``, everything else 0."""
    row = np.zeros(len(STATIC_NAMES), dtype=np.float64)
    row[_KIND["other"]] = 1.0
    return row


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def _header_children(stmt: ast.stmt) -> list[ast.AST]:
    """The expression parts of a statement: every field except its statement lists.

    Type annotations are left out: they are not evaluated as operators at run time."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        defaults = [d for d in stmt.args.kw_defaults if d is not None]
        return [*stmt.decorator_list, *stmt.args.defaults, *defaults]
    if isinstance(stmt, ast.ClassDef):
        return [*stmt.decorator_list, *stmt.bases, *stmt.keywords]
    if isinstance(stmt, ast.AnnAssign):
        return [stmt.target] if stmt.value is None else [stmt.target, stmt.value]
    out: list[ast.AST] = []
    for name in _child_fields(type(stmt)):
        if name in _BODY_FIELDS:
            continue
        value = getattr(stmt, name, None)
        if isinstance(value, ast.AST):
            out.append(value)
        elif isinstance(value, list):
            out.extend(item for item in value if isinstance(item, ast.AST))
    return out


def _first_body_line(stmt: ast.stmt) -> int:
    """First line of a compound statement's body (its header ends on the line before)."""
    body = getattr(stmt, "body", None)
    if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
        return body[0].lineno
    cases = getattr(stmt, "cases", None)
    if isinstance(cases, list) and cases:
        return int(cases[0].pattern.lineno)
    return stmt.lineno + 1


@dataclass(frozen=True)
class _Context:
    """Where a statement sits: ``depth`` counts enclosing compound statements of its scope."""

    prefix: str = ""
    cls: str = ""
    depth: int = 0
    in_loop: bool = False
    in_except: bool = False

    def deeper(self) -> _Context:
        return _Context(self.prefix, self.cls, self.depth + 1, self.in_loop, self.in_except)

    def looping(self) -> _Context:
        return _Context(self.prefix, self.cls, self.depth, True, self.in_except)

    def handling(self) -> _Context:
        return _Context(self.prefix, self.cls, self.depth, self.in_loop, True)


class _Walker:
    """One pass over a file's statements, in source order, with the context each one sits in."""

    def __init__(self, source: SourceFile) -> None:
        self.scope_of = source.scope_of
        self.records: list[tuple[int, int, str, list[float]]] = []  # (line, end line, scope, row)
        self.calls: list[CallRef] = []
        self.functions: list[str] = []
        self.classes: list[str] = []

    def body(self, stmts: list[ast.stmt], ctx: _Context, *, owner: bool = False) -> None:
        for i, stmt in enumerate(stmts):
            if owner and i == 0 and _is_docstring(stmt):
                continue
            self.statement(stmt, ctx)

    def statement(self, stmt: ast.stmt, ctx: _Context) -> None:
        row = [0.0] * len(STATIC_NAMES)
        kind = _STMT_KIND.get(type(stmt))
        if kind is None:
            value = stmt.value if isinstance(stmt, ast.Expr) else None
            if isinstance(value, ast.Await):
                value = value.value
            kind = "call" if isinstance(value, ast.Call) else "other"
        row[_KIND[kind]] = 1.0
        scope = self.scope_of.get(stmt.lineno, MODULE_SCOPE)
        n_ops = self.expressions(stmt, row, scope, ctx.cls)
        if isinstance(stmt, ast.AugAssign):
            row[_OP["arith"]] = 1.0
            n_ops += 1
        row[_SHAPE["n_ops"]] = math.log1p(min(n_ops, N_OPS_CAP)) / _LOG_CAP
        row[_SHAPE["is_condition"]] = float(kind in ("if", "while"))
        row[_SHAPE["depth"]] = min(ctx.depth, DEPTH_CAP) / DEPTH_CAP
        row[_SHAPE["in_loop"]] = float(ctx.in_loop)
        row[_SHAPE["in_except"]] = float(ctx.in_except)
        row[_SHAPE["in_return_raise"]] = float(kind in ("return", "raise"))
        end = stmt.end_lineno or stmt.lineno
        header_end = end
        if isinstance(stmt, _BLOCKS):
            header_end = _first_body_line(stmt) - 1
        row[_SHAPE["multiline"]] = float(header_end > stmt.lineno)
        self.records.append((stmt.lineno, end, scope, row))
        self.children(stmt, ctx)

    def children(self, stmt: ast.stmt, ctx: _Context) -> None:
        if not isinstance(stmt, _BLOCKS):
            return
        inner = ctx.deeper()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = f"{ctx.prefix}{stmt.name}"
            self.functions.append(name)
            self.body(stmt.body, _Context(prefix=f"{name}.", cls=ctx.cls), owner=True)
        elif isinstance(stmt, ast.ClassDef):
            name = f"{ctx.prefix}{stmt.name}"
            self.classes.append(name)
            self.body(stmt.body, _Context(prefix=f"{name}.", cls=name), owner=True)
        elif isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)):
            self.body(stmt.body, inner.looping())
            self.body(stmt.orelse, inner)
        elif isinstance(stmt, ast.If):
            self.body(stmt.body, inner)
            orelse = stmt.orelse
            if len(orelse) == 1 and isinstance(orelse[0], ast.If) and orelse[0].col_offset == stmt.col_offset:
                self.statement(orelse[0], ctx)  # elif: at the depth of its if
            else:
                self.body(orelse, inner)
        elif isinstance(stmt, _COMPOUND):
            for name in ("body", "orelse", "finalbody"):
                self.body(getattr(stmt, name, []), inner)
            for handler in getattr(stmt, "handlers", []):
                self.body(handler.body, inner.handling())
            for case in getattr(stmt, "cases", []):
                self.body(case.body, inner)

    def expressions(self, stmt: ast.stmt, row: list[float], scope: str, cls: str) -> int:
        """Set the operator flags of ``row`` from the statement's header; the operator count."""
        n_ops = 0
        stack: list[object] = list(_header_children(stmt))
        pop, push, extend = stack.pop, stack.append, stack.extend
        while stack:
            node = pop()
            t = type(node)
            fields = _CHILD_FIELDS.get(t)
            if fields is None:
                fields = _child_fields(t)
            for name in fields:
                value = getattr(node, name, None)
                if type(value) is list:
                    extend(value)
                elif value is not None:
                    push(value)
            col = _EXPR_COLUMN.get(t)
            if col is None:
                continue
            if col >= 0:
                row[col] = 1.0
                if t is ast.Compare:
                    n_ops += len(node.ops)  # type: ignore[attr-defined]
                elif t is ast.BoolOp:
                    n_ops += len(node.values) - 1  # type: ignore[attr-defined]
                elif t is ast.BinOp:
                    n_ops += 1
                elif t is ast.Call:
                    n_ops += 1
                    self.call(node, scope, cls)  # type: ignore[arg-type]
            elif isinstance(node, ast.UnaryOp):
                if isinstance(node.op, (ast.USub, ast.UAdd)) and isinstance(node.operand, ast.Constant):
                    continue  # a signed literal such as -1 is a constant, not arithmetic
                row[_OP["not" if isinstance(node.op, ast.Not) else "arith"]] = 1.0
                n_ops += 1
            elif isinstance(node, ast.Subscript):
                index = node.slice
                is_slice = isinstance(index, ast.Slice) or (
                    isinstance(index, ast.Tuple) and any(isinstance(e, ast.Slice) for e in index.elts)
                )
                row[_OP["slice" if is_slice else "subscript"]] = 1.0
                n_ops += 1
            elif isinstance(node, ast.Constant):
                value = node.value
                if isinstance(value, (str, bytes)):
                    row[_OP["str"]] = 1.0
                elif isinstance(value, (int, float, complex)) and not isinstance(value, bool):
                    row[_OP["num"]] = 1.0
        return n_ops

    def call(self, node: ast.Call, scope: str, cls: str) -> None:
        func = node.func
        if isinstance(func, ast.Name):
            self.calls.append((scope, "name", func.id, cls))
        elif isinstance(func, ast.Attribute):
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                self.calls.append((scope, "self", func.attr, cls))
            elif isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
                self.calls.append((scope, "super", func.attr, cls))


def analyze_file(source: SourceFile) -> FileStatic:
    """Static rows of every statement of ``source`` (one AST walk)."""
    walker = _Walker(source)
    walker.body(source.tree.body, _Context(), owner=True)
    records = walker.records
    n_slots = max([source.text.count("\n") + 2] + [end + 1 for _, end, _, _ in records])
    row_of_line = np.full(n_slots, -1, dtype=np.int64)
    X = np.array([row for _, _, _, row in records], dtype=np.float64).reshape(len(records), len(STATIC_NAMES))
    by_scope: dict[str, list[int]] = {}
    for i, (line, _, scope, _) in enumerate(records):
        row_of_line[line] = i
        by_scope.setdefault(scope, []).append(i)
    scope_size: dict[str, int] = {}
    for scope, rows in by_scope.items():
        order = np.asarray(sorted(rows, key=lambda r: records[r][0]), dtype=np.int64)
        n = len(order)
        X[order, _SHAPE["position"]] = np.arange(n) / (n - 1) if n > 1 else 0.0
        X[order[0], _SHAPE["is_first"]] = 1.0
        X[order[-1], _SHAPE["is_last"]] = 1.0
        scope_size[scope] = n
    return FileStatic(
        X=X,
        row_of_line=row_of_line,
        scope_size=scope_size,
        calls=walker.calls,
        functions=walker.functions,
        classes=walker.classes,
    )
