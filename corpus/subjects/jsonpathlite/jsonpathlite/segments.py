"""Selectors and segments: the steps a query takes through a document."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

PathKey = str | int


@dataclass(frozen=True)
class Node:
    """A value in the document together with the keys leading to it from the root."""

    value: Any
    location: tuple[PathKey, ...] = ()

    def child(self, key: PathKey, value: Any) -> "Node":
        return Node(value, self.location + (key,))

    @property
    def path(self) -> str:
        """The normalized path, e.g. ``$['store']['book'][0]``."""
        parts = ["$"]
        for key in self.location:
            if isinstance(key, int):
                parts.append(f"[{key}]")
            else:
                escaped = key.replace("\\", "\\\\").replace("'", "\\'")
                parts.append(f"['{escaped}']")
        return "".join(parts)


def children(node: Node) -> Iterator[Node]:
    if isinstance(node.value, dict):
        for key, value in node.value.items():
            yield node.child(key, value)
    elif isinstance(node.value, list):
        for index, value in enumerate(node.value):
            yield node.child(index, value)


def descendants_and_self(node: Node) -> Iterator[Node]:
    """Pre-order walk: the node, then each child's subtree in document order."""
    yield node
    for child in children(node):
        yield from descendants_and_self(child)


@dataclass(frozen=True)
class NameSelector:
    name: str

    def select(self, node: Node, root: Node) -> Iterator[Node]:
        if isinstance(node.value, dict) and self.name in node.value:
            yield node.child(self.name, node.value[self.name])


@dataclass(frozen=True)
class IndexSelector:
    index: int

    def select(self, node: Node, root: Node) -> Iterator[Node]:
        if isinstance(node.value, list):
            length = len(node.value)
            position = self.index if self.index >= 0 else length + self.index
            if 0 <= position < length:
                yield node.child(position, node.value[position])


def slice_indices(start: int | None, stop: int | None, step: int, length: int) -> range:
    """Indices selected by ``[start:stop:step]`` on a list of ``length`` items."""

    def normalize(index: int) -> int:
        return index if index >= 0 else length + index

    if step > 0:
        lower = 0 if start is None else min(max(normalize(start), 0), length)
        upper = length if stop is None else min(max(normalize(stop), 0), length)
        return range(lower, upper, step)
    upper = length - 1 if start is None else min(max(normalize(start), -1), length - 1)
    lower = -1 if stop is None else min(max(normalize(stop), -1), length - 1)
    return range(upper, lower, step)


@dataclass(frozen=True)
class SliceSelector:
    start: int | None = None
    stop: int | None = None
    step: int = 1

    def select(self, node: Node, root: Node) -> Iterator[Node]:
        if isinstance(node.value, list):
            for index in slice_indices(self.start, self.stop, self.step, len(node.value)):
                yield node.child(index, node.value[index])


@dataclass(frozen=True)
class WildcardSelector:
    def select(self, node: Node, root: Node) -> Iterator[Node]:
        yield from children(node)


@dataclass(frozen=True)
class FilterSelector:
    predicate: Any

    def select(self, node: Node, root: Node) -> Iterator[Node]:
        for child in children(node):
            if self.predicate.test(child, root):
                yield child


@dataclass(frozen=True)
class Segment:
    """A bracketed list of selectors, applied to children or, if ``descendant``, to every descendant."""

    selectors: tuple[Any, ...]
    descendant: bool = False

    def apply(self, nodes: list[Node], root: Node) -> list[Node]:
        results: list[Node] = []
        for node in nodes:
            targets = descendants_and_self(node) if self.descendant else (node,)
            for target in targets:
                for selector in self.selectors:
                    results.extend(selector.select(target, root))
        return results


def is_singular(segments: tuple[Segment, ...]) -> bool:
    """Whether ``segments`` can select at most one node: single names or indices only."""
    return all(
        not segment.descendant
        and len(segment.selectors) == 1
        and isinstance(segment.selectors[0], (NameSelector, IndexSelector))
        for segment in segments
    )
