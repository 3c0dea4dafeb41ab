import pytest

from csvdialect import CsvError, Dialect, QuoteStyle, iter_records, read_rows


@pytest.mark.parametrize(
    "text, rows",
    [
        ("", []),
        ("a", [["a"]]),
        ("a,b,c", [["a", "b", "c"]]),
        ("a,b\nc,d\n", [["a", "b"], ["c", "d"]]),
        ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ("a,b\rc,d", [["a", "b"], ["c", "d"]]),
        ("a,,c,", [["a", "", "c", ""]]),
        (",", [["", ""]]),
        ('""', [[""]]),
        ('"a,b",c', [["a,b", "c"]]),
        ('"say ""hi""",x', [['say "hi"', "x"]]),
        ('"line1\nline2",z', [["line1\nline2", "z"]]),
        ('"keep\r\ncrlf"', [["keep\r\ncrlf"]]),
        ("a,b\n\n\nc,d", [["a", "b"], ["c", "d"]]),
        (' a , b ', [[" a ", " b "]]),
        ('a"b,c', [['a"b', "c"]]),
        ('"ab"c,d', [["abc", "d"]]),
        ('"a"\n', [["a"]]),
    ],
)
def test_read_rows_default_dialect(text, rows):
    assert read_rows(text) == rows


def test_custom_delimiter(semicolon):
    assert read_rows('1;"2;3";4\n', semicolon) == [["1", "2;3", "4"]]


def test_skipinitialspace():
    dialect = Dialect(skipinitialspace=True)
    assert read_rows('a,  b, "c, d"') == [["a", "  b", ' "c', ' d"']]
    assert read_rows('a,  b, "c, d"', dialect) == [["a", "b", "c, d"]]


def test_escapechar_outside_and_inside_quotes(escaped):
    text = 'a\\,b,"q\\"x",e\\\\f,"nl\\\nok"\n'
    assert read_rows(text, escaped) == [["a,b", 'q"x', "e\\f", "nl\nok"]]


def test_escaped_line_break_in_unquoted_field(unquoted):
    assert read_rows("one\\\ntwo,three\n", unquoted) == [["one\ntwo", "three"]]


def test_quoting_none_treats_quotes_as_data():
    dialect = Dialect(quoting=QuoteStyle.NONE)
    assert read_rows('"a,b"', dialect) == [['"a', 'b"']]


def test_nonnumeric_converts_unquoted_fields():
    dialect = Dialect(quoting=QuoteStyle.NONNUMERIC)
    assert read_rows('1,"2",3.5,\n', dialect) == [[1.0, "2", 3.5, ""]]


def test_nonnumeric_conversion_error():
    dialect = Dialect(quoting=QuoteStyle.NONNUMERIC)
    with pytest.raises(CsvError, match="line 2: could not convert 'x' to float"):
        read_rows("1\nx\n", dialect)


@pytest.mark.parametrize(
    "text, dialect, message",
    [
        ('a\n"open,b', Dialect(), "line 2: unexpected end of data inside quoted field"),
        ('"a\nb\nc', Dialect(), "line 1: unexpected end of data inside quoted field"),
        ('"esc\\', Dialect(escapechar="\\"), "line 1: unexpected end of data inside quoted field"),
        ("a\\", Dialect(escapechar="\\"), "line 1: unexpected end of data after escape character"),
        ('ok\nab"c', Dialect(strict=True), "line 2: '\"' inside unquoted field"),
        ('"a"b', Dialect(strict=True), "line 1: ',' expected after '\"'"),
    ],
)
def test_read_errors(text, dialect, message):
    with pytest.raises(CsvError) as info:
        read_rows(text, dialect)
    assert str(info.value) == message


def test_error_line_attribute():
    with pytest.raises(CsvError) as info:
        read_rows('x\n\ny\n"z', Dialect())
    assert info.value.line == 4


def test_records_from_header(people_csv):
    assert list(iter_records(people_csv)) == [
        {"name": "Ada", "age": "36", "city": "London, UK"},
        {"name": "Linus", "age": "28", "city": "Helsinki"},
    ]


def test_records_with_explicit_fieldnames():
    records = list(iter_records("1,2\n3,4\n", fieldnames=["x", "y"]))
    assert records == [{"x": "1", "y": "2"}, {"x": "3", "y": "4"}]


def test_short_rows_are_padded():
    assert list(iter_records("a,b,c\n1\n", restval="-")) == [{"a": "1", "b": "-", "c": "-"}]


def test_long_rows_collect_extras():
    records = list(iter_records("a,b\n1,2,3,4\n", restkey="more"))
    assert records == [{"a": "1", "b": "2", "more": ["3", "4"]}]


def test_long_rows_rejected_without_restkey():
    with pytest.raises(CsvError, match="record 2 has 3 fields, expected at most 2"):
        list(iter_records("a,b\n1,2\n1,2,3\n"))


def test_empty_text_has_no_records():
    assert list(iter_records("")) == []


def test_header_only():
    assert list(iter_records("a,b\n")) == []


def test_duplicate_field_names():
    with pytest.raises(CsvError, match="duplicate field names: a, b"):
        list(iter_records("b,a,b,a,c\n1,2,3,4,5\n"))


def test_escape_at_start_of_field(escaped):
    assert read_rows("\\,x,\\\\", escaped) == [[",x", "\\"]]
