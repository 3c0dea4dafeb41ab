import pytest

from graphpaths import Edge, Graph, NodeNotFoundError


def test_from_edges_and_counts(road_graph):
    assert road_graph.nodes == ["A", "B", "C", "D", "E", "F"]
    assert len(road_graph) == 6
    assert road_graph.edge_count == 8
    assert road_graph.weight("C", "B") == 1
    assert road_graph.has_edge("B", "C") is False


def test_from_edges_rejects_bad_tuple():
    with pytest.raises(ValueError, match="2 or 3"):
        Graph.from_edges([("a",)])


def test_nan_weight_rejected():
    with pytest.raises(ValueError):
        Graph().add_edge("a", "b", float("nan"))


def test_undirected_edges_both_ways(undirected):
    assert undirected.has_edge(2, 1)
    assert undirected.edge_count == 5
    assert list(undirected.edges())[:2] == [Edge(1, 2, 1.0), Edge(1, 4, 1.0)]
    assert undirected.degree(1) == 2


def test_re_adding_edge_replaces_weight(road_graph):
    road_graph.add_edge("A", "B", 9)
    assert road_graph.weight("A", "B") == 9
    assert road_graph.edge_count == 8


def test_degrees(road_graph):
    assert road_graph.degree("C") == 3
    assert road_graph.in_degree("B") == 2
    assert road_graph.in_degree("A") == 0
    with pytest.raises(NodeNotFoundError):
        road_graph.in_degree("Z")


def test_remove_edge(road_graph, undirected):
    road_graph.remove_edge("A", "B")
    assert road_graph.neighbours("A") == ["C"]
    undirected.remove_edge(2, 1)
    assert not undirected.has_edge(1, 2)
    with pytest.raises(KeyError):
        road_graph.remove_edge("A", "B")


def test_remove_node(road_graph):
    road_graph.remove_node("C")
    assert "C" not in road_graph
    assert road_graph.neighbours("A") == ["B"]
    with pytest.raises(NodeNotFoundError) as info:
        road_graph.remove_node("C")
    assert str(info.value) == "node 'C' is not in the graph"


def test_weight_missing_edge(road_graph):
    with pytest.raises(KeyError):
        road_graph.weight("F", "A")


def test_out_edges(road_graph):
    assert list(road_graph.out_edges("A")) == [Edge("A", "B", 4), Edge("A", "C", 2)]
    with pytest.raises(NodeNotFoundError):
        list(road_graph.out_edges("Q"))


def test_reversed(road_graph):
    rev = road_graph.reversed()
    assert rev.has_edge("B", "A")
    assert not rev.has_edge("A", "B")
    assert rev.weight("F", "E") == 3
    assert rev.nodes == road_graph.nodes


def test_negative_weights_and_path_weight(road_graph):
    assert road_graph.has_negative_weights() is False
    assert road_graph.path_weight(["A", "C", "B", "D"]) == 8
    assert road_graph.path_weight(["A"]) == 0
    road_graph.add_edge("F", "A", -1)
    assert road_graph.has_negative_weights() is True
    assert list(road_graph) == ["A", "B", "C", "D", "E", "F"]
