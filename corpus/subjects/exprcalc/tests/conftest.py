import pytest

from exprcalc.evaluator import Calculator, Evaluator


@pytest.fixture
def evaluator():
    return Evaluator({"x": 3, "y": 4.5, "big": 10})


@pytest.fixture
def calculator():
    return Calculator()
