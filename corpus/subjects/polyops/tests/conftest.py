import pytest

from polyops import Polynomial


@pytest.fixture
def cubic():
    """x^3 - 6x^2 + 11x - 6 = (x - 1)(x - 2)(x - 3)."""
    return Polynomial([-6, 11, -6, 1])


@pytest.fixture
def quadratic():
    """2x^2 + 3x + 1."""
    return Polynomial([1, 3, 2])
