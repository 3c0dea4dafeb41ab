"""Maximum flow (Edmonds-Karp), minimum cut and bipartite matching."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Hashable, Iterable, Mapping

Node = Hashable


class FlowError(Exception):
    """Base class for flow network errors."""


class UnknownNodeError(FlowError, KeyError):
    def __init__(self, node: Node) -> None:
        super().__init__(node)
        self.node = node

    def __str__(self) -> str:
        return f"node {self.node!r} is not in the network"


class _Terminal:
    """A node label that can never collide with user nodes."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


@dataclass(frozen=True)
class FlowResult:
    source: Node
    sink: Node
    value: float
    flows: dict[tuple[Node, Node], float]
    paths: list[list[Node]] = field(default_factory=list)

    def flow(self, u: Node, v: Node) -> float:
        return self.flows.get((u, v), 0)

    def outflow(self, node: Node) -> float:
        return sum(f for (u, _), f in self.flows.items() if u == node)

    def inflow(self, node: Node) -> float:
        return sum(f for (_, v), f in self.flows.items() if v == node)


@dataclass(frozen=True)
class MinCut:
    source_side: frozenset
    sink_side: frozenset
    edges: list[tuple[Node, Node, float]]

    @property
    def capacity(self) -> float:
        return sum(cap for _, _, cap in self.edges)


class FlowNetwork:
    """A directed network of edge capacities.

    Adding an edge between the same pair twice adds the capacities.
    """

    def __init__(self) -> None:
        self._capacity: dict[Node, dict[Node, float]] = {}

    def add_node(self, node: Node) -> None:
        self._capacity.setdefault(node, {})

    def add_edge(self, u: Node, v: Node, capacity: float) -> None:
        if capacity < 0:
            raise ValueError("capacity must not be negative")
        if u == v:
            raise ValueError("self-loops are not allowed")
        self.add_node(u)
        self.add_node(v)
        self._capacity[u][v] = self._capacity[u].get(v, 0) + capacity

    @property
    def nodes(self) -> list[Node]:
        return list(self._capacity)

    def __contains__(self, node: object) -> bool:
        return node in self._capacity

    def capacity(self, u: Node, v: Node) -> float:
        return self._capacity.get(u, {}).get(v, 0)

    def edges(self) -> list[tuple[Node, Node, float]]:
        return [(u, v, c) for u, targets in self._capacity.items() for v, c in targets.items()]

    def _check(self, source: Node, sink: Node) -> None:
        for node in (source, sink):
            if node not in self._capacity:
                raise UnknownNodeError(node)
        if source == sink:
            raise ValueError("source and sink must differ")

    def _residual(self) -> dict[Node, dict[Node, float]]:
        residual: dict[Node, dict[Node, float]] = {node: {} for node in self._capacity}
        for u, v, cap in self.edges():
            residual[u][v] = residual[u].get(v, 0) + cap
            residual[v].setdefault(u, 0)
        return residual

    @staticmethod
    def _bfs_path(
        residual: dict[Node, dict[Node, float]], source: Node, sink: Node
    ) -> list[Node] | None:
        parents: dict[Node, Node] = {}
        seen = {source}
        queue = deque([source])
        while queue:
            node = queue.popleft()
            for nxt, cap in residual[node].items():
                if cap > 0 and nxt not in seen:
                    seen.add(nxt)
                    parents[nxt] = node
                    if nxt == sink:
                        path = [sink]
                        while path[-1] != source:
                            path.append(parents[path[-1]])
                        return path[::-1]
                    queue.append(nxt)
        return None

    def _run(self, source: Node, sink: Node) -> tuple[float, dict, list[list[Node]]]:
        self._check(source, sink)
        residual = self._residual()
        total: float = 0
        paths = []
        while True:
            path = self._bfs_path(residual, source, sink)
            if path is None:
                break
            bottleneck = min(residual[u][v] for u, v in zip(path, path[1:]))
            for u, v in zip(path, path[1:]):
                residual[u][v] -= bottleneck
                residual[v][u] += bottleneck
            total += bottleneck
            paths.append(path)
        return total, residual, paths

    def max_flow(self, source: Node, sink: Node) -> FlowResult:
        """Edmonds-Karp: repeatedly augment along shortest residual paths."""
        total, residual, paths = self._run(source, sink)
        flows = {}
        for u, v, cap in self.edges():
            sent = cap - residual[u][v]
            if sent > 0:
                flows[(u, v)] = sent
        return FlowResult(source, sink, total, flows, paths)

    def min_cut(self, source: Node, sink: Node) -> MinCut:
        """The saturated edges separating nodes reachable from ``source``."""
        _, residual, _ = self._run(source, sink)
        reachable = {source}
        queue = deque([source])
        while queue:
            node = queue.popleft()
            for nxt, cap in residual[node].items():
                if cap > 0 and nxt not in reachable:
                    reachable.add(nxt)
                    queue.append(nxt)
        cut = [(u, v, c) for u, v, c in self.edges() if u in reachable and v not in reachable and c > 0]
        others = frozenset(n for n in self._capacity if n not in reachable)
        return MinCut(frozenset(reachable), others, cut)

    def verify(self, result: FlowResult) -> bool:
        """Check capacity limits and conservation at every inner node."""
        for (u, v), sent in result.flows.items():
            if sent < 0 or sent > self.capacity(u, v):
                return False
        for node in self._capacity:
            if node in (result.source, result.sink):
                continue
            if result.inflow(node) != result.outflow(node):
                return False
        return result.outflow(result.source) - result.inflow(result.source) == result.value


