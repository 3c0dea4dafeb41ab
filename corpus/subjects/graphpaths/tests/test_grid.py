import math

import pytest

from graphpaths import GridMap, NoPathError, manhattan, octile


def test_parse_dimensions_and_markers(maze):
    assert (maze.height, maze.width) == (5, 8)
    assert maze.start == (0, 0)
    assert maze.goal == (4, 7)
    assert maze.passable((0, 3)) is False
    assert maze.in_bounds((4, 7)) is True
    assert maze.in_bounds((5, 0)) is False


@pytest.mark.parametrize(
    "rows, message",
    [
        ([], "at least one row"),
        (["..", "."], "equal length"),
        ([""], "equal length"),
        (["S.S"], "more than one start"),
        (["G.G"], "more than one goal"),
        ([".x."], "unknown grid character"),
    ],
)
def test_parse_errors(rows, message):
    with pytest.raises(ValueError, match=message):
        GridMap(rows)


@pytest.mark.parametrize(
    "a, b, m, o",
    [((0, 0), (0, 0), 0, 0), ((0, 0), (3, 0), 3, 3), ((0, 0), (2, 3), 5, 3 + (math.sqrt(2) - 1) * 2)],
)
def test_heuristics(a, b, m, o):
    assert manhattan(a, b) == m
    assert octile(a, b) == pytest.approx(o)


def test_astar_on_maze(maze):
    path = maze.astar()
    assert path.cells[0] == (0, 0)
    assert path.cells[-1] == (4, 7)
    assert path.cost == 15
    assert path.steps == 15
    assert path.expanded > 0


def test_render_path(maze):
    path = maze.astar()
    assert maze.render(path) == "\n".join(
        [
            "S**#****",
            ".#*#*##*",
            ".#***#.*",
            ".####.#*",
            "......#G",
        ]
    )


def test_astar_no_path():
    grid = GridMap(["S#.", "##.", "..G"])
    with pytest.raises(NoPathError):
        grid.astar()


def test_astar_exhausts_search_with_improved_cells():
    grid = GridMap(["S.#", ".3#", "##G"])
    with pytest.raises(NoPathError) as info:
        grid.astar(diagonal=True)
    assert (info.value.source, info.value.target) == ((0, 0), (2, 2))


def test_astar_requires_endpoints():
    grid = GridMap(["...", "..."])
    with pytest.raises(ValueError, match="start and goal"):
        grid.astar()
    with pytest.raises(ValueError, match="not passable"):
        GridMap([".#"]).astar((0, 0), (0, 1))


def test_astar_explicit_endpoints_same_cell():
    grid = GridMap(["..."])
    path = grid.astar((0, 1), (0, 1))
    assert path.cells == [(0, 1)]
    assert path.cost == 0
    assert path.steps == 0


def test_terrain_costs_steer_path():
    grid = GridMap(["S9G", "..."])
    path = grid.astar()
    assert path.cells == [(0, 0), (1, 0), (1, 1), (1, 2), (0, 2)]
    assert path.cost == 4
    assert grid.cost((0, 1)) == 9
    with pytest.raises(ValueError):
        grid.cost((5, 5))


def test_diagonal_moves():
    grid = GridMap(["S..", "...", "..G"])
    path = grid.astar(diagonal=True)
    assert path.cells == [(0, 0), (1, 1), (2, 2)]
    assert path.cost == pytest.approx(2 * math.sqrt(2))


def test_diagonal_cannot_cut_corners():
    grid = GridMap(["S#", ".G"])
    assert [cell for cell, _ in grid.neighbours((0, 0), diagonal=True)] == [(1, 0)]
    path = grid.astar(diagonal=True)
    assert path.cells == [(0, 0), (1, 0), (1, 1)]
    assert path.cost == 2


def test_neighbour_costs():
    grid = GridMap(["3.", ".5"])
    assert list(grid.neighbours((0, 1), diagonal=True)) == [
        ((1, 1), 5.0),
        ((0, 0), 3.0),
        ((1, 0), pytest.approx(math.sqrt(2))),
    ]


def test_custom_heuristic_zero_is_dijkstra(maze):
    path = maze.astar(heuristic=lambda a, b: 0)
    assert path.cost == 15


def test_render_without_path():
    grid = GridMap.parse("S.#\n.4G")
    assert grid.render() == "S.#\n.4G"
