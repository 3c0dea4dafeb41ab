"""Simple polygons given by their vertices in order."""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from planegeom.bbox import BoundingBox
from planegeom.segment import Segment
from planegeom.vector import EPSILON, GeometryError, Orientation, Vec2, orientation


def _dedupe_closing(points: list[Vec2]) -> list[Vec2]:
    if len(points) > 1 and points[0].is_close(points[-1]):
        return points[:-1]
    return points


class Polygon:
    """A simple polygon; the closing edge back to the first vertex is implicit."""

    def __init__(self, vertices: Iterable[Vec2 | Sequence[float]]) -> None:
        points = [vertex if isinstance(vertex, Vec2) else Vec2(float(vertex[0]), float(vertex[1])) for vertex in vertices]
        points = _dedupe_closing(points)
        if len(points) < 3:
            raise GeometryError(f"a polygon needs at least 3 vertices, got {len(points)}")
        if any(points[i].is_close(points[i - 1]) for i in range(1, len(points))):
            raise GeometryError("consecutive vertices must differ")
        self.vertices: tuple[Vec2, ...] = tuple(points)
        if abs(self.signed_area) <= EPSILON:
            raise GeometryError("polygon has zero area")

    def __len__(self) -> int:
        return len(self.vertices)

    def __repr__(self) -> str:
        return f"Polygon({[(v.x, v.y) for v in self.vertices]!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Polygon) and other.vertices == self.vertices

    def edges(self) -> Iterator[Segment]:
        """Yield every edge, including the closing one."""
        count = len(self.vertices)
        for index in range(count):
            yield Segment(self.vertices[index], self.vertices[(index + 1) % count])

    @property
    def signed_area(self) -> float:
        """Shoelace area: positive for counterclockwise vertex order."""
        count = len(self.vertices)
        total = sum(self.vertices[i].cross(self.vertices[(i + 1) % count]) for i in range(count))
        return total / 2.0

    @property
    def area(self) -> float:
        return abs(self.signed_area)

    @property
    def perimeter(self) -> float:
        return sum(edge.length for edge in self.edges())

    @property
    def orientation(self) -> Orientation:
        return Orientation.COUNTERCLOCKWISE if self.signed_area > 0 else Orientation.CLOCKWISE

    @property
    def centroid(self) -> Vec2:
        """Area centroid (not the vertex average)."""
        count = len(self.vertices)
        cx = cy = 0.0
        for index in range(count):
            current, following = self.vertices[index], self.vertices[(index + 1) % count]
            weight = current.cross(following)
            cx += (current.x + following.x) * weight
            cy += (current.y + following.y) * weight
        factor = 1.0 / (6.0 * self.signed_area)
        return Vec2(cx * factor, cy * factor)

    @property
    def bounding_box(self) -> BoundingBox:
        return BoundingBox.from_points(self.vertices)

    def counterclockwise(self) -> "Polygon":
        """The same polygon with counterclockwise vertex order."""
        if self.orientation is Orientation.COUNTERCLOCKWISE:
            return self
        return Polygon(reversed(self.vertices))

    def is_convex(self) -> bool:
        """True when every turn goes the same way; collinear vertices are allowed."""
        count = len(self.vertices)
        turns = {
            orientation(self.vertices[i - 1], self.vertices[i], self.vertices[(i + 1) % count])
            for i in range(count)
        }
        turns.discard(Orientation.COLLINEAR)
        return len(turns) == 1

    def on_boundary(self, point: Vec2, tolerance: float = EPSILON) -> bool:
        return any(edge.contains(point, tolerance) for edge in self.edges())

    def contains(self, point: Vec2, include_boundary: bool = True) -> bool:
        """Point-in-polygon by ray casting; boundary points follow ``include_boundary``."""
        if self.on_boundary(point):
            return include_boundary
        inside = False
        count = len(self.vertices)
        for index in range(count):
            a, b = self.vertices[index], self.vertices[(index + 1) % count]
            if (a.y > point.y) != (b.y > point.y):
                crossing_x = a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)
                if point.x < crossing_x:
                    inside = not inside
        return inside

    def translated(self, offset: Vec2) -> "Polygon":
        return Polygon(vertex + offset for vertex in self.vertices)
