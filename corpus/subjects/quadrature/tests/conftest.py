import pytest


@pytest.fixture
def wallis():
    """Wallis's cubic x^3 - 2x - 5, with a single real root near 2.0945514815423265."""
    return lambda x: x ** 3 - 2 * x - 5


@pytest.fixture
def wallis_root():
    return 2.0945514815423265


@pytest.fixture
def call_log():
    """A function wrapper recording every abscissa it is evaluated at."""

    class Log:
        def __init__(self):
            self.points = []

        def wrap(self, func):
            def recorded(x):
                self.points.append(x)
                return func(x)

            return recorded

    return Log()
