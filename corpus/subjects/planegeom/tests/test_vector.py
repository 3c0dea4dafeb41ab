import math

import pytest

from planegeom import GeometryError, Orientation, Vec2, orientation


def test_arithmetic():
    a, b = Vec2(1, 2), Vec2(3, -1)
    assert a + b == Vec2(4, 1)
    assert a - b == Vec2(-2, 3)
    assert a * 3 == Vec2(3, 6)
    assert 2 * a == Vec2(2, 4)
    assert b / 2 == Vec2(1.5, -0.5)
    assert -a == Vec2(-1, -2)


def test_divide_by_zero():
    with pytest.raises(ZeroDivisionError):
        Vec2(1, 1) / 0


def test_products_and_length():
    a, b = Vec2(1, 2), Vec2(3, 4)
    assert a.dot(b) == 11
    assert a.cross(b) == -2
    assert b.cross(a) == 2
    assert b.length == 5
    assert a.distance_to(b) == pytest.approx(math.sqrt(8))


def test_normalized_and_perpendicular():
    assert Vec2(0, -3).normalized() == Vec2(0, -1)
    assert Vec2(2, 5).perpendicular() == Vec2(-5, 2)
    with pytest.raises(GeometryError, match="zero-length"):
        Vec2(0, 0).normalized()


@pytest.mark.parametrize(
    "point, angle, pivot, expected",
    [
        (Vec2(1, 0), math.pi / 2, None, Vec2(0, 1)),
        (Vec2(1, 0), math.pi, None, Vec2(-1, 0)),
        (Vec2(2, 1), math.pi / 2, Vec2(1, 1), Vec2(1, 2)),
        (Vec2(3, 3), -math.pi / 2, Vec2(1, 1), Vec2(3, -1)),
    ],
)
def test_rotated(point, angle, pivot, expected):
    assert point.rotated(angle, pivot).is_close(expected)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (Vec2(1, 0), Vec2(0, 1), math.pi / 2),
        (Vec2(1, 0), Vec2(0, -2), -math.pi / 2),
        (Vec2(1, 0), Vec2(-1, 0), math.pi),
        (Vec2(1, 1), Vec2(2, 2), 0.0),
    ],
)
def test_angle_to(a, b, expected):
    assert a.angle_to(b) == pytest.approx(expected)


def test_angle_to_zero_vector():
    with pytest.raises(GeometryError):
        Vec2(1, 0).angle_to(Vec2(0, 0))
    with pytest.raises(GeometryError):
        Vec2(0, 0).angle_to(Vec2(1, 0))


def test_is_close_and_ordering():
    assert Vec2(1, 1).is_close(Vec2(1 + 1e-12, 1 - 1e-12))
    assert not Vec2(1, 1).is_close(Vec2(1.001, 1))
    assert Vec2(1, 1).is_close(Vec2(1.001, 1), tolerance=0.01)
    assert sorted([Vec2(1, 0), Vec2(0, 5), Vec2(0, 1)]) == [Vec2(0, 1), Vec2(0, 5), Vec2(1, 0)]


@pytest.mark.parametrize(
    "c, expected",
    [
        (Vec2(1, 1), Orientation.COUNTERCLOCKWISE),
        (Vec2(1, -1), Orientation.CLOCKWISE),
        (Vec2(2, 0), Orientation.COLLINEAR),
        (Vec2(-1, 0), Orientation.COLLINEAR),
        (Vec2(2, 1e-12), Orientation.COLLINEAR),
    ],
)
def test_orientation(c, expected):
    assert orientation(Vec2(0, 0), Vec2(1, 0), c) is expected
