import pytest

from graphpaths import Graph, GridMap


@pytest.fixture
def road_graph():
    return Graph.from_edges(
        [
            ("A", "B", 4),
            ("A", "C", 2),
            ("C", "B", 1),
            ("B", "D", 5),
            ("C", "D", 8),
            ("C", "E", 10),
            ("D", "E", 2),
            ("E", "F", 3),
        ]
    )


@pytest.fixture
def undirected():
    return Graph.from_edges([(1, 2), (2, 3), (3, 4), (4, 1), (5, 6)], directed=False)


@pytest.fixture
def maze():
    return GridMap.parse(
        """
        S..#....
        .#.#.##.
        .#...#..
        .####.#.
        ......#G
        """
    )
