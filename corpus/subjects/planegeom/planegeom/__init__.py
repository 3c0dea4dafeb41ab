"""Plane geometry: vectors, segments, polygons, hulls and bounding boxes."""

from planegeom.bbox import BoundingBox
from planegeom.hull import convex_hull
from planegeom.polygon import Polygon
from planegeom.segment import Segment
from planegeom.vector import EPSILON, GeometryError, Orientation, Vec2, orientation

__all__ = [
    "EPSILON",
    "BoundingBox",
    "GeometryError",
    "Orientation",
    "Polygon",
    "Segment",
    "Vec2",
    "convex_hull",
    "orientation",
]
