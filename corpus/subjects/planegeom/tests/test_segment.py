import pytest

from planegeom import GeometryError, Segment, Vec2


def seg(x1, y1, x2, y2):
    return Segment(Vec2(x1, y1), Vec2(x2, y2))


def test_basic_properties():
    s = seg(0, 0, 3, 4)
    assert s.length == 5
    assert s.midpoint == Vec2(1.5, 2)
    assert s.direction == Vec2(3, 4)
    assert s.point_at(0.2).is_close(Vec2(0.6, 0.8))
    assert s.point_at(1.5) == Vec2(4.5, 6)


def test_degenerate_segment_rejected():
    with pytest.raises(GeometryError, match="endpoints must differ"):
        seg(1, 1, 1, 1)


@pytest.mark.parametrize(
    "point, t, distance",
    [
        (Vec2(5, 3), 0.5, 3.0),
        (Vec2(-2, 0), 0.0, 2.0),
        (Vec2(14, 0), 1.0, 4.0),
        (Vec2(10, 0), 1.0, 0.0),
    ],
)
def test_projection_and_distance(point, t, distance):
    s = seg(0, 0, 10, 0)
    assert s.project(point) == t
    assert s.distance_to(point) == pytest.approx(distance)


@pytest.mark.parametrize(
    "point, expected",
    [(Vec2(2, 2), True), (Vec2(0, 0), True), (Vec2(4, 4), True), (Vec2(5, 5), False), (Vec2(2, 2.1), False)],
)
def test_contains(point, expected):
    assert seg(0, 0, 4, 4).contains(point) is expected


@pytest.mark.parametrize(
    "first, second, expected",
    [
        (seg(0, 0, 4, 4), seg(0, 4, 4, 0), Vec2(2, 2)),
        (seg(0, 0, 4, 0), seg(4, 0, 4, 3), Vec2(4, 0)),
        (seg(0, 0, 4, 0), seg(2, 0, 2, 5), Vec2(2, 0)),
        (seg(0, 0, 4, 0), seg(5, -1, 5, 1), None),
        (seg(0, 0, 4, 0), seg(0, 1, 4, 1), None),
        (seg(0, 0, 4, 0), seg(2, 1, 2, 3), None),
        (seg(0, 0, 4, 0), seg(6, 0, 8, 0), None),
        (seg(0, 0, 4, 0), seg(4, 0, 8, 0), Vec2(4, 0)),
        (seg(0, 0, 4, 0), seg(2, 0, 8, 0), seg(2, 0, 4, 0)),
        (seg(0, 0, 4, 0), seg(3, 0, 1, 0), seg(1, 0, 3, 0)),
        (seg(1, 1, 2, 2), seg(0, 0, 5, 5), seg(1, 1, 2, 2)),
    ],
)
def test_intersection(first, second, expected):
    result = first.intersection(second)
    if expected is None:
        assert result is None
        assert first.intersects(second) is False
    elif isinstance(expected, Vec2):
        assert isinstance(result, Vec2)
        assert result.is_close(expected)
        assert first.intersects(second) is True
    else:
        assert isinstance(result, Segment)
        assert result.start.is_close(expected.start)
        assert result.end.is_close(expected.end)


def test_intersection_is_symmetric_for_points():
    a, b = seg(0, 0, 2, 6), seg(0, 6, 2, 0)
    assert a.intersection(b).is_close(b.intersection(a))
    assert a.intersection(b).is_close(Vec2(1, 3))
