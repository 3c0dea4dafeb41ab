"""Exceptions for graphpaths."""
from __future__ import annotations

from typing import Hashable, Sequence


class GraphError(Exception):
    """Base class for graph errors."""


class NodeNotFoundError(GraphError, KeyError):
    def __init__(self, node: Hashable) -> None:
        super().__init__(node)
        self.node = node

    def __str__(self) -> str:
        return f"node {self.node!r} is not in the graph"


class NegativeWeightError(GraphError):
    """Raised by algorithms that cannot handle negative edge weights."""


class NegativeCycleError(GraphError):
    def __init__(self, cycle: Sequence[Hashable]) -> None:
        super().__init__(f"negative cycle: {' -> '.join(map(str, cycle))}")
        self.cycle = list(cycle)


class NoPathError(GraphError):
    def __init__(self, source: Hashable, target: Hashable) -> None:
        super().__init__(f"no path from {source!r} to {target!r}")
        self.source = source
        self.target = target
