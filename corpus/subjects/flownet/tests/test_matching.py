import pytest

from flownet import assignment_from_preferences, max_bipartite_matching


@pytest.fixture
def jobs():
    left = ["ann", "bob", "cat", "dan"]
    right = ["cook", "driver", "clerk", "guard"]
    edges = [
        ("ann", "cook"),
        ("ann", "driver"),
        ("bob", "cook"),
        ("cat", "driver"),
        ("cat", "clerk"),
        ("dan", "clerk"),
    ]
    return left, right, edges


def test_maximum_matching(jobs):
    matching = max_bipartite_matching(*jobs)
    assert matching.size == 3
    assert matching.pairs == {"ann": "cook", "cat": "driver", "dan": "clerk"}
    assert matching.unmatched_right == ["guard"]
    assert matching.unmatched_left == ["bob"]
    assert matching.vertex_cover == frozenset({"cook", "driver", "clerk"})
    assert matching.is_perfect is False


def test_pairs_follow_left_order(jobs):
    matching = max_bipartite_matching(*jobs)
    assert list(matching.pairs) == [p for p in jobs[0] if p in matching.pairs]


def test_vertex_cover_size_equals_matching(jobs):
    matching = max_bipartite_matching(*jobs)
    assert len(matching.vertex_cover) == matching.size
    for u, v in jobs[2]:
        assert u in matching.vertex_cover or v in matching.vertex_cover


def test_perfect_matching():
    matching = max_bipartite_matching([1, 2], ["a", "b"], [(1, "a"), (1, "b"), (2, "a")])
    assert matching.pairs == {1: "b", 2: "a"}
    assert matching.is_perfect is True
    assert matching.unmatched_left == []


def test_duplicate_edges_count_once():
    matching = max_bipartite_matching(["x"], ["y"], [("x", "y"), ("x", "y")])
    assert matching.pairs == {"x": "y"}


def test_empty_matching():
    matching = max_bipartite_matching([], [], [])
    assert matching.size == 0
    assert matching.is_perfect is True
    assert matching.vertex_cover == frozenset()


def test_tuple_nodes_are_supported():
    matching = max_bipartite_matching([(0, 0)], [(1, 1)], [((0, 0), (1, 1))])
    assert matching.pairs == {(0, 0): (1, 1)}


@pytest.mark.parametrize(
    "left, right, edges, message",
    [
        (["a", "a"], ["b"], [], "duplicate"),
        (["a"], ["b", "b"], [], "duplicate"),
        (["a"], ["a"], [], "both sides"),
        (["a"], ["b"], [("b", "a")], "does not join"),
    ],
)
def test_matching_validation(left, right, edges, message):
    with pytest.raises(ValueError, match=message):
        max_bipartite_matching(left, right, edges)


def test_assignment_from_preferences():
    prefs = {"p1": ["r1"], "p2": ["r1", "r2"], "p3": ["r2"]}
    assignment = assignment_from_preferences(prefs)
    assert assignment == {"p1": "r1", "p2": "r2"}


def test_assignment_all_satisfied():
    prefs = {"a": ["x", "y"], "b": ["x"]}
    assert assignment_from_preferences(prefs) == {"a": "y", "b": "x"}
