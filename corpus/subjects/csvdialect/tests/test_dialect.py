import pytest

from csvdialect import EXCEL, EXCEL_TAB, UNIX, Dialect, DialectError, QuoteStyle


def test_presets():
    assert EXCEL.delimiter == ","
    assert EXCEL.lineterminator == "\r\n"
    assert EXCEL_TAB.delimiter == "\t"
    assert UNIX.quoting is QuoteStyle.ALL
    assert UNIX.lineterminator == "\n"


def test_replace_returns_new_validated_dialect():
    changed = EXCEL.replace(delimiter="|")
    assert changed.delimiter == "|"
    assert EXCEL.delimiter == ","
    with pytest.raises(DialectError):
        EXCEL.replace(delimiter='"')


@pytest.mark.parametrize(
    "options, message",
    [
        ({"delimiter": ""}, "delimiter must be a single character, got ''"),
        ({"delimiter": ";;"}, "delimiter must be a single character, got ';;'"),
        ({"delimiter": None}, "delimiter is required"),
        ({"delimiter": "\n"}, "delimiter must not be a line break"),
        ({"quotechar": "\r"}, "quotechar must not be a line break"),
        ({"escapechar": 5}, "escapechar must be a single character, got 5"),
        ({"quotechar": None}, "quotechar is required unless quoting is NONE"),
        ({"delimiter": '"'}, "delimiter, quotechar and escapechar must differ"),
        ({"escapechar": ","}, "delimiter, quotechar and escapechar must differ"),
        ({"lineterminator": ""}, "lineterminator must not be empty"),
    ],
)
def test_invalid_dialects(options, message):
    with pytest.raises(DialectError) as info:
        Dialect(**options)
    assert str(info.value) == message


def test_dialect_error_is_value_error():
    assert issubclass(DialectError, ValueError)


def test_quotechar_may_be_omitted_without_quoting():
    dialect = Dialect(quotechar=None, quoting=QuoteStyle.NONE)
    assert dialect.quotechar is None
