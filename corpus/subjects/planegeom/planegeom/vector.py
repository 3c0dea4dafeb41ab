"""Two-dimensional vectors (also used as points) and orientation tests."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

EPSILON = 1e-9


class GeometryError(ValueError):
    """Raised for degenerate or invalid geometric input."""


class Orientation(enum.IntEnum):
    """Turn direction of an ordered point triple."""

    CLOCKWISE = -1
    COLLINEAR = 0
    COUNTERCLOCKWISE = 1


@dataclass(frozen=True, order=True)
class Vec2:
    """An immutable 2D vector; points are vectors from the origin."""

    x: float
    y: float

    def __add__(self, other: "Vec2") -> "Vec2":
        return Vec2(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec2") -> "Vec2":
        return Vec2(self.x - other.x, self.y - other.y)

    def __mul__(self, factor: float) -> "Vec2":
        return Vec2(self.x * factor, self.y * factor)

    __rmul__ = __mul__

    def __truediv__(self, divisor: float) -> "Vec2":
        if divisor == 0:
            raise ZeroDivisionError("cannot divide a vector by zero")
        return Vec2(self.x / divisor, self.y / divisor)

    def __neg__(self) -> "Vec2":
        return Vec2(-self.x, -self.y)

    def dot(self, other: "Vec2") -> float:
        return self.x * other.x + self.y * other.y

    def cross(self, other: "Vec2") -> float:
        """The z component of the 3D cross product."""
        return self.x * other.y - self.y * other.x

    @property
    def length(self) -> float:
        return math.hypot(self.x, self.y)

    def distance_to(self, other: "Vec2") -> float:
        return (other - self).length

    def normalized(self) -> "Vec2":
        """Unit vector in the same direction."""
        size = self.length
        if size < EPSILON:
            raise GeometryError("cannot normalize a zero-length vector")
        return self / size

    def perpendicular(self) -> "Vec2":
        """This vector rotated by +90 degrees."""
        return Vec2(-self.y, self.x)

    def rotated(self, angle: float, around: "Vec2 | None" = None) -> "Vec2":
        """Rotate counterclockwise by ``angle`` radians about ``around`` (origin by default)."""
        pivot = around or Vec2(0.0, 0.0)
        offset = self - pivot
        cos_a, sin_a = math.cos(angle), math.sin(angle)
        return pivot + Vec2(offset.x * cos_a - offset.y * sin_a, offset.x * sin_a + offset.y * cos_a)

    def angle_to(self, other: "Vec2") -> float:
        """Signed angle in radians from this vector to ``other``, in (-pi, pi]."""
        if self.length < EPSILON or other.length < EPSILON:
            raise GeometryError("angle with a zero-length vector is undefined")
        return math.atan2(self.cross(other), self.dot(other))

    def is_close(self, other: "Vec2", tolerance: float = EPSILON) -> bool:
        return abs(self.x - other.x) <= tolerance and abs(self.y - other.y) <= tolerance


def orientation(a: Vec2, b: Vec2, c: Vec2, tolerance: float = EPSILON) -> Orientation:
    """Whether the path a -> b -> c turns left, right or goes straight."""
    turn = (b - a).cross(c - a)
    if turn > tolerance:
        return Orientation.COUNTERCLOCKWISE
    if turn < -tolerance:
        return Orientation.CLOCKWISE
    return Orientation.COLLINEAR
