"""Convex hull by Andrew's monotone chain."""

from __future__ import annotations

from typing import Iterable

from planegeom.vector import Orientation, Vec2, orientation


def _half_hull(points: list[Vec2]) -> list[Vec2]:
    chain: list[Vec2] = []
    for point in points:
        while len(chain) >= 2 and orientation(chain[-2], chain[-1], point) is not Orientation.COUNTERCLOCKWISE:
            chain.pop()
        chain.append(point)
    return chain


def convex_hull(points: Iterable[Vec2]) -> list[Vec2]:
    """Hull vertices in counterclockwise order starting from the leftmost (then lowest) point.

    Collinear points on hull edges are dropped, so fully collinear input yields its
    two extreme points. Fewer than three distinct points are returned sorted.
    """
    unique = sorted(set(points))
    if len(unique) <= 2:
        return unique
    lower = _half_hull(unique)
    upper = _half_hull(list(reversed(unique)))
    return lower[:-1] + upper[:-1]
