import pytest

from planegeom import Polygon, Vec2


@pytest.fixture
def square():
    return Polygon([(0, 0), (4, 0), (4, 4), (0, 4)])


@pytest.fixture
def l_shape():
    return Polygon([(0, 0), (4, 0), (4, 1), (1, 1), (1, 3), (0, 3)])


@pytest.fixture
def origin():
    return Vec2(0.0, 0.0)