def multi_source_max_flow(
    network: FlowNetwork, sources: Iterable[Node], sinks: Iterable[Node]
) -> FlowResult:
    """Max flow from any of ``sources`` to any of ``sinks``.

    The result's source and sink are synthetic terminal nodes.
    """
    sources, sinks = list(sources), list(sinks)
    if not sources or not sinks:
        raise ValueError("at least one source and one sink are required")
    if set(sources) & set(sinks):
        raise ValueError("a node cannot be both a source and a sink")
    extended = FlowNetwork()
    for u, v, cap in network.edges():
        extended.add_edge(u, v, cap)
    super_source, super_sink = _Terminal("source"), _Terminal("sink")
    for node in sources:
        if node not in network:
            raise UnknownNodeError(node)
        extended.add_edge(super_source, node, float("inf"))
    for node in sinks:
        if node not in network:
            raise UnknownNodeError(node)
        extended.add_edge(node, super_sink, float("inf"))
    return extended.max_flow(super_source, super_sink)


@dataclass(frozen=True)
class Matching:
    pairs: dict[Node, Node]
    left: tuple[Node, ...]
    right: tuple[Node, ...]
    vertex_cover: frozenset = frozenset()

    @property
    def size(self) -> int:
        return len(self.pairs)

    @property
    def unmatched_left(self) -> list[Node]:
        return [node for node in self.left if node not in self.pairs]

    @property
    def unmatched_right(self) -> list[Node]:
        matched = set(self.pairs.values())
        return [node for node in self.right if node not in matched]

    @property
    def is_perfect(self) -> bool:
        return self.size == len(self.left) == len(self.right)


def max_bipartite_matching(
    left: Iterable[Node], right: Iterable[Node], edges: Iterable[tuple[Node, Node]]
) -> Matching:
    """Maximum matching via unit-capacity max flow.

    The minimum vertex cover is derived from the min cut (Kőnig's theorem).
    """
    left, right = tuple(left), tuple(right)
    left_set, right_set = set(left), set(right)
    if len(left_set) != len(left) or len(right_set) != len(right):
        raise ValueError("duplicate nodes on one side")
    if left_set & right_set:
        raise ValueError("a node cannot be on both sides")
    source, sink = _Terminal("source"), _Terminal("sink")
    network = FlowNetwork()
    network.add_node(source)
    network.add_node(sink)
    tagged: dict[Node, tuple[str, Node]] = {}
    for node in left:
        tagged[node] = ("L", node)
        network.add_edge(source, tagged[node], 1)
    for node in right:
        tagged[node] = ("R", node)
        network.add_edge(tagged[node], sink, 1)
    for u, v in edges:
        if u not in left_set or v not in right_set:
            raise ValueError(f"edge {(u, v)!r} does not join left to right")
        if network.capacity(tagged[u], tagged[v]) == 0:
            network.add_edge(tagged[u], tagged[v], 1)
    result = network.max_flow(source, sink)
    pairs = {
        u[1]: v[1]
        for (u, v), sent in result.flows.items()
        if sent > 0 and isinstance(u, tuple) and isinstance(v, tuple)
    }
    cut = network.min_cut(source, sink)
    cover = frozenset(
        [node for node in left if tagged[node] not in cut.source_side]
        + [node for node in right if tagged[node] in cut.source_side]
    )
    ordered = {node: pairs[node] for node in left if node in pairs}
    return Matching(ordered, left, right, cover)


def assignment_from_preferences(preferences: Mapping[Node, Iterable[Node]]) -> dict[Node, Node]:
    """Assign each key at most one of its acceptable options, maximising assignments."""
    left = list(preferences)
    right: list[Node] = []
    edges = []
    for person, options in preferences.items():
        for option in options:
            if option not in right:
                right.append(option)
            edges.append((person, option))
    return max_bipartite_matching(left, right, edges).pairs
