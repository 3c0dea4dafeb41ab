import pytest


@pytest.fixture
def classic():
    """Textbook sample with mean 5 and population standard deviation 2."""
    return [2, 4, 4, 4, 5, 5, 7, 9]


@pytest.fixture
def one_to_ten():
    return [float(i) for i in range(1, 11)]


@pytest.fixture
def skewed():
    return [1, 2, 3, 4, 10]
