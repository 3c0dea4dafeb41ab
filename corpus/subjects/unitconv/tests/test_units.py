import pytest

from unitconv import ONE, DimensionalityError, OffsetUnitError, Unit, si_unit
from unitconv import dimensions as dim


@pytest.fixture
def metre():
    return Unit("m", dim.LENGTH, prefixable=True)


@pytest.fixture
def second():
    return Unit("s", dim.TIME)


@pytest.fixture
def celsius():
    return Unit("degC", dim.TEMPERATURE, 1.0, 273.15)


def test_validation():
    with pytest.raises(ValueError, match="must not be empty"):
        Unit("", dim.LENGTH)
    with pytest.raises(ValueError, match="must be positive"):
        Unit("x", dim.LENGTH, 0)


def test_with_prefix(metre):
    km = metre.with_prefix("k")
    assert (km.symbol, km.factor, km.dimension) == ("km", 1000.0, dim.LENGTH)
    assert km.prefixable is False
    assert metre.with_prefix("µ").factor == 1e-6


def test_compound_symbols(metre, second):
    velocity = metre / second
    assert velocity.symbol == "m/s"
    assert velocity.dimension == dim.LENGTH / dim.TIME
    assert (metre * metre).symbol == "m*m"
    assert (metre / (second * second)).symbol == "m/(s*s)"
    assert (velocity ** 2).symbol == "(m/s)^2"
    assert (metre ** 2).symbol == "m^2"
    assert ((metre ** 2) ** 3).symbol == "(m^2)^3"
    assert (metre / second ** 2).symbol == "m/s^2"
    assert metre ** 1 is metre


def test_compound_factors(metre):
    km = metre.with_prefix("k")
    hour = Unit("h", dim.TIME, 3600)
    kmh = km / hour
    assert kmh.factor == pytest.approx(1000 / 3600)
    assert (km ** 2).factor == 1e6
    assert hour.reciprocal().symbol == "1/h"
    assert hour.reciprocal().dimension == dim.TIME ** -1


def test_power_requires_int(metre):
    with pytest.raises(TypeError, match="integer powers"):
        metre ** 0.5
    with pytest.raises(TypeError):
        metre ** True


def test_non_unit_operands(metre):
    with pytest.raises(TypeError):
        metre * 3
    with pytest.raises(TypeError):
        metre / "s"


@pytest.mark.parametrize("operation", [lambda u, v: u * v, lambda u, v: v / u, lambda u, v: u / v, lambda u, v: u ** 2])
def test_offset_units_refuse_algebra(celsius, metre, operation):
    with pytest.raises(OffsetUnitError, match="offset unit 'degC'"):
        operation(celsius, metre)


def test_conversion(metre, celsius):
    km = metre.with_prefix("k")
    assert km.convert(2.5, metre) == 2500.0
    assert metre.convert(250, km) == 0.25
    kelvin = Unit("K", dim.TEMPERATURE)
    assert celsius.convert(25, kelvin) == pytest.approx(298.15)
    assert kelvin.convert(0, celsius) == pytest.approx(-273.15)
    assert celsius.to_si(0) == 273.15
    assert celsius.from_si(273.15) == 0.0
    assert celsius.conversion_to(kelvin) == (1.0, 273.15)


def test_incompatible_conversion(metre, second):
    with pytest.raises(DimensionalityError, match=r"cannot convert m \(length\) to s \(time\)") as info:
        metre.convert(1, second)
    assert (info.value.left, info.value.right) == ("m", "s")


def test_equivalence(metre):
    other = Unit("metre", dim.LENGTH)
    assert metre.is_equivalent(other)
    assert metre != other
    assert not metre.is_equivalent(metre.with_prefix("k"))
    assert metre.is_compatible(metre.with_prefix("k"))
    assert not metre.has_offset
    assert str(metre) == "m"


def test_one():
    assert ONE.is_dimensionless
    assert ONE.symbol == "1"


@pytest.mark.parametrize(
    "dimension, symbol",
    [
        (dim.DIMENSIONLESS, "1"),
        (dim.MASS * dim.LENGTH / dim.TIME ** 2, "kg*m/s^2"),
        (dim.MASS / (dim.LENGTH * dim.TIME ** 2), "kg/(m*s^2)"),
        (dim.TIME ** -1, "1/s"),
        (dim.AMOUNT / dim.LENGTH ** 3, "mol/m^3"),
        (dim.CURRENT * dim.TIME * dim.TEMPERATURE * dim.LUMINOSITY, "s*A*K*cd"),
    ],
)
def test_si_unit(dimension, symbol):
    unit = si_unit(dimension)
    assert unit.symbol == symbol
    assert unit.factor == 1.0
    assert unit.dimension == dimension
