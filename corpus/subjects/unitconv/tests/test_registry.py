import pytest

from unitconv import ONE, DuplicateUnitError, UnknownUnitError, Unit
from unitconv import dimensions as dim


@pytest.mark.parametrize(
    "symbol, factor",
    [
        ("m", 1.0),
        ("km", 1000.0),
        ("mm", 0.001),
        ("µm", 1e-6),
        ("um", 1e-6),
        ("dam", 10.0),
        ("kg", 1.0),
        ("mg", 1e-6),
        ("min", 60.0),
        ("ms", 0.001),
        ("h", 3600.0),
        ("hPa", 100.0),
        ("mi", 1609.344),
        ("cd", 1.0),
        ("mmol", 0.001),
        ("kN", 1000.0),
        ("mL", 1e-6),
    ],
)
def test_lookup_factors(reg, symbol, factor):
    assert reg.get(symbol).factor == pytest.approx(factor)


def test_exact_match_beats_prefix(reg):
    assert reg.get("min").dimension == dim.TIME
    assert reg.get("mi").dimension == dim.LENGTH
    assert reg.get("cd").dimension == dim.LUMINOSITY


def test_aliases(reg):
    assert reg.get("°C") is reg.get("degC")
    assert reg.get("l") is reg.get("L")
    assert reg.get("%").factor == 0.01
    assert reg.get("1") is ONE


@pytest.mark.parametrize("symbol", ["furlong", "kft", "k", "kdegC", "", "mmi"])
def test_unknown(reg, symbol):
    with pytest.raises(UnknownUnitError, match="unknown unit") as info:
        reg.get(symbol)
    assert info.value.symbol == symbol


def test_contains(reg):
    assert "km" in reg
    assert "kft" not in reg


def test_define_and_duplicates(tiny):
    assert len(tiny) == 3
    tiny.define("furlong", dim.LENGTH, 201.168, aliases=("fur",))
    assert tiny.get("fur").factor == 201.168
    assert tiny.symbols() == ["ft", "fur", "furlong", "m", "s"]
    with pytest.raises(DuplicateUnitError, match="'m' is already defined"):
        tiny.define("m", dim.LENGTH)


def test_define_derived(tiny):
    knot = tiny.define_derived("kn", "m/s", 1852 / 3600)
    assert knot.dimension == dim.LENGTH / dim.TIME
    assert knot.factor == pytest.approx(0.514444, rel=1e-5)
    assert knot.symbol == "kn"


def test_non_prefixable_units_take_no_prefix(tiny):
    with pytest.raises(UnknownUnitError):
        tiny.get("kft")
    assert tiny.get("ks").factor == 1000.0


@pytest.mark.parametrize(
    "value, source, target, expected",
    [
        (1, "mi", "ft", 5280.0),
        (90, "km/h", "m/s", 25.0),
        (1, "kW*h", "MJ", 3.6),
        (100, "degC", "degF", 212.0),
        (-40, "°C", "°F", -40.0),
        (0, "degC", "K", 273.15),
        (1, "atm", "kPa", 101.325),
        (1500, "mL", "L", 1.5),
        (50, "%", "1", 0.5),
        (1, "lb", "oz", 16.0),
        (1, "kg*m^2/s^2", "J", 1.0),
        (1, "day", "h", 24.0),
        (1, "GHz", "1/ns", 1.0),
    ],
)
def test_convert(reg, value, source, target, expected):
    assert reg.convert(value, source, target) == pytest.approx(expected)


def test_convert_accepts_units(reg):
    assert reg.convert(2, reg.get("km"), "m") == 2000.0


def test_quantity_factory(reg):
    q = reg.quantity(3, "km/h")
    assert q.magnitude == 3
    assert q.unit.symbol == "km/h"
    unit = Unit("x", dim.LENGTH, 2)
    assert reg.quantity(1, unit).unit is unit
