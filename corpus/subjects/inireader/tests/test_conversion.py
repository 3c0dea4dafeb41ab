import pytest

from inireader.conversion import to_bool, to_float, to_int, to_list
from inireader.errors import ConversionError, IniError


@pytest.mark.parametrize(
    "text, expected",
    [("42", 42), (" -7 ", -7), ("+3", 3), ("1_000_000", 1000000), ("0", 0)],
)
def test_to_int(text, expected):
    assert to_int(text) == expected


@pytest.mark.parametrize("text", ["", "1.5", "0x10", "1__0", "_1", "1_", "ten"])
def test_to_int_rejects(text):
    with pytest.raises(ConversionError, match="invalid integer"):
        to_int(text)


@pytest.mark.parametrize("text, expected", [("2.5", 2.5), (" -1e3 ", -1000.0), ("7", 7.0)])
def test_to_float(text, expected):
    assert to_float(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [("abc", "invalid float: 'abc'"), ("nan", "non-finite float: 'nan'"), ("-inf", "non-finite float: '-inf'")],
)
def test_to_float_rejects(text, message):
    with pytest.raises(ConversionError) as info:
        to_float(text)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "text, expected",
    [
        ("yes", True),
        ("TRUE", True),
        (" on ", True),
        ("1", True),
        ("No", False),
        ("false", False),
        ("OFF", False),
        ("0", False),
    ],
)
def test_to_bool(text, expected):
    assert to_bool(text) is expected


def test_to_bool_rejects():
    with pytest.raises(ConversionError, match="invalid boolean: 'maybe'"):
        to_bool("maybe")


def test_conversion_error_is_value_error_and_ini_error():
    assert issubclass(ConversionError, ValueError)
    assert issubclass(ConversionError, IniError)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a, b ,c", ["a", "b", "c"]),
        ("a,,b,", ["a", "b"]),
        ("x\ny, z", ["x", "y", "z"]),
        ("", []),
        ("single", ["single"]),
    ],
)
def test_to_list(text, expected):
    assert to_list(text) == expected


@pytest.mark.parametrize("separator", ["", " "])
def test_to_list_rejects_blank_separator(separator):
    with pytest.raises(ValueError, match="separator must be a non-blank string"):
        to_list("a b", separator)
