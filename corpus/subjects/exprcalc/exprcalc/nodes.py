"""Abstract syntax tree node types and helpers that walk them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Union


@dataclass(frozen=True)
class Number:
    value: int | float
    position: int


@dataclass(frozen=True)
class Name:
    identifier: str
    position: int


@dataclass(frozen=True)
class UnaryOp:
    operator: str
    operand: "Node"
    position: int


@dataclass(frozen=True)
class BinaryOp:
    operator: str
    left: "Node"
    right: "Node"
    position: int


@dataclass(frozen=True)
class Call:
    function: str
    arguments: tuple["Node", ...]
    position: int


@dataclass(frozen=True)
class Assign:
    target: str
    value: "Node"
    position: int


Node = Union[Number, Name, UnaryOp, BinaryOp, Call, Assign]


def to_text(node: Node) -> str:
    """Render ``node`` as fully parenthesized source text."""
    if isinstance(node, Number):
        return repr(node.value)
    if isinstance(node, Name):
        return node.identifier
    if isinstance(node, UnaryOp):
        return f"({node.operator}{to_text(node.operand)})"
    if isinstance(node, BinaryOp):
        return f"({to_text(node.left)} {node.operator} {to_text(node.right)})"
    if isinstance(node, Call):
        arguments = ", ".join(to_text(argument) for argument in node.arguments)
        return f"{node.function}({arguments})"
    if isinstance(node, Assign):
        return f"{node.target} = {to_text(node.value)}"
    raise TypeError(f"not an expression node: {node!r}")


def iter_names(node: Node) -> Iterator[str]:
    """Yield the variable names read by ``node``, left to right, with repeats."""
    if isinstance(node, Name):
        yield node.identifier
    elif isinstance(node, UnaryOp):
        yield from iter_names(node.operand)
    elif isinstance(node, BinaryOp):
        yield from iter_names(node.left)
        yield from iter_names(node.right)
    elif isinstance(node, Call):
        for argument in node.arguments:
            yield from iter_names(argument)
    elif isinstance(node, Assign):
        yield from iter_names(node.value)


def free_variables(node: Node) -> list[str]:
    """Return the distinct variable names used by ``node`` in first-use order."""
    seen: dict[str, None] = {}
    for name in iter_names(node):
        seen.setdefault(name, None)
    return list(seen)


def depth(node: Node) -> int:
    """Return the height of the tree rooted at ``node`` (a leaf has depth 1)."""
    if isinstance(node, (Number, Name)):
        return 1
    if isinstance(node, UnaryOp):
        return 1 + depth(node.operand)
    if isinstance(node, BinaryOp):
        return 1 + max(depth(node.left), depth(node.right))
    if isinstance(node, Call):
        return 1 + max((depth(argument) for argument in node.arguments), default=0)
    return 1 + depth(node.value)
