"""Weighted single-source shortest paths: Dijkstra and Bellman-Ford."""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from itertools import count

from .errors import NegativeCycleError, NegativeWeightError, NodeNotFoundError, NoPathError
from .graph import Graph, Node


@dataclass
class ShortestPaths:
    """Distances and predecessor links from a single source."""

    source: Node
    distances: dict[Node, float] = field(default_factory=dict)
    predecessors: dict[Node, Node] = field(default_factory=dict)

    def reachable(self, node: Node) -> bool:
        return node in self.distances

    def distance(self, node: Node) -> float:
        return self.distances.get(node, math.inf)

    def path(self, target: Node) -> list[Node]:
        if target not in self.distances:
            raise NoPathError(self.source, target)
        path = [target]
        while path[-1] != self.source:
            path.append(self.predecessors[path[-1]])
        path.reverse()
        return path


def dijkstra(graph: Graph, source: Node, target: Node | None = None) -> ShortestPaths:
    """Dijkstra's algorithm; stops early once ``target`` is settled."""
    if source not in graph:
        raise NodeNotFoundError(source)
    if target is not None and target not in graph:
        raise NodeNotFoundError(target)
    if graph.has_negative_weights():
        raise NegativeWeightError("dijkstra requires non-negative weights")
    result = ShortestPaths(source, {source: 0})
    settled: set[Node] = set()
    tie = count()
    heap: list[tuple[float, int, Node]] = [(0, next(tie), source)]
    while heap:
        dist, _, node = heapq.heappop(heap)
        if node in settled:
            continue
        settled.add(node)
        if node == target:
            break
        for edge in graph.out_edges(node):
            candidate = dist + edge.weight
            if candidate < result.distances.get(edge.target, math.inf):
                result.distances[edge.target] = candidate
                result.predecessors[edge.target] = node
                heapq.heappush(heap, (candidate, next(tie), edge.target))
    return result


def shortest_path(graph: Graph, source: Node, target: Node) -> tuple[list[Node], float]:
    """Convenience wrapper: ``(path, total_weight)`` via Dijkstra."""
    paths = dijkstra(graph, source, target)
    return paths.path(target), paths.distance(target)


def bellman_ford(graph: Graph, source: Node) -> ShortestPaths:
    """Bellman-Ford; raises :class:`NegativeCycleError` naming the cycle."""
    if source not in graph:
        raise NodeNotFoundError(source)
    result = ShortestPaths(source, {source: 0})
    edges = list(graph.edges())
    if not graph.directed:
        edges += [type(e)(e.target, e.source, e.weight) for e in edges if e.source != e.target]
    for _ in range(len(graph) - 1):
        changed = False
        for edge in edges:
            if edge.source not in result.distances:
                continue
            candidate = result.distances[edge.source] + edge.weight
            if candidate < result.distance(edge.target):
                result.distances[edge.target] = candidate
                result.predecessors[edge.target] = edge.source
                changed = True
        if not changed:
            return result
    for edge in edges:
        if edge.source in result.distances and (
            result.distances[edge.source] + edge.weight < result.distance(edge.target)
        ):
            result.predecessors[edge.target] = edge.source
            raise NegativeCycleError(_extract_cycle(graph, result.predecessors, edge.target))
    return result


def _extract_cycle(graph: Graph, predecessors: dict[Node, Node], start: Node) -> list[Node]:
    node = start
    for _ in range(len(graph)):
        node = predecessors[node]
    cycle = [node]
    current = predecessors[node]
    while current != node:
        cycle.append(current)
        current = predecessors[current]
    cycle.reverse()
    order = {n: i for i, n in enumerate(graph.nodes)}
    pivot = min(range(len(cycle)), key=lambda i: order[cycle[i]])
    rotated = cycle[pivot:] + cycle[:pivot]
    return rotated + [rotated[0]]


def all_pairs(graph: Graph) -> dict[Node, dict[Node, float]]:
    """Distances between every pair of nodes, using Bellman-Ford per source."""
    return {node: dict(bellman_ford(graph, node).distances) for node in graph}
