"""Unweighted traversals: breadth-first search and friends."""
from __future__ import annotations

from collections import deque
from typing import Iterator

from .errors import NodeNotFoundError, NoPathError
from .graph import Graph, Node


def bfs_order(graph: Graph, start: Node) -> Iterator[Node]:
    """Yield nodes reachable from ``start`` in breadth-first order."""
    if start not in graph:
        raise NodeNotFoundError(start)
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        yield node
        for neighbour in graph.neighbours(node):
            if neighbour not in seen:
                seen.add(neighbour)
                queue.append(neighbour)


def bfs_levels(graph: Graph, start: Node) -> dict[Node, int]:
    """Hop distance from ``start`` to each reachable node."""
    if start not in graph:
        raise NodeNotFoundError(start)
    levels = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbour in graph.neighbours(node):
            if neighbour not in levels:
                levels[neighbour] = levels[node] + 1
                queue.append(neighbour)
    return levels


def shortest_hops(graph: Graph, source: Node, target: Node) -> list[Node]:
    """Path with the fewest edges, ignoring weights."""
    for node in (source, target):
        if node not in graph:
            raise NodeNotFoundError(node)
    parents: dict[Node, Node | None] = {source: None}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        if node == target:
            path = [node]
            while parents[path[-1]] is not None:
                path.append(parents[path[-1]])
            return path[::-1]
        for neighbour in graph.neighbours(node):
            if neighbour not in parents:
                parents[neighbour] = node
                queue.append(neighbour)
    raise NoPathError(source, target)


def connected_components(graph: Graph) -> list[list[Node]]:
    """Weakly connected components, each in BFS order from its first node."""
    undirected = Graph(directed=False)
    for node in graph:
        undirected.add_node(node)
    for edge in graph.edges():
        undirected.add_edge(edge.source, edge.target)
    seen: set[Node] = set()
    components = []
    for node in graph:
        if node in seen:
            continue
        component = list(bfs_order(undirected, node))
        seen.update(component)
        components.append(component)
    return components


def is_bipartite(graph: Graph) -> bool:
    colour: dict[Node, int] = {}
    for start in graph:
        if start in colour:
            continue
        colour[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for neighbour in graph.neighbours(node):
                if neighbour not in colour:
                    colour[neighbour] = 1 - colour[node]
                    queue.append(neighbour)
                elif colour[neighbour] == colour[node]:
                    return False
    return True
