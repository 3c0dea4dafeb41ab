"""Line segments and their intersections."""

from __future__ import annotations

from dataclasses import dataclass

from planegeom.vector import EPSILON, GeometryError, Orientation, Vec2, orientation


@dataclass(frozen=True)
class Segment:
    """A closed segment between two distinct points."""

    start: Vec2
    end: Vec2

    def __post_init__(self) -> None:
        if self.start.is_close(self.end):
            raise GeometryError("segment endpoints must differ")

    @property
    def direction(self) -> Vec2:
        return self.end - self.start

    @property
    def length(self) -> float:
        return self.direction.length

    @property
    def midpoint(self) -> Vec2:
        return (self.start + self.end) * 0.5

    def point_at(self, t: float) -> Vec2:
        """The point ``start + t * direction``; t in [0, 1] stays on the segment."""
        return self.start + self.direction * t

    def project(self, point: Vec2) -> float:
        """Parameter of the closest point, clamped to [0, 1]."""
        t = (point - self.start).dot(self.direction) / self.direction.dot(self.direction)
        return min(1.0, max(0.0, t))

    def closest_point(self, point: Vec2) -> Vec2:
        return self.point_at(self.project(point))

    def distance_to(self, point: Vec2) -> float:
        return self.closest_point(point).distance_to(point)

    def contains(self, point: Vec2, tolerance: float = EPSILON) -> bool:
        """Whether ``point`` lies on the segment (endpoints included)."""
        return self.distance_to(point) <= tolerance

    def intersects(self, other: "Segment") -> bool:
        return self.intersection(other) is not None

    def intersection(self, other: "Segment") -> "Vec2 | Segment | None":
        """The shared point, the shared sub-segment if collinear overlapping, or None."""
        d1, d2 = self.direction, other.direction
        denominator = d1.cross(d2)
        offset = other.start - self.start
        if abs(denominator) <= EPSILON * max(1.0, d1.length * d2.length):
            if orientation(self.start, self.end, other.start) is not Orientation.COLLINEAR:
                return None
            return self._collinear_overlap(other)
        t = offset.cross(d2) / denominator
        u = offset.cross(d1) / denominator
        if -EPSILON <= t <= 1 + EPSILON and -EPSILON <= u <= 1 + EPSILON:
            return self.point_at(min(1.0, max(0.0, t)))
        return None

    def _collinear_overlap(self, other: "Segment") -> "Vec2 | Segment | None":
        direction = self.direction
        scale = direction.dot(direction)
        t0 = (other.start - self.start).dot(direction) / scale
        t1 = (other.end - self.start).dot(direction) / scale
        low, high = max(0.0, min(t0, t1)), min(1.0, max(t0, t1))
        if high < low - EPSILON:
            return None
        first, last = self.point_at(low), self.point_at(high)
        if first.is_close(last):
            return first
        return Segment(first, last)
