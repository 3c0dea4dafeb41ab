import pytest

from tinylisp import Interpreter


@pytest.fixture
def interp():
    return Interpreter()


@pytest.fixture
def run(interp):
    """Evaluate source in a fresh interpreter and return the printed result."""
    return interp.run_to_string
