"""One parsed module as the operators see it: positions, tokens, scopes and live nodes.

Every operator asks the same questions of a module (the text of a node, the token of an
operator, the function holding a line), so the answers are computed once per module and shared.
Nodes that :mod:`tflm.corpus.operators.skips` rules out, and type annotations, are not *live*:
operators only mutate live nodes.
"""

from __future__ import annotations

import ast
import io
import tokenize
from abc import abstractmethod
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar, overload

from tflm.corpus.operators.base import (
    MODULE_SCOPE,
    Edit,
    Mutation,
    Operator,
    Position,
    changed_lines,
    split_lines,
)
from tflm.corpus.operators.skips import is_docstring, skips_whole

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
N = TypeVar("N", bound=ast.AST)
M = TypeVar("M", bound=ast.AST)
O = TypeVar("O", bound=ast.AST)
P = TypeVar("P", bound=ast.AST)

_Frame = tuple[ast.AST, ast.AST | None, str, str, FunctionNode | None, bool]
"""A node to visit: node, parent, scope, qualified-name prefix, function, live."""
_BLOCK_FIELDS = ("body", "orelse", "finalbody")
_INVISIBLE_TOKENS = frozenset(
    {tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT}
)


class ModuleInfo:
    """Positions, tokens, parents, scopes and live (not skipped) nodes of one module."""

    def __init__(self, tree: ast.Module, source: str) -> None:
        self.tree = tree
        self.source = source
        self.lines = split_lines(source)
        self._encoded = [line.encode("utf-8") for line in self.lines]
        self.parent: dict[ast.AST, ast.AST] = {}
        self.scope: dict[ast.AST, str] = {}
        self.function: dict[ast.AST, FunctionNode | None] = {}
        self.live: list[ast.AST] = []
        self._live_set: set[ast.AST] = set()
        self._tokens: list[tokenize.TokenInfo] | None = None
        self._token_starts: list[Position] = []
        self._scope_lines: dict[str, list[int]] = {}
        self._visit(tree)

    # -- traversal -------------------------------------------------------------------------

    def _visit(self, tree: ast.Module) -> None:
        """Record parents, scopes and liveness of every node, depth first in source order.

        Iterative: long operator chains nest deeper than Python's recursion limit allows.
        """
        stack: list[_Frame] = [(tree, None, MODULE_SCOPE, "", None, True)]
        while stack:
            node, parent, scope, prefix, func, live = stack.pop()
            if parent is not None:
                self.parent[node] = parent
            live = live and not skips_whole(node)
            self.scope[node] = scope
            self.function[node] = func
            if live:
                self.live.append(node)
                self._live_set.add(node)
            children: list[_Frame] = []
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{prefix}{node.name}"
                for decorator in node.decorator_list:
                    children.append((decorator, node, scope, prefix, func, live))
                children.append((node.args, node, scope, prefix, func, live))
                if node.returns is not None:
                    children.append((node.returns, node, scope, prefix, func, False))
                for stmt in node.body:
                    children.append((stmt, node, name, f"{name}.", node, live))
            elif isinstance(node, ast.ClassDef):
                body = {id(stmt) for stmt in node.body}
                inner = f"{prefix}{node.name}."
                for child in ast.iter_child_nodes(node):
                    children.append(
                        (child, node, scope, inner if id(child) in body else prefix, func, live)
                    )
            else:
                for field, value in ast.iter_fields(node):
                    annotation = field in ("annotation", "returns")
                    for child in value if isinstance(value, list) else [value]:
                        if isinstance(child, ast.AST):
                            children.append(
                                (child, node, scope, prefix, func, live and not annotation)
                            )
            stack.extend(reversed(children))

    @overload
    def nodes(self, kind: type[N], /) -> Iterator[N]: ...

    @overload
    def nodes(self, kind: type[N], other: type[M], /) -> Iterator[N | M]: ...

    @overload
    def nodes(self, kind: type[N], other: type[M], third: type[O], /) -> Iterator[N | M | O]: ...

    @overload
    def nodes(
        self, kind: type[N], other: type[M], third: type[O], fourth: type[P], /
    ) -> Iterator[N | M | O | P]: ...

    def nodes(self, *kinds: type[ast.AST]) -> Iterator[ast.AST]:
        """Live nodes of the given types, in traversal order."""
        for node in self.live:
            if isinstance(node, kinds):
                yield node

    def is_live(self, node: ast.AST) -> bool:
        return node in self._live_set

    def fully_live(self, node: ast.AST) -> bool:
        """Whether nothing under ``node`` is skipped (annotations aside)."""
        for child in ast.walk(node):
            if child not in self._live_set and not self._in_annotation(child):
                return False
        return True

    def _in_annotation(self, node: ast.AST) -> bool:
        current: ast.AST | None = node
        while current is not None:
            parent = self.parent.get(current)
            if isinstance(parent, (ast.arg, ast.AnnAssign)) and current is parent.annotation:
                return True
            if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if current is parent.returns:
                    return True
            if current in self._live_set:
                return False
            current = parent
        return False

    def ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        current = self.parent.get(node)
        while current is not None:
            yield current
            current = self.parent.get(current)

    def statement_of(self, node: ast.AST) -> ast.stmt:
        """The innermost statement holding ``node`` (``node`` itself if it is one)."""
        current: ast.AST | None = node
        while current is not None and not isinstance(current, ast.stmt):
            current = self.parent.get(current)
        if current is None:
            raise ValueError("The node is not inside a statement.")
        return current

    def block_of(self, stmt: ast.stmt) -> tuple[list[ast.stmt], int]:
        """The statement list holding ``stmt`` and its index there."""
        parent = self.parent.get(stmt, self.tree)
        for field in _BLOCK_FIELDS:
            block = getattr(parent, field, None)
            if isinstance(block, list) and any(s is stmt for s in block):
                return block, next(i for i, s in enumerate(block) if s is stmt)
        raise ValueError("The statement is not in a block.")

    # -- positions and text ----------------------------------------------------------------

    def char_column(self, line: int, byte_column: int) -> int:
        if not 1 <= line <= len(self._encoded):
            return byte_column
        return len(self._encoded[line - 1][:byte_column].decode("utf-8", errors="replace"))

    def start(self, node: ast.AST) -> Position:
        line: int = getattr(node, "lineno")
        return line, self.char_column(line, getattr(node, "col_offset"))

    def end(self, node: ast.AST) -> Position:
        line: int = getattr(node, "end_lineno")
        return line, self.char_column(line, getattr(node, "end_col_offset"))

    def text_between(self, start: Position, end: Position) -> str:
        if start[0] == end[0]:
            return self.lines[start[0] - 1][start[1] : end[1]]
        parts = [self.lines[start[0] - 1][start[1] :]]
        parts.extend(self.lines[start[0] : end[0] - 1])
        parts.append(self.lines[end[0] - 1][: end[1]] if end[0] <= len(self.lines) else "")
        return "".join(parts)

    def text(self, node: ast.AST) -> str:
        return self.text_between(self.start(node), self.end(node))

    def line_text(self, line: int) -> str:
        """Line ``line`` without its line ending."""
        return self.lines[line - 1].rstrip("\r\n") if 1 <= line <= len(self.lines) else ""

    def indent(self, line: int) -> str:
        text = self.line_text(line)
        return text[: len(text) - len(text.lstrip(" \t\f"))]

    def owns_lines(self, stmt: ast.stmt) -> bool:
        """Whether ``stmt`` has its lines to itself: nothing before it, only a comment after."""
        start, end = self.start(stmt), self.end(stmt)
        before = self.line_text(start[0])[: start[1]]
        after = self.line_text(end[0])[end[1] :].strip()
        return not before.strip() and (not after or after.startswith("#"))

    def whole_lines(self, first: int, last: int) -> tuple[Position, Position]:
        """Start and end positions covering lines ``first`` to ``last`` with their line breaks."""
        if last < len(self.lines):
            return (first, 0), (last + 1, 0)
        return (first, 0), (last, len(self.lines[last - 1]))

    # -- tokens ----------------------------------------------------------------------------

    @property
    def tokens(self) -> list[tokenize.TokenInfo]:
        if self._tokens is None:
            # Feed the lines with plain "\n" endings so that a lone "\r" ends a line here too.
            text = "".join(line.rstrip("\r\n") + "\n" for line in self.lines)
            try:
                found = list(tokenize.generate_tokens(io.StringIO(text).readline))
            except (tokenize.TokenError, SyntaxError):
                found = []
            self._tokens = [tok for tok in found if tok.type not in _INVISIBLE_TOKENS]
            self._token_starts = [tok.start for tok in self._tokens]
        return self._tokens

    def tokens_between(self, start: Position, end: Position) -> list[tokenize.TokenInfo]:
        tokens = self.tokens
        index = bisect_left(self._token_starts, start)
        found: list[tokenize.TokenInfo] = []
        while index < len(tokens) and tokens[index].end <= end:
            found.append(tokens[index])
            index += 1
        return found

    def operator_between(
        self, start: Position, end: Position, wanted: Sequence[str]
    ) -> tuple[Position, Position, str] | None:
        """The operator (``<``, ``not in``, ``+=``) between two operands, parentheses aside."""
        words = [tok for tok in self.tokens_between(start, end) if tok.string not in "()"]
        if not words:
            return None
        spelled = " ".join(tok.string for tok in words)
        if spelled not in wanted:
            return None
        return words[0].start, words[-1].end, spelled

    def previous_token(self, position: Position) -> tokenize.TokenInfo | None:
        tokens = self.tokens
        index = bisect_left(self._token_starts, position)
        return tokens[index - 1] if index > 0 else None

    def next_token(self, position: Position) -> tokenize.TokenInfo | None:
        tokens = self.tokens
        index = bisect_left(self._token_starts, position)
        return tokens[index] if index < len(tokens) else None

    # -- scopes and statement lines --------------------------------------------------------

    def scope_of(self, node: ast.AST) -> str:
        return self.scope.get(node, MODULE_SCOPE)

    def statement_lines(self, scope: str) -> list[int]:
        """First lines of the statements of ``scope`` (and the ``def`` line opening it), sorted."""
        cached = self._scope_lines.get(scope)
        if cached is not None:
            return cached
        lines: set[int] = set()
        for node, node_scope in self.scope.items():
            if not isinstance(node, ast.stmt) or is_docstring(node):
                continue
            if node_scope == scope:
                lines.add(node.lineno)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
                if self.scope_of(node.body[0]) == scope:
                    lines.add(node.lineno)
        self._scope_lines[scope] = sorted(lines)
        return self._scope_lines[scope]

    # -- building mutations ----------------------------------------------------------------

    def describe(self, what: str, scope: str) -> str:
        return f"{what} at module level" if scope == MODULE_SCOPE else f"{what} in {scope}"

    def mutation(
        self,
        operator: str,
        relpath: str,
        edits: Sequence[Edit],
        what: str,
        where: ast.AST,
        *,
        bug_lines: Sequence[int] | None = None,
        omission: bool = False,
        scope: str | None = None,
    ) -> Mutation:
        """A mutation whose bug lines are the lines its edits touch, unless given.

        Its scope is the scope of ``where`` unless given.
        """
        ordered = tuple(sorted(edits, key=lambda e: (e.start, e.end)))
        scope = scope if scope is not None else self.scope_of(where)
        lines = tuple(sorted(set(bug_lines))) if bug_lines is not None else changed_lines(ordered)
        return Mutation(
            operator=operator,
            file=relpath,
            edits=ordered,
            bug_lines=lines,
            omission=omission,
            description=self.describe(what, scope),
            scope=scope,
        )

    def removal(self, stmt: ast.stmt) -> tuple[Edit, tuple[int, ...]] | None:
        """Deleting ``stmt`` with its lines, and the bug lines of that omission.

        None when the statement shares its lines or is the only statement of its block. The bug
        lines (in the mutated text) are the statement before the gap and the one after it: the
        neighbours in the same block when there are some, else the nearest statements of the
        same scope (the ``def`` line counts for the first statement of a function).
        """
        if not self.owns_lines(stmt):
            return None
        block, index = self.block_of(stmt)
        if sum(1 for s in block if not is_docstring(s)) < 2:
            return None
        first, last = stmt.lineno, stmt.end_lineno or stmt.lineno
        start, end = self.whole_lines(first, last)
        removed = end[0] - start[0]
        scope_lines = self.statement_lines(self.scope_of(stmt))
        before: int | None = None
        after: int | None = None
        if index > 0 and not is_docstring(block[index - 1]):
            before = block[index - 1].lineno
        else:
            earlier = [line for line in scope_lines if line < first]
            before = earlier[-1] if earlier else None
        if index + 1 < len(block):
            after = block[index + 1].lineno
        else:
            later = [line for line in scope_lines if line > last]
            after = later[0] if later else None
        lines = [line for line in (before,) if line is not None]
        if after is not None:
            lines.append(after - removed)
        return Edit(start, end, ""), tuple(lines)


