"""Weighted adjacency-map graph, directed or undirected."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator

from .errors import NodeNotFoundError

Node = Hashable


@dataclass(frozen=True)
class Edge:
    source: Node
    target: Node
    weight: float = 1.0


class Graph:
    """Adjacency map ``node -> {neighbour: weight}``.

    In an undirected graph every edge is stored in both directions.
    Parallel edges are not kept: adding an edge again replaces its weight.
    """

    def __init__(self, directed: bool = True) -> None:
        self.directed = directed
        self._adj: dict[Node, dict[Node, float]] = {}

    @classmethod
    def from_edges(
        cls, edges: Iterable[tuple[Node, Node] | tuple[Node, Node, float]], directed: bool = True
    ) -> "Graph":
        graph = cls(directed=directed)
        for item in edges:
            if len(item) == 2:
                graph.add_edge(item[0], item[1])
            elif len(item) == 3:
                graph.add_edge(item[0], item[1], item[2])
            else:
                raise ValueError(f"edge must have 2 or 3 items, got {len(item)}")
        return graph

    def add_node(self, node: Node) -> None:
        self._adj.setdefault(node, {})

    def add_edge(self, source: Node, target: Node, weight: float = 1.0) -> None:
        if weight != weight:
            raise ValueError("weight must not be NaN")
        self.add_node(source)
        self.add_node(target)
        self._adj[source][target] = weight
        if not self.directed:
            self._adj[target][source] = weight

    def remove_edge(self, source: Node, target: Node) -> None:
        if not self.has_edge(source, target):
            raise KeyError((source, target))
        del self._adj[source][target]
        if not self.directed:
            del self._adj[target][source]

    def remove_node(self, node: Node) -> None:
        self._require(node)
        del self._adj[node]
        for neighbours in self._adj.values():
            neighbours.pop(node, None)

    def _require(self, node: Node) -> None:
        if node not in self._adj:
            raise NodeNotFoundError(node)

    def __contains__(self, node: object) -> bool:
        return node in self._adj

    def __len__(self) -> int:
        return len(self._adj)

    def __iter__(self) -> Iterator[Node]:
        return iter(self._adj)

    @property
    def nodes(self) -> list[Node]:
        return list(self._adj)

    def has_edge(self, source: Node, target: Node) -> bool:
        return target in self._adj.get(source, {})

    def weight(self, source: Node, target: Node) -> float:
        if not self.has_edge(source, target):
            raise KeyError((source, target))
        return self._adj[source][target]

    def neighbours(self, node: Node) -> list[Node]:
        self._require(node)
        return list(self._adj[node])

    def out_edges(self, node: Node) -> Iterator[Edge]:
        self._require(node)
        for target, weight in self._adj[node].items():
            yield Edge(node, target, weight)

    def edges(self) -> Iterator[Edge]:
        """Every edge once; undirected edges are reported in insertion order."""
        seen: set[tuple[Node, Node]] = set()
        for source, neighbours in self._adj.items():
            for target, weight in neighbours.items():
                if not self.directed and (target, source) in seen:
                    continue
                seen.add((source, target))
                yield Edge(source, target, weight)

    @property
    def edge_count(self) -> int:
        return sum(1 for _ in self.edges())

    def degree(self, node: Node) -> int:
        """Out-degree for directed graphs, degree for undirected ones."""
        self._require(node)
        return len(self._adj[node])

    def in_degree(self, node: Node) -> int:
        self._require(node)
        return sum(1 for neighbours in self._adj.values() if node in neighbours)

    def has_negative_weights(self) -> bool:
        return any(edge.weight < 0 for edge in self.edges())

    def reversed(self) -> "Graph":
        result = Graph(directed=self.directed)
        for node in self._adj:
            result.add_node(node)
        for edge in self.edges():
            result.add_edge(edge.target, edge.source, edge.weight)
        return result

    def path_weight(self, path: list[Node]) -> float:
        """Total weight along ``path``; raises ``KeyError`` on a missing edge."""
        return sum(self.weight(a, b) for a, b in zip(path, path[1:]))
