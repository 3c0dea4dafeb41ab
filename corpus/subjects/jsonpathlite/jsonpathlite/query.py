"""Compiled queries and convenience functions."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .segments import Node, Segment, is_singular
from .syntax import parse


class JSONPath:
    """A parsed query that can be evaluated against many documents."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.segments: tuple[Segment, ...] = parse(source)

    def __repr__(self) -> str:
        return f"JSONPath({self.source!r})"

    @property
    def is_singular(self) -> bool:
        """Whether the query can select at most one node."""
        return is_singular(self.segments)

    def find(self, data: Any) -> list[Node]:
        root = Node(data)
        nodes = [root]
        for segment in self.segments:
            nodes = segment.apply(nodes, root)
        return nodes

    def values(self, data: Any) -> list[Any]:
        return [node.value for node in self.find(data)]

    def paths(self, data: Any) -> list[str]:
        return [node.path for node in self.find(data)]

    def first(self, data: Any, default: Any = None) -> Any:
        found = self.find(data)
        return found[0].value if found else default


@lru_cache(maxsize=128)
def compile_path(source: str) -> JSONPath:
    """Parse ``source`` once; repeated calls with the same text share the result."""
    return JSONPath(source)


def query(data: Any, source: str) -> list[Any]:
    """Return the values selected by ``source`` in ``data``."""
    return compile_path(source).values(data)
