"""Axis-aligned bounding boxes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from planegeom.vector import GeometryError, Vec2


@dataclass(frozen=True)
class BoundingBox:
    """An axis-aligned rectangle; degenerate (zero-width) boxes are allowed."""

    min_x: float
    min_y: float
    max_x: float
    max_y: float

    def __post_init__(self) -> None:
        if self.min_x > self.max_x or self.min_y > self.max_y:
            raise GeometryError("bounding box minimum exceeds maximum")

    @classmethod
    def from_points(cls, points: Iterable[Vec2]) -> "BoundingBox":
        items = list(points)
        if not items:
            raise GeometryError("cannot bound an empty set of points")
        xs = [point.x for point in items]
        ys = [point.y for point in items]
        return cls(min(xs), min(ys), max(xs), max(ys))

    @property
    def width(self) -> float:
        return self.max_x - self.min_x

    @property
    def height(self) -> float:
        return self.max_y - self.min_y

    @property
    def area(self) -> float:
        return self.width * self.height

    @property
    def center(self) -> Vec2:
        return Vec2((self.min_x + self.max_x) / 2, (self.min_y + self.max_y) / 2)

    def contains(self, point: Vec2) -> bool:
        return self.min_x <= point.x <= self.max_x and self.min_y <= point.y <= self.max_y

    def intersects(self, other: "BoundingBox") -> bool:
        """True when the boxes share at least one point (touching counts)."""
        return not (
            other.min_x > self.max_x or other.max_x < self.min_x or other.min_y > self.max_y or other.max_y < self.min_y
        )

    def intersection(self, other: "BoundingBox") -> "BoundingBox | None":
        if not self.intersects(other):
            return None
        return BoundingBox(
            max(self.min_x, other.min_x),
            max(self.min_y, other.min_y),
            min(self.max_x, other.max_x),
            min(self.max_y, other.max_y),
        )

    def union(self, other: "BoundingBox") -> "BoundingBox":
        return BoundingBox(
            min(self.min_x, other.min_x),
            min(self.min_y, other.min_y),
            max(self.max_x, other.max_x),
            max(self.max_y, other.max_y),
        )

    def expanded(self, margin: float) -> "BoundingBox":
        """Grow (or, with a negative margin, shrink) every side by ``margin``."""
        if margin < 0 and (2 * -margin > self.width or 2 * -margin > self.height):
            raise GeometryError("negative margin larger than half the box")
        return BoundingBox(self.min_x - margin, self.min_y - margin, self.max_x + margin, self.max_y + margin)
