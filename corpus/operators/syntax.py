"""Small syntax helpers shared by operators: precedence, literals, condition positions."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from tflm.corpus.operators.analysis import ModuleInfo
from tflm.corpus.operators.base import Edit

_BELOW_NOT = (ast.BoolOp, ast.IfExp, ast.Lambda, ast.NamedExpr, ast.Yield, ast.YieldFrom)
_BELOW_SUM = _BELOW_NOT + (ast.Compare,)
_SHIFT_AND_BITS = (ast.LShift, ast.RShift, ast.BitAnd, ast.BitOr, ast.BitXor)
_PLAIN_STRING = re.compile(r"""^(['"])([^'"\\\r\n]*)\1$""")


def needs_parens_under_not(node: ast.expr) -> bool:
    """Whether ``not <node>`` would parse as something else than the negation of ``node``."""
    return isinstance(node, _BELOW_NOT) or isinstance(node, ast.Tuple)


def needs_parens_in_sum(node: ast.expr) -> bool:
    """Whether ``<node> + 1`` would bind the ``+ 1`` to a part of ``node``."""
    if isinstance(node, _BELOW_SUM) or isinstance(node, ast.Tuple):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    return isinstance(node, ast.BinOp) and isinstance(node.op, _SHIFT_AND_BITS)


def append_term(info: ModuleInfo, node: ast.expr, term: str) -> list[Edit]:
    """Edits turning ``node`` into ``node <term>`` (e.g. ``+ 1``), parenthesized when needed."""
    start, end = info.start(node), info.end(node)
    if needs_parens_in_sum(node):
        return [Edit(start, start, "("), Edit(end, end, f") {term}")]
    return [Edit(end, end, f" {term}")]


def int_value(node: ast.expr) -> int | None:
    """The value of an integer literal, also a negative one (``-1``); None otherwise."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) is int
    ):
        return -node.operand.value
    return None


def string_literal(info: ModuleInfo, node: ast.expr, value: str) -> str | None:
    """``value`` written like the plain string literal ``node`` (same quotes); None if not plain."""
    match = _PLAIN_STRING.match(info.text(node))
    if match is None or not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return None
    if match.group(2) != node.value:
        return None
    quote = match.group(1)
    if quote in value or "\\" in value or "\n" in value or "\r" in value:
        return None
    return f"{quote}{value}{quote}"


def condition_tests(info: ModuleInfo) -> Iterator[ast.expr]:
    """Live tests of ``if``/``elif``/``while``, conditional expressions, comprehension filters."""
    for node in info.live:
        if isinstance(node, (ast.If, ast.While, ast.IfExp)):
            if info.is_live(node.test):
                yield node.test
        elif isinstance(node, ast.comprehension):
            for test in node.ifs:
                if info.is_live(test):
                    yield test


def is_elif(info: ModuleInfo, node: ast.If) -> bool:
    return info.text_between(info.start(node), (node.lineno, info.start(node)[1] + 4)) == "elif"


def quote(text: str, limit: int = 40) -> str:
    """``text`` on one line, shortened, in quotes for a description."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 3] + "..."
    return f"'{flat}'"
