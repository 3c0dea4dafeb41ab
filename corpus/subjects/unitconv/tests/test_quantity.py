import pytest

from unitconv import ONE, DimensionalityError, OffsetUnitError, Quantity


def test_construction_validation(reg):
    with pytest.raises(TypeError, match="real number"):
        Quantity("3", reg.get("m"))
    with pytest.raises(TypeError, match="real number"):
        Quantity(True, reg.get("m"))
    with pytest.raises(TypeError, match="must be a Unit"):
        Quantity(3, "m")
    assert Quantity(2).unit is ONE


def test_to_and_magnitude_in(reg):
    q = reg.parse("3.6 km/h")
    converted = q.to(reg.parse_unit("m/s"))
    assert converted.magnitude == pytest.approx(1.0)
    assert converted.unit.symbol == "m/s"
    assert q.magnitude_in(reg.parse_unit("km/h")) == 3.6


def test_to_si(reg):
    energy = reg.parse("2 N") * reg.parse("3 m")
    assert energy.magnitude == 6
    assert energy.unit.symbol == "N*m"
    si = energy.to_si()
    assert si.magnitude == 6.0
    assert si.unit.symbol == "kg*m^2/s^2"
    assert reg.parse("1 km/h").to_si().unit.symbol == "m/s"


def test_addition_converts_to_left_unit(reg):
    total = reg.parse("10 m") + reg.parse("50 cm")
    assert total.magnitude == 10.5
    assert total.unit.symbol == "m"
    other_way = reg.parse("50 cm") + reg.parse("10 m")
    assert other_way.magnitude == pytest.approx(1050)
    assert other_way.unit.symbol == "cm"


def test_subtraction(reg):
    diff = reg.parse("1 h") - reg.parse("15 min")
    assert diff.magnitude == 0.75
    assert diff.unit.symbol == "h"


def test_dimensionless_with_numbers(reg):
    ratio = reg.parse("3 m") / reg.parse("1 m")
    assert (ratio + 1).magnitude == 4.0
    assert (1 + ratio).magnitude == 4.0
    assert (10 - ratio).magnitude == 7.0
    assert (ratio - 1).magnitude == 2.0


def test_incompatible_addition(reg):
    with pytest.raises(DimensionalityError, match=r"cannot convert s \(time\) to m \(length\)"):
        reg.parse("1 m") + reg.parse("1 s")
    with pytest.raises(DimensionalityError, match="dimensionless"):
        reg.parse("1 m") + 5


def test_offset_arithmetic_refused(reg):
    warm = reg.parse("20 degC")
    with pytest.raises(OffsetUnitError, match="cannot add"):
        warm + reg.parse("5 degC")
    with pytest.raises(OffsetUnitError, match="cannot subtract"):
        reg.parse("5 K") - warm
    with pytest.raises(OffsetUnitError, match="cannot scale"):
        warm * 2
    with pytest.raises(OffsetUnitError, match="cannot scale"):
        warm / 2
    assert warm.to(reg.get("K")).magnitude == pytest.approx(293.15)


def test_multiplication_and_division(reg):
    speed = reg.parse("100 km") / reg.parse("2 h")
    assert speed.magnitude == 50.0
    assert speed.unit.symbol == "km/h"
    distance = speed * reg.parse("30 min")
    assert distance.to(reg.get("km")).magnitude == pytest.approx(25.0)
    assert (reg.parse("3 m") * 2).magnitude == 6
    assert (2 * reg.parse("3 m")).unit.symbol == "m"
    assert (reg.parse("3 m") / 2).magnitude == 1.5


def test_reciprocal_and_power(reg):
    freq = 1 / reg.parse("4 s")
    assert freq.magnitude == 0.25
    assert freq.unit.symbol == "1/s"
    assert freq.to(reg.get("Hz")).magnitude == 0.25
    area = reg.parse("3 m") ** 2
    assert (area.magnitude, area.unit.symbol) == (9, "m^2")


def test_unsupported_operands(reg):
    q = reg.parse("1 m")
    with pytest.raises(TypeError):
        q * "x"
    with pytest.raises(TypeError):
        q / "x"
    with pytest.raises(TypeError):
        "x" / q
    with pytest.raises(TypeError):
        q + "x"
    with pytest.raises(TypeError):
        q < "x"
    assert q != "1 m"


def test_negation_and_abs(reg):
    q = reg.parse("-2.5 m")
    assert (-q).magnitude == 2.5
    assert abs(q).magnitude == 2.5
    assert abs(q).unit.symbol == "m"


def test_float_conversion(reg):
    assert float(reg.parse("5 m") / reg.parse("2 km")) == 0.0025
    assert float(reg.parse("50 %")) == 0.5
    with pytest.raises(DimensionalityError, match="dimensionless"):
        float(reg.parse("5 m"))


def test_comparisons(reg):
    km = reg.parse("1 km")
    assert km == reg.parse("1000 m")
    assert km > reg.parse("999 m")
    assert km >= reg.parse("1000 m")
    assert km < reg.parse("1 mi")
    assert km <= reg.parse("1 km")
    assert km != reg.parse("1 s")
    assert reg.parse("2 m") / reg.parse("1 m") == 2


def test_ordering_incompatible(reg):
    with pytest.raises(DimensionalityError):
        reg.parse("1 m") < reg.parse("1 s")


def test_unhashable(reg):
    with pytest.raises(TypeError):
        hash(reg.parse("1 m"))


def test_is_close(reg):
    assert reg.parse("1 ft").is_close(reg.parse("12 in"))
    assert not reg.parse("1 ft").is_close(reg.parse("13 in"))
    assert not reg.parse("1 ft").is_close(reg.parse("1 s"))
    assert reg.parse("1 m").is_close(reg.parse("1.01 m"), rel_tol=0.05)


def test_formatting(reg):
    assert str(reg.parse("3.5 km/h")) == "3.5 km/h"
    assert format(reg.parse("2.5 km"), ".2f") == "2.50 km"
    assert repr(reg.parse("2 m/s")) == "Quantity(2, 'm/s')"
    assert str(Quantity(3)) == "3"
    assert str(reg.parse("50 %")) == "50 percent"
