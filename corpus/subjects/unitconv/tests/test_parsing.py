import pytest

from unitconv import UnitParseError, UnknownUnitError, parse_quantity, parse_unit, tokenize
from unitconv import dimensions as dim


def test_tokenize():
    assert tokenize("kg*m^2/s**-2") == [
        ("name", "kg"),
        ("op", "*"),
        ("name", "m"),
        ("power", "^"),
        ("int", "2"),
        ("op", "/"),
        ("name", "s"),
        ("power", "**"),
        ("int", "-2"),
    ]
    assert tokenize(" (N·m) ") == [("paren", "("), ("name", "N"), ("op", "·"), ("name", "m"), ("paren", ")")]


def test_tokenize_rejects_garbage():
    with pytest.raises(UnitParseError, match="unexpected character '\\$'"):
        tokenize("m $")


@pytest.mark.parametrize(
    "text, symbol, dimension",
    [
        ("m", "m", dim.LENGTH),
        ("km/h", "km/h", dim.LENGTH / dim.TIME),
        ("m/s/s", "m/s/s", dim.LENGTH / dim.TIME ** 2),
        ("m/s^2", "m/s^2", dim.LENGTH / dim.TIME ** 2),
        ("kg*m^2/s^2", "kg*m^2/s^2", dim.MASS * dim.LENGTH ** 2 / dim.TIME ** 2),
        ("N·m", "N*m", dim.MASS * dim.LENGTH ** 2 / dim.TIME ** 2),
        ("(m/s)^2", "(m/s)^2", (dim.LENGTH / dim.TIME) ** 2),
        ("m/(s*s)", "m/(s*s)", dim.LENGTH / dim.TIME ** 2),
        ("1/s", "1/s", dim.TIME ** -1),
        ("s**-1", "s^-1", dim.TIME ** -1),
        ("m^+2", "m^2", dim.LENGTH ** 2),
    ],
)
def test_parse_unit(reg, text, symbol, dimension):
    unit = parse_unit(text, reg.get)
    assert unit.symbol == symbol
    assert unit.dimension == dimension


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty unit expression"),
        ("   ", "empty unit expression"),
        ("m/", "unexpected end"),
        ("m^", "unexpected end"),
        ("m^x", "exponent must be an integer"),
        ("(m", "unexpected end"),
        ("(m s", "expected '\\)'"),
        ("m)", "unexpected '\\)'"),
        ("*m", "unexpected '\\*'"),
        ("2/s", "unexpected '2'"),
        ("m s", "unexpected 's'"),
    ],
)
def test_parse_unit_errors(reg, text, message):
    with pytest.raises(UnitParseError, match=message):
        parse_unit(text, reg.get)


def test_parse_unit_unknown_symbol(reg):
    with pytest.raises(UnknownUnitError, match="'parsec'"):
        parse_unit("parsec/s", reg.get)


@pytest.mark.parametrize(
    "text, magnitude, symbol",
    [
        ("3.5 km/h", 3.5, "km/h"),
        ("3.5km/h", 3.5, "km/h"),
        ("  -2e3 m  ", -2000.0, "m"),
        ("+7 s", 7, "s"),
        (".5 kg", 0.5, "kg"),
        ("12", 12, "1"),
        ("1E-3 mol", 0.001, "mol"),
        ("20 °C", 20, "degC"),
        ("5.", 5.0, "1"),
    ],
)
def test_parse_quantity(reg, text, magnitude, symbol):
    q = parse_quantity(text, reg.get)
    assert q.magnitude == magnitude
    assert q.unit.symbol == symbol


def test_parse_quantity_keeps_int_type(reg):
    assert isinstance(reg.parse("12 m").magnitude, int)
    assert isinstance(reg.parse("12.0 m").magnitude, float)


@pytest.mark.parametrize("text", ["km", "", "abc 3", "- 3 m"])
def test_parse_quantity_errors(reg, text):
    with pytest.raises(UnitParseError, match="cannot parse quantity"):
        reg.parse(text)
