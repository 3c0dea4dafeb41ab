import math

import pytest

from graphpaths import (
    Graph,
    NegativeCycleError,
    NegativeWeightError,
    NodeNotFoundError,
    NoPathError,
    all_pairs,
    bellman_ford,
    dijkstra,
    shortest_path,
)


def test_dijkstra_distances(road_graph):
    result = dijkstra(road_graph, "A")
    assert result.distances == {"A": 0, "B": 3, "C": 2, "D": 8, "E": 10, "F": 13}
    assert result.path("F") == ["A", "C", "B", "D", "E", "F"]
    assert result.path("A") == ["A"]


def test_dijkstra_unreachable(road_graph):
    result = dijkstra(road_graph, "D")
    assert result.reachable("A") is False
    assert result.distance("A") == math.inf
    with pytest.raises(NoPathError):
        result.path("A")


def test_dijkstra_early_stop(road_graph):
    result = dijkstra(road_graph, "A", "B")
    assert result.distance("B") == 3
    assert "F" not in result.distances


def test_dijkstra_errors(road_graph):
    with pytest.raises(NodeNotFoundError):
        dijkstra(road_graph, "Z")
    with pytest.raises(NodeNotFoundError):
        dijkstra(road_graph, "A", "Z")
    road_graph.add_edge("F", "A", -2)
    with pytest.raises(NegativeWeightError):
        dijkstra(road_graph, "A")


def test_shortest_path_wrapper(road_graph):
    assert shortest_path(road_graph, "C", "E") == (["C", "B", "D", "E"], 8)


def test_dijkstra_undirected(undirected):
    undirected.add_edge(1, 3, 5)
    assert shortest_path(undirected, 1, 3) == ([1, 2, 3], 2)


def test_bellman_ford_matches_dijkstra(road_graph):
    assert bellman_ford(road_graph, "A").distances == dijkstra(road_graph, "A").distances


def test_bellman_ford_negative_edges():
    graph = Graph.from_edges([("s", "a", 4), ("s", "b", 5), ("b", "a", -3), ("a", "t", 2)])
    result = bellman_ford(graph, "s")
    assert result.distances == {"s": 0, "a": 2, "b": 5, "t": 4}
    assert result.path("t") == ["s", "b", "a", "t"]


def test_bellman_ford_negative_cycle_reported():
    graph = Graph.from_edges(
        [("s", "a", 1), ("a", "b", 1), ("b", "c", -4), ("c", "a", 1), ("c", "t", 1)]
    )
    with pytest.raises(NegativeCycleError) as info:
        bellman_ford(graph, "s")
    assert info.value.cycle == ["a", "b", "c", "a"]
    assert str(info.value) == "negative cycle: a -> b -> c -> a"


def test_bellman_ford_unreachable_cycle_ignored():
    graph = Graph.from_edges([("s", "t", 2), ("x", "y", -1), ("y", "x", -1)])
    assert bellman_ford(graph, "s").distances == {"s": 0, "t": 2}


def test_bellman_ford_undirected_negative_edge_is_cycle():
    graph = Graph.from_edges([("a", "b", 2), ("b", "c", -1)], directed=False)
    with pytest.raises(NegativeCycleError) as info:
        bellman_ford(graph, "a")
    assert info.value.cycle == ["b", "c", "b"]


def test_bellman_ford_full_iterations_needed():
    graph = Graph.from_edges([("c", "d", 1), ("b", "c", 1), ("a", "b", 1)])
    result = bellman_ford(graph, "a")
    assert result.distances == {"a": 0, "b": 1, "c": 2, "d": 3}


def test_bellman_ford_single_node_and_unknown():
    graph = Graph()
    graph.add_node("x")
    assert bellman_ford(graph, "x").distances == {"x": 0}
    with pytest.raises(NodeNotFoundError):
        bellman_ford(graph, "y")


def test_all_pairs():
    graph = Graph.from_edges([("a", "b", 1), ("b", "c", 2), ("a", "c", 5)])
    assert all_pairs(graph) == {
        "a": {"a": 0, "b": 1, "c": 3},
        "b": {"b": 0, "c": 2},
        "c": {"c": 0},
    }
