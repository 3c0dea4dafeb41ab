"""Topological ordering and cycle detection over dependency maps."""
from __future__ import annotations

from typing import Iterable, Mapping

from .errors import CycleError


def find_cycle(graph: Mapping[str, Iterable[str]]) -> list[str] | None:
    """Return one cycle as ``[a, b, ..., a]``, or ``None`` if acyclic.

    Nodes and their dependencies are explored in sorted order, so the
    result is deterministic.
    """
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {node: WHITE for node in graph}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        colour[node] = GREY
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            state = colour.get(dep, WHITE)
            if state == GREY:
                return stack[stack.index(dep):] + [dep]
            if state == WHITE and dep in graph:
                found = visit(dep)
                if found:
                    return found
        stack.pop()
        colour[node] = BLACK
        return None

    for node in sorted(graph):
        if colour[node] == WHITE:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def install_order(graph: Mapping[str, Iterable[str]]) -> list[str]:
    """Order nodes so each comes after all of its dependencies.

    Among nodes that are ready at the same time the alphabetically first
    is installed first. Dependencies that are not keys of ``graph`` are
    ignored (they are assumed to be installed already).
    """
    deps = {node: {d for d in graph[node] if d in graph} for node in graph}
    dependents: dict[str, list[str]] = {node: [] for node in graph}
    for node, required in deps.items():
        for dep in required:
            dependents[dep].append(node)
    remaining = {node: len(required) for node, required in deps.items()}
    ready = sorted(node for node, n in remaining.items() if n == 0)
    order: list[str] = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for dependent in dependents[node]:
            remaining[dependent] -= 1
            if remaining[dependent] == 0:
                ready.append(dependent)
        ready.sort()
    if len(order) != len(deps):
        placed = set(order)
        raise CycleError(find_cycle({n: deps[n] for n in deps if n not in placed}))
    return order


def install_layers(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Group nodes into layers that could be installed in parallel."""
    order = install_order(graph)
    depth: dict[str, int] = {}
    for node in order:
        depth[node] = max((depth[d] + 1 for d in graph[node] if d in depth), default=0)
    layers: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for node in order:
        layers[depth[node]].append(node)
    return layers
