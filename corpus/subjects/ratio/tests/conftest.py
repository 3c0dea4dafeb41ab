import pytest

from ratio import Rational


@pytest.fixture
def half():
    return Rational(1, 2)


@pytest.fixture
def third():
    return Rational(1, 3)


@pytest.fixture
def pi_approx():
    return Rational(314159, 100000)
