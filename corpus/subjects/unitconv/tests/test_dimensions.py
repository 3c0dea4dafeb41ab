import pytest

from unitconv import BaseDimension, Dimension
from unitconv import dimensions as dim


def test_of_and_exponents():
    velocity = Dimension.of(length=1, time=-1)
    assert velocity.exponents == (1, 0, -1, 0, 0, 0, 0)
    assert velocity == dim.LENGTH / dim.TIME


def test_of_unknown_base():
    with pytest.raises(ValueError, match="unknown base dimension 'colour'"):
        Dimension.of(colour=1)


def test_wrong_length():
    with pytest.raises(ValueError, match="expected 7 exponents, got 2"):
        Dimension((1, 0))


def test_algebra():
    force = dim.MASS * dim.LENGTH / dim.TIME ** 2
    assert force.exponents == (1, 1, -2, 0, 0, 0, 0)
    assert (force / force).is_dimensionless
    assert (dim.LENGTH ** 0).is_dimensionless
    assert not dim.LENGTH.is_dimensionless


@pytest.mark.parametrize(
    "dimension, text",
    [
        (Dimension(), "1"),
        (dim.LENGTH, "L"),
        (Dimension.of(length=2, mass=1, time=-2), "L^2·M·T^-2"),
        (Dimension.of(temperature=1, amount=-1), "Θ·N^-1"),
    ],
)
def test_str(dimension, text):
    assert str(dimension) == text


@pytest.mark.parametrize(
    "dimension, name",
    [
        (dim.DIMENSIONLESS, "dimensionless"),
        (dim.LENGTH ** 3, "volume"),
        (dim.LENGTH / dim.TIME ** 2, "acceleration"),
        (dim.MASS * dim.LENGTH ** 2 / dim.TIME ** 3, "power"),
        (dim.MASS / (dim.LENGTH * dim.TIME ** 2), "pressure"),
        (Dimension.of(length=1, mass=1), "L·M"),
    ],
)
def test_describe(dimension, name):
    assert dimension.describe() == name


def test_base_dimension_symbols():
    assert [b.value for b in BaseDimension] == ["L", "M", "T", "I", "Θ", "N", "J"]
