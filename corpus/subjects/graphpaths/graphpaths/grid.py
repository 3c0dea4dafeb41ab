"""Grid maps with obstacles and terrain costs, searched with A*."""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from itertools import count
from typing import Callable, Iterator

from .errors import NoPathError

Cell = tuple[int, int]
Heuristic = Callable[[Cell, Cell], float]

WALL = "#"
FREE = "."
START = "S"
GOAL = "G"
PATH_MARK = "*"
SQRT2 = math.sqrt(2)


def manhattan(a: Cell, b: Cell) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def octile(a: Cell, b: Cell) -> float:
    dr, dc = abs(a[0] - b[0]), abs(a[1] - b[1])
    return max(dr, dc) + (SQRT2 - 1) * min(dr, dc)


@dataclass(frozen=True)
class GridPath:
    cells: list[Cell]
    cost: float
    expanded: int

    @property
    def steps(self) -> int:
        return len(self.cells) - 1


class GridMap:
    """A rectangular map parsed from text rows.

    ``#`` is a wall, ``.``, ``S`` and ``G`` cost 1 to enter, and the digits
    ``1``-``9`` are terrain that costs that much to enter.
    """

    def __init__(self, rows: list[str]) -> None:
        if not rows:
            raise ValueError("grid must have at least one row")
        width = len(rows[0])
        if width == 0 or any(len(row) != width for row in rows):
            raise ValueError("grid rows must be non-empty and of equal length")
        self.height = len(rows)
        self.width = width
        self._costs: dict[Cell, int] = {}
        self.start: Cell | None = None
        self.goal: Cell | None = None
        for r, row in enumerate(rows):
            for c, char in enumerate(row):
                if char == WALL:
                    continue
                if char in (FREE, START, GOAL):
                    self._costs[(r, c)] = 1
                elif char in "123456789":
                    self._costs[(r, c)] = int(char)
                else:
                    raise ValueError(f"unknown grid character {char!r} at {(r, c)}")
                if char == START:
                    if self.start is not None:
                        raise ValueError("grid has more than one start")
                    self.start = (r, c)
                elif char == GOAL:
                    if self.goal is not None:
                        raise ValueError("grid has more than one goal")
                    self.goal = (r, c)

    @classmethod
    def parse(cls, text: str) -> "GridMap":
        return cls([line.strip() for line in text.strip().splitlines()])

    def in_bounds(self, cell: Cell) -> bool:
        return 0 <= cell[0] < self.height and 0 <= cell[1] < self.width

    def passable(self, cell: Cell) -> bool:
        return cell in self._costs

    def cost(self, cell: Cell) -> int:
        if cell not in self._costs:
            raise ValueError(f"cell {cell} is not passable")
        return self._costs[cell]

    def neighbours(self, cell: Cell, diagonal: bool = False) -> Iterator[tuple[Cell, float]]:
        """Passable neighbours with the cost of moving there.

        Diagonal moves may not cut a corner past a wall.
        """
        r, c = cell
        for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
            nxt = (r + dr, c + dc)
            if self.passable(nxt):
                yield nxt, float(self._costs[nxt])
        if not diagonal:
            return
        for dr, dc in ((-1, -1), (-1, 1), (1, -1), (1, 1)):
            nxt = (r + dr, c + dc)
            if (
                self.passable(nxt)
                and self.passable((r + dr, c))
                and self.passable((r, c + dc))
            ):
                yield nxt, self._costs[nxt] * SQRT2

    def astar(
        self,
        start: Cell | None = None,
        goal: Cell | None = None,
        *,
        diagonal: bool = False,
        heuristic: Heuristic | None = None,
    ) -> GridPath:
        start = self.start if start is None else start
        goal = self.goal if goal is None else goal
        if start is None or goal is None:
            raise ValueError("start and goal must be given or marked on the map")
        for cell in (start, goal):
            if not self.passable(cell):
                raise ValueError(f"cell {cell} is not passable")
        if heuristic is None:
            heuristic = octile if diagonal else manhattan
        tie = count()
        g_score: dict[Cell, float] = {start: 0.0}
        parents: dict[Cell, Cell] = {}
        closed: set[Cell] = set()
        heap = [(heuristic(start, goal), next(tie), start)]
        while heap:
            _, _, cell = heapq.heappop(heap)
            if cell in closed:
                continue
            closed.add(cell)
            if cell == goal:
                path = [cell]
                while path[-1] in parents:
                    path.append(parents[path[-1]])
                return GridPath(path[::-1], g_score[goal], len(closed))
            for nxt, step in self.neighbours(cell, diagonal):
                candidate = g_score[cell] + step
                if candidate < g_score.get(nxt, math.inf):
                    g_score[nxt] = candidate
                    parents[nxt] = cell
                    heapq.heappush(heap, (candidate + heuristic(nxt, goal), next(tie), nxt))
        raise NoPathError(start, goal)

    def render(self, path: GridPath | None = None) -> str:
        marked = set(path.cells) if path else set()
        lines = []
        for r in range(self.height):
            chars = []
            for c in range(self.width):
                cell = (r, c)
                if cell == self.start:
                    chars.append(START)
                elif cell == self.goal:
                    chars.append(GOAL)
                elif cell in marked:
                    chars.append(PATH_MARK)
                elif not self.passable(cell):
                    chars.append(WALL)
                elif self._costs[cell] == 1:
                    chars.append(FREE)
                else:
                    chars.append(str(self._costs[cell]))
            lines.append("".join(chars))
        return "\n".join(lines)
