import pytest

from graphpaths import (
    Graph,
    NodeNotFoundError,
    NoPathError,
    bfs_levels,
    bfs_order,
    connected_components,
    is_bipartite,
    shortest_hops,
)


def test_bfs_order(road_graph):
    assert list(bfs_order(road_graph, "A")) == ["A", "B", "C", "D", "E", "F"]
    assert list(bfs_order(road_graph, "E")) == ["E", "F"]


def test_bfs_unknown_start(road_graph):
    with pytest.raises(NodeNotFoundError):
        list(bfs_order(road_graph, "Z"))
    with pytest.raises(NodeNotFoundError):
        bfs_levels(road_graph, "Z")


def test_bfs_levels(road_graph):
    assert bfs_levels(road_graph, "A") == {"A": 0, "B": 1, "C": 1, "D": 2, "E": 2, "F": 3}


@pytest.mark.parametrize(
    "source, target, expected",
    [("A", "F", ["A", "C", "E", "F"]), ("A", "A", ["A"]), ("B", "E", ["B", "D", "E"])],
)
def test_shortest_hops(road_graph, source, target, expected):
    assert shortest_hops(road_graph, source, target) == expected


def test_shortest_hops_errors(road_graph):
    with pytest.raises(NoPathError, match="no path from 'F' to 'A'"):
        shortest_hops(road_graph, "F", "A")
    with pytest.raises(NodeNotFoundError):
        shortest_hops(road_graph, "A", "Q")


def test_connected_components(undirected):
    undirected.add_node(7)
    assert connected_components(undirected) == [[1, 2, 4, 3], [5, 6], [7]]


def test_components_are_weak_for_directed():
    graph = Graph.from_edges([("b", "a"), ("c", "d")])
    assert connected_components(graph) == [["b", "a"], ["c", "d"]]


def test_is_bipartite(undirected):
    assert is_bipartite(undirected) is True
    undirected.add_edge(1, 3)
    assert is_bipartite(undirected) is False


def test_empty_graph_components_and_bipartite():
    assert connected_components(Graph()) == []
    assert is_bipartite(Graph()) is True
