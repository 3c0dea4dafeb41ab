import pytest


@pytest.fixture
def noisy_rows():
    return [[1, 2], [2, 1], [3, 4], [4, 3], [5, 6], [6, 5]]


@pytest.fixture
def noisy_y():
    return [9, 8.5, 19, 17.5, 29.5, 27]


@pytest.fixture
def records():
    return [
        {"size": 1.0, "color": "red", "y": 3.0},
        {"size": 2.0, "color": "blue", "y": 4.0},
        {"size": 3.0, "color": "green", "y": 9.0},
        {"size": 4.0, "color": "red", "y": 9.0},
        {"size": 5.0, "color": "blue", "y": 10.0},
        {"size": 6.0, "color": "green", "y": 15.0},
    ]