_CACHE: dict[int, ModuleInfo] = {}
_CACHE_SIZE = 8


def module_info(tree: ast.Module, source: str) -> ModuleInfo:
    """The (shared) analysis of ``tree``, the parse of ``source``."""
    cached = _CACHE.get(id(tree))
    if cached is not None and cached.tree is tree and cached.source == source:
        return cached
    info = ModuleInfo(tree, source)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(tree)] = info
    return info


class ModuleOperator(Operator):
    """An operator that works on the shared :class:`ModuleInfo` of the module."""

    def find(self, tree: ast.Module, source: str, relpath: str) -> Iterable[Mutation]:
        return list(self.search(module_info(tree, source), relpath))

    @abstractmethod
    def search(self, info: ModuleInfo, relpath: str) -> Iterator[Mutation]:
        """Candidate mutations of the module described by ``info``."""

    def make(
        self,
        info: ModuleInfo,
        relpath: str,
        edits: Sequence[Edit],
        what: str,
        where: ast.AST,
        *,
        bug_lines: Sequence[int] | None = None,
        omission: bool = False,
        scope: str | None = None,
    ) -> Mutation:
        return info.mutation(
            self.name,
            relpath,
            edits,
            what,
            where,
            bug_lines=bug_lines,
            omission=omission,
            scope=scope,
        )
