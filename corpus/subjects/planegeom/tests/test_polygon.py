import pytest

from planegeom import BoundingBox, GeometryError, Orientation, Polygon, Vec2


def test_square_measures(square):
    assert square.area == 16
    assert square.signed_area == 16
    assert square.perimeter == 16
    assert square.centroid == Vec2(2, 2)
    assert square.orientation is Orientation.COUNTERCLOCKWISE
    assert square.bounding_box == BoundingBox(0, 0, 4, 4)
    assert len(square) == 4


def test_clockwise_polygon():
    poly = Polygon([(0, 0), (0, 2), (3, 0)])
    assert poly.signed_area == -3
    assert poly.area == 3
    assert poly.orientation is Orientation.CLOCKWISE
    ccw = poly.counterclockwise()
    assert ccw.vertices == (Vec2(3, 0), Vec2(0, 2), Vec2(0, 0))
    assert ccw.counterclockwise() is ccw
    assert poly.centroid.is_close(Vec2(1, 2 / 3))


def test_l_shape_centroid_and_area(l_shape):
    assert l_shape.area == 6
    assert l_shape.centroid.is_close(Vec2(1.5, 1.0))
    assert l_shape.is_convex() is False


def test_closing_vertex_is_removed():
    poly = Polygon([(0, 0), (2, 0), (0, 2), (0, 0)])
    assert len(poly) == 3
    assert poly == Polygon([Vec2(0, 0), Vec2(2, 0), Vec2(0, 2)])
    assert poly != "triangle"
    assert repr(poly) == "Polygon([(0.0, 0.0), (2.0, 0.0), (0.0, 2.0)])"


@pytest.mark.parametrize(
    "vertices, message",
    [
        ([(0, 0), (1, 1)], "at least 3 vertices, got 2"),
        ([(0, 0), (1, 1), (0, 0)], "at least 3 vertices, got 2"),
        ([(0, 0), (1, 0), (1, 0), (0, 1)], "consecutive vertices must differ"),
        ([(0, 0), (1, 1), (2, 2)], "zero area"),
    ],
)
def test_invalid_polygons(vertices, message):
    with pytest.raises(GeometryError, match=message):
        Polygon(vertices)


def test_edges(square):
    edges = list(square.edges())
    assert len(edges) == 4
    assert [(edge.start, edge.end) for edge in edges] == [
        (Vec2(0, 0), Vec2(4, 0)),
        (Vec2(4, 0), Vec2(4, 4)),
        (Vec2(4, 4), Vec2(0, 4)),
        (Vec2(0, 4), Vec2(0, 0)),
    ]


@pytest.mark.parametrize(
    "vertices, convex",
    [
        ([(0, 0), (4, 0), (4, 4), (0, 4)], True),
        ([(0, 0), (0, 4), (4, 4), (4, 0)], True),
        ([(0, 0), (2, 0), (4, 0), (4, 4), (0, 4)], True),
        ([(0, 0), (4, 0), (2, 1), (4, 4), (0, 4)], False),
        ([(0, 0), (2, 1), (4, 0), (2, 4)], False),
    ],
)
def test_is_convex(vertices, convex):
    assert Polygon(vertices).is_convex() is convex


@pytest.mark.parametrize(
    "point, inside",
    [
        (Vec2(0.5, 0.5), True),
        (Vec2(0.5, 2.5), True),
        (Vec2(3, 0.5), True),
        (Vec2(2, 2), False),
        (Vec2(-1, 0.5), False),
        (Vec2(5, 0.5), False),
        (Vec2(0.5, 1), True),
        (Vec2(0.5, 3.5), False),
    ],
)
def test_contains_l_shape(l_shape, point, inside):
    assert l_shape.contains(point) is inside


@pytest.mark.parametrize("point", [Vec2(0, 0), Vec2(2, 0), Vec2(1, 2), Vec2(4, 0.5)])
def test_boundary_handling(l_shape, point):
    assert l_shape.on_boundary(point) is True
    assert l_shape.contains(point) is True
    assert l_shape.contains(point, include_boundary=False) is False


def test_ray_through_vertex(square):
    diamond = Polygon([(2, 0), (4, 2), (2, 4), (0, 2)])
    assert diamond.contains(Vec2(1, 2)) is True
    assert diamond.contains(Vec2(-1, 2)) is False
    assert diamond.contains(Vec2(3.5, 3.5)) is False


def test_translated(square):
    moved = square.translated(Vec2(1, -1))
    assert moved.vertices[0] == Vec2(1, -1)
    assert moved.centroid == Vec2(3, 1)
    assert moved.area == 16
