"""Filter expressions used inside ``[?...]`` selectors."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .segments import Node, Segment, is_singular


class _Nothing:
    """The result of a singular query that selects no node."""

    def __repr__(self) -> str:
        return "NOTHING"


NOTHING: Any = _Nothing()


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def values_equal(left: Any, right: Any) -> bool:
    """JSON equality: numbers by value, booleans distinct from numbers, containers deeply."""
    if left is NOTHING or right is NOTHING:
        return left is right
    if _is_number(left) and _is_number(right):
        return left == right
    if type(left) is not type(right):
        return False
    if isinstance(left, list):
        return len(left) == len(right) and all(values_equal(a, b) for a, b in zip(left, right))
    if isinstance(left, dict):
        return left.keys() == right.keys() and all(values_equal(left[key], right[key]) for key in left)
    return left == right


def value_less(left: Any, right: Any) -> bool:
    """Ordering is defined only between two numbers or two strings."""
    if _is_number(left) and _is_number(right):
        return left < right
    if isinstance(left, str) and isinstance(right, str):
        return left < right
    return False


def compare(operator: str, left: Any, right: Any) -> bool:
    if operator == "==":
        return values_equal(left, right)
    if operator == "!=":
        return not values_equal(left, right)
    if operator == "<":
        return value_less(left, right)
    if operator == ">":
        return value_less(right, left)
    if operator == "<=":
        return value_less(left, right) or values_equal(left, right)
    if operator == ">=":
        return value_less(right, left) or values_equal(left, right)
    raise ValueError(f"unknown comparison operator {operator!r}")


@dataclass(frozen=True)
class Literal:
    value: Any

    def evaluate(self, node: Node, root: Node) -> Any:
        return self.value


@dataclass(frozen=True)
class FilterQuery:
    """A query starting at the current node (``@``) or at the document root (``$``)."""

    relative: bool
    segments: tuple[Segment, ...]

    @property
    def is_singular(self) -> bool:
        return is_singular(self.segments)

    def nodes(self, node: Node, root: Node) -> list[Node]:
        current = [Node(node.value) if self.relative else root]
        for segment in self.segments:
            current = segment.apply(current, root)
        return current

    def evaluate(self, node: Node, root: Node) -> Any:
        found = self.nodes(node, root)
        return found[0].value if found else NOTHING


@dataclass(frozen=True)
class Exists:
    query: FilterQuery

    def test(self, node: Node, root: Node) -> bool:
        return bool(self.query.nodes(node, root))


@dataclass(frozen=True)
class Comparison:
    operator: str
    left: Any
    right: Any

    def test(self, node: Node, root: Node) -> bool:
        return compare(self.operator, self.left.evaluate(node, root), self.right.evaluate(node, root))


@dataclass(frozen=True)
class Not:
    operand: Any

    def test(self, node: Node, root: Node) -> bool:
        return not self.operand.test(node, root)


@dataclass(frozen=True)
class And:
    operands: tuple[Any, ...]

    def test(self, node: Node, root: Node) -> bool:
        return all(operand.test(node, root) for operand in self.operands)


@dataclass(frozen=True)
class Or:
    operands: tuple[Any, ...]

    def test(self, node: Node, root: Node) -> bool:
        return any(operand.test(node, root) for operand in self.operands)
