import pytest

from disjointset import Edge, InvalidEdgeError, connected_components, kruskal, redundant_edges


def test_kruskal_classic(graph):
    forest = kruskal(graph)
    assert forest.total_weight == 37
    assert forest.is_tree
    assert forest.components == 1
    assert forest.as_tuples() == [
        ("g", "h", 1),
        ("c", "i", 2),
        ("f", "g", 2),
        ("a", "b", 4),
        ("c", "f", 4),
        ("c", "d", 7),
        ("a", "h", 8),
        ("d", "e", 9),
    ]


def test_kruskal_equal_weights_follow_input_order():
    edges = [("a", "b", 1), ("b", "c", 1), ("a", "c", 1)]
    assert kruskal(edges).as_tuples() == [("a", "b", 1), ("b", "c", 1)]
    edges.reverse()
    assert kruskal(edges).as_tuples() == [("a", "c", 1), ("b", "c", 1)]


def test_kruskal_forest_for_disconnected_graph():
    forest = kruskal([("a", "b", 3), ("c", "d", 1), ("a", "b", 1)], vertices=["e"])
    assert forest.as_tuples() == [("c", "d", 1), ("a", "b", 1)]
    assert forest.total_weight == 2
    assert forest.components == 3
    assert not forest.is_tree


def test_kruskal_ignores_self_loops():
    forest = kruskal([("a", "a", -5), ("a", "b", 2)])
    assert forest.as_tuples() == [("a", "b", 2)]
    assert forest.total_weight == 2


def test_kruskal_negative_and_float_weights():
    forest = kruskal([(1, 2, -1.5), (2, 3, 0.5), (1, 3, -1.0)])
    assert forest.total_weight == -2.5
    assert [edge.weight for edge in forest.edges] == [-1.5, -1.0]


def test_kruskal_unweighted_pairs():
    forest = kruskal([(1, 2), (2, 3), (3, 1)])
    assert forest.total_weight == 2
    assert len(forest.edges) == 2


def test_kruskal_empty():
    forest = kruskal([])
    assert forest.edges == []
    assert forest.total_weight == 0
    assert forest.components == 0
    assert not forest.is_tree


def test_kruskal_single_vertex():
    forest = kruskal([], vertices=["solo"])
    assert forest.is_tree
    assert forest.edges == []


@pytest.mark.parametrize(
    "edges, vertices, expected",
    [
        ([(1, 2), (3, 4), (2, 5)], (), [[1, 2, 5], [3, 4]]),
        ([], (7, 8), [[7], [8]]),
        ([("x", "y")], ("z", "x"), [["z"], ["x", "y"]]),
        ([(1, 1)], (), [[1]]),
        ([(1, 2), (2, 3), (3, 1)], (), [[1, 2, 3]]),
    ],
)
def test_connected_components(edges, vertices, expected):
    assert connected_components(edges, vertices) == expected


def test_redundant_edges():
    edges = [(1, 2), (2, 3), (3, 1), (4, 5), (5, 4), (1, 1)]
    assert redundant_edges(edges) == [(3, 1), (5, 4), (1, 1)]
    assert redundant_edges([]) == []


@pytest.mark.parametrize("bad", [(1,), (1, 2, 3, 4), "ab", (1, 2, "3"), (1, 2, float("nan")), (1, 2, True), 5])
def test_invalid_edges(bad):
    with pytest.raises(InvalidEdgeError):
        kruskal([bad])


def test_edge_coerce_and_equality():
    edge = Edge.coerce(("a", "b", 2))
    assert edge == Edge(2, "a", "b")
    assert edge != Edge(2, "a", "c")
    assert Edge.coerce(edge) is edge
    assert Edge.coerce(["p", "q"]).as_tuple() == ("p", "q", 1)


def test_edges_are_immutable():
    import dataclasses

    edge = Edge(1, "a", "b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        edge.weight = 5
