import pytest

from unitconv import UnitRegistry, default_registry
from unitconv import dimensions as dim


@pytest.fixture
def reg():
    return default_registry()


@pytest.fixture
def tiny():
    """A minimal registry for testing definitions and lookup in isolation."""
    registry = UnitRegistry()
    registry.define("m", dim.LENGTH, prefixable=True)
    registry.define("s", dim.TIME, prefixable=True)
    registry.define("ft", dim.LENGTH, 0.3048)
    return registry
