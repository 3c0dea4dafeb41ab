"""Union-find with path compression and union by rank, plus graph helpers.

The helpers build on :class:`DisjointSet`: Kruskal's minimum spanning tree
(or forest), connected components of an edge list and detection of edges
that close a cycle.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Hashable, Iterable, Iterator, Sequence

__all__ = [
    "DisjointSet",
    "DisjointSetError",
    "Edge",
    "InvalidEdgeError",
    "SpanningForest",
    "UnknownElementError",
    "connected_components",
    "kruskal",
    "redundant_edges",
]


_NOTHING: Any = object()


class DisjointSetError(Exception):
    """Base class for errors raised by this module."""


class UnknownElementError(DisjointSetError, KeyError):
    """Raised when an element was never added to the structure."""


class InvalidEdgeError(DisjointSetError, ValueError):
    """Raised for malformed edges."""


class DisjointSet:
    """A partition of hashable elements into disjoint groups.

    Groups are reported in the order in which their earliest element was
    added, and members within a group in insertion order.
    """

    def __init__(self, elements: Iterable[Hashable] = ()) -> None:
        self._parent: dict[Hashable, Hashable] = {}
        self._rank: dict[Hashable, int] = {}
        self._size: dict[Hashable, int] = {}
        self._groups = 0
        for element in elements:
            self.add(element)

    def add(self, element: Hashable) -> bool:
        """Add ``element`` as a singleton group; return False if it was already present."""
        if element in self._parent:
            return False
        self._parent[element] = element
        self._rank[element] = 0
        self._size[element] = 1
        self._groups += 1
        return True

    def __contains__(self, element: object) -> bool:
        return element in self._parent

    def __len__(self) -> int:
        return len(self._parent)

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._parent)

    @property
    def group_count(self) -> int:
        """Number of disjoint groups."""
        return self._groups

    def find(self, element: Hashable) -> Hashable:
        """The representative of ``element``'s group, compressing the path to it."""
        if element not in self._parent:
            raise UnknownElementError(element)
        root = element
        while self._parent[root] != root:
            root = self._parent[root]
        while element != root:
            self._parent[element], element = root, self._parent[element]
        return root

    def union(self, first: Hashable, second: Hashable, *, create: bool = False) -> bool:
        """Merge the groups of two elements; return False if they were already together.

        With ``create=True`` unknown elements are added first.
        """
        if create:
            self.add(first)
            self.add(second)
        root_a, root_b = self.find(first), self.find(second)
        if root_a == root_b:
            return False
        if self._rank[root_a] < self._rank[root_b]:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._size[root_a] += self._size.pop(root_b)
        if self._rank[root_a] == self._rank[root_b]:
            self._rank[root_a] += 1
        self._groups -= 1
        return True

    def connected(self, first: Hashable, second: Hashable) -> bool:
        return self.find(first) == self.find(second)

    def size_of(self, element: Hashable) -> int:
        """Number of elements in ``element``'s group."""
        return self._size[self.find(element)]

    def rank_of(self, element: Hashable) -> int:
        """Rank of the root of ``element``'s group (an upper bound on its height)."""
        return self._rank[self.find(element)]

    def members(self, element: Hashable) -> list[Hashable]:
        """All elements sharing a group with ``element``."""
        root = self.find(element)
        return [item for item in self._parent if self.find(item) == root]

    def groups(self) -> list[list[Hashable]]:
        """Every group as a list."""
        by_root: dict[Hashable, list[Hashable]] = {}
        for element in self._parent:
            by_root.setdefault(self.find(element), []).append(element)
        return list(by_root.values())

    def labels(self) -> dict[Hashable, int]:
        """Map each element to the 0-based index of its group in :meth:`groups` order."""
        numbering: dict[Hashable, int] = {}
        result: dict[Hashable, int] = {}
        for element in self._parent:
            root = self.find(element)
            if root not in numbering:
                numbering[root] = len(numbering)
            result[element] = numbering[root]
        return result

    def union_all(self, elements: Iterable[Hashable], *, create: bool = False) -> int:
        """Merge the groups of all ``elements``; return how many merges happened."""
        iterator = iter(elements)
        first = next(iterator, _NOTHING)
        if first is _NOTHING:
            return 0
        if create:
            self.add(first)
        return sum(1 for element in iterator if self.union(first, element, create=create))

    def largest_group(self) -> list[Hashable]:
        """The biggest group; ties go to the group reported first."""
        groups = self.groups()
        if not groups:
            raise DisjointSetError("no groups in an empty structure")
        return max(groups, key=len)

    def __repr__(self) -> str:
        return f"DisjointSet(elements={len(self)}, groups={self._groups})"


@dataclass(frozen=True)
class Edge:
    """An undirected weighted edge."""

    weight: float
    u: Any
    v: Any

    @classmethod
    def coerce(cls, raw: Edge | Sequence[Any]) -> Edge:
        """Accept an Edge, a ``(u, v)`` pair (weight 1) or a ``(u, v, weight)`` triple."""
        if isinstance(raw, Edge):
            return raw
        if not isinstance(raw, (tuple, list)) or len(raw) not in (2, 3):
            raise InvalidEdgeError(f"expected (u, v) or (u, v, weight), got {raw!r}")
        weight = raw[2] if len(raw) == 3 else 1
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or math.isnan(weight):
            raise InvalidEdgeError(f"edge weight must be a number, got {weight!r}")
        return cls(weight, raw[0], raw[1])

    def as_tuple(self) -> tuple[Any, Any, float]:
        return (self.u, self.v, self.weight)


@dataclass
class SpanningForest:
    """Result of :func:`kruskal`."""

    edges: list[Edge]
    total_weight: float
    components: int

    @property
    def is_tree(self) -> bool:
        """Whether the input graph was connected, so the forest is a single tree."""
        return self.components == 1

    def as_tuples(self) -> list[tuple[Any, Any, float]]:
        return [edge.as_tuple() for edge in self.edges]


def _prepare(edges: Iterable[Any], vertices: Iterable[Hashable]) -> tuple[list[Edge], DisjointSet]:
    parsed = [Edge.coerce(raw) for raw in edges]
    forest = DisjointSet(vertices)
    for edge in parsed:
        forest.add(edge.u)
        forest.add(edge.v)
    return parsed, forest


def kruskal(edges: Iterable[Any], vertices: Iterable[Hashable] = ()) -> SpanningForest:
    """Minimum spanning forest of an undirected graph.

    Edges of equal weight are considered in input order, so the result is
    deterministic.  Self-loops never join the forest.  ``vertices`` may list
    isolated vertices that appear in no edge.
    """
    parsed, forest = _prepare(edges, vertices)
    chosen: list[Edge] = []
    total: float = 0
    for edge in sorted(parsed, key=lambda item: item.weight):
        if forest.union(edge.u, edge.v):
            chosen.append(edge)
            total += edge.weight
            if forest.group_count == 1:
                break
    return SpanningForest(chosen, total, forest.group_count)


def connected_components(edges: Iterable[Any], vertices: Iterable[Hashable] = ()) -> list[list[Hashable]]:
    """Components of an undirected graph, in order of first appearance."""
    parsed, forest = _prepare(edges, vertices)
    for edge in parsed:
        forest.union(edge.u, edge.v)
    return forest.groups()


def redundant_edges(edges: Iterable[Any]) -> list[tuple[Any, Any]]:
    """Edges, in input order, that join vertices already connected by earlier edges."""
    parsed, forest = _prepare(edges, ())
    return [(edge.u, edge.v) for edge in parsed if not forest.union(edge.u, edge.v)]
