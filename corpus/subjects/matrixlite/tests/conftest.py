import pytest

from matrixlite import Matrix


@pytest.fixture
def a3():
    """3x3 matrix whose LU needs one row swap; determinant -16."""
    return Matrix([[2, 1, 1], [4, -6, 0], [-2, 7, 2]])


@pytest.fixture
def singular3():
    return Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])


@pytest.fixture
def rect():
    return Matrix([[1, 2, 3], [4, 5, 6]])
