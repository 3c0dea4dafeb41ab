import pytest

from planegeom import BoundingBox, GeometryError, Polygon, Vec2, convex_hull


def pts(*pairs):
    return [Vec2(x, y) for x, y in pairs]


@pytest.mark.parametrize(
    "points, hull",
    [
        ([], []),
        (pts((1, 1)), pts((1, 1))),
        (pts((1, 1), (1, 1)), pts((1, 1))),
        (pts((2, 2), (0, 0)), pts((0, 0), (2, 2))),
        (pts((0, 0), (1, 1), (2, 2), (3, 3)), pts((0, 0), (3, 3))),
        (pts((0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 0)), pts((0, 0), (2, 0), (2, 2), (0, 2))),
        (pts((3, 1), (0, 0), (1, 3), (1, 1), (2, 2), (0, 3)), pts((0, 0), (3, 1), (1, 3), (0, 3))),
    ],
)
def test_convex_hull(points, hull):
    assert convex_hull(points) == hull


def test_hull_polygon_is_convex_and_contains_inputs():
    points = pts((0, 0), (5, 1), (3, 3), (4, 6), (1, 4), (2, 2), (-1, 2))
    hull = Polygon(convex_hull(points))
    assert hull.is_convex()
    assert hull.signed_area > 0
    assert all(hull.contains(point) for point in points)
    assert hull.vertices == tuple(pts((-1, 2), (0, 0), (5, 1), (4, 6), (1, 4)))


def test_bbox_from_points():
    box = BoundingBox.from_points(pts((1, 5), (-2, 3), (4, -1)))
    assert box == BoundingBox(-2, -1, 4, 5)
    assert (box.width, box.height, box.area) == (6, 6, 36)
    assert box.center == Vec2(1, 2)


def test_bbox_errors():
    with pytest.raises(GeometryError, match="empty"):
        BoundingBox.from_points([])
    with pytest.raises(GeometryError, match="minimum exceeds maximum"):
        BoundingBox(1, 0, 0, 1)
    with pytest.raises(GeometryError, match="minimum exceeds maximum"):
        BoundingBox(0, 1, 1, 0)


@pytest.mark.parametrize(
    "point, inside",
    [(Vec2(0, 0), True), (Vec2(2, 1), True), (Vec2(1, 0.5), True), (Vec2(2.1, 1), False), (Vec2(1, -0.1), False)],
)
def test_bbox_contains(point, inside):
    assert BoundingBox(0, 0, 2, 1).contains(point) is inside


@pytest.mark.parametrize(
    "other, overlap",
    [
        (BoundingBox(1, 1, 3, 3), BoundingBox(1, 1, 2, 2)),
        (BoundingBox(2, 0, 3, 2), BoundingBox(2, 0, 2, 2)),
        (BoundingBox(3, 0, 4, 2), None),
        (BoundingBox(0, 3, 2, 4), None),
        (BoundingBox(-1, -1, 0.5, 5), BoundingBox(0, 0, 0.5, 2)),
    ],
)
def test_bbox_intersection(other, overlap):
    box = BoundingBox(0, 0, 2, 2)
    assert box.intersection(other) == overlap
    assert box.intersects(other) is (overlap is not None)
    assert other.intersects(box) is (overlap is not None)


def test_bbox_union_and_expand():
    box = BoundingBox(0, 0, 2, 2)
    assert box.union(BoundingBox(1, -1, 5, 1)) == BoundingBox(0, -1, 5, 2)
    assert box.expanded(1) == BoundingBox(-1, -1, 3, 3)
    assert box.expanded(-1) == BoundingBox(1, 1, 1, 1)
    with pytest.raises(GeometryError, match="negative margin"):
        BoundingBox(0, 0, 4, 1).expanded(-0.75)
