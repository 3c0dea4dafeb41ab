import pytest

from csvdialect import (
    UNIX,
    CsvError,
    Dialect,
    QuoteStyle,
    format_field,
    format_row,
    iter_records,
    read_rows,
    write_records,
    write_rows,
)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("plain", "plain"),
        ("", ""),
        (None, ""),
        (3, "3"),
        (2.5, "2.5"),
        ("a,b", '"a,b"'),
        ('say "hi"', '"say ""hi"""'),
        ("two\nlines", '"two\nlines"'),
        ("cr\r", '"cr\r"'),
        (" padded", '" padded"'),
        ("trail ", '"trail "'),
    ],
)
def test_minimal_quoting(value, expected):
    assert format_field(value) == expected


def test_only_empty_field_is_quoted():
    assert format_row([""]) == '""\r\n'
    assert format_row(["", ""]) == ",\r\n"
    assert format_row([None]) == '""\r\n'


def test_quote_all():
    assert format_row(["a", 1, None], UNIX) == '"a","1",""\n'


def test_quote_nonnumeric():
    dialect = Dialect(quoting=QuoteStyle.NONNUMERIC, lineterminator="\n")
    assert format_row(["a", 1, 2.5, True, None], dialect) == '"a",1,2.5,"True",""\n'


def test_escapechar_instead_of_doubling(escaped):
    assert format_field('say "hi"', escaped) == '"say \\"hi\\""'
    assert format_field("back\\slash", escaped) == "back\\\\slash"


def test_escapechar_with_doublequote_escapes_itself():
    dialect = Dialect(escapechar="\\")
    assert format_field('a\\"b', dialect) == '"a\\\\""b"'


def test_quoting_none_escapes_specials(unquoted):
    assert format_row(['a,b', "x\ny", "q\"", "e\\"], unquoted) == 'a\\,b,x\\\ny,q",e\\\\\n'


def test_quoting_none_without_escapechar():
    dialect = Dialect(quoting=QuoteStyle.NONE)
    assert format_field("fine", dialect) == "fine"
    with pytest.raises(CsvError, match="need an escapechar to write 'a,b' without quoting"):
        format_field("a,b", dialect)


def test_doublequote_disabled_requires_escapechar():
    dialect = Dialect(doublequote=False)
    with pytest.raises(CsvError, match="need an escapechar when doublequote is disabled"):
        format_field('"', dialect)


def test_write_rows():
    assert write_rows([["a", "b"], [1, "x,y"]]) == 'a,b\r\n1,"x,y"\r\n'
    assert write_rows([]) == ""


@pytest.mark.parametrize(
    "dialect",
    [
        Dialect(),
        Dialect(delimiter=";", lineterminator="\n"),
        Dialect(escapechar="\\", doublequote=False),
        Dialect(escapechar="\\"),
        Dialect(quoting=QuoteStyle.ALL, quotechar="'"),
        Dialect(quotechar=None, quoting=QuoteStyle.NONE, escapechar="^"),
    ],
)
def test_round_trip(dialect):
    rows = [
        ["id", "text", "note"],
        ["1", 'He said "no", twice', "multi\nline"],
        ["2", " spaced ", "a\\b^c;d'e"],
        ["3", "", "crlf\r\ninside"],
    ]
    assert read_rows(write_rows(rows, dialect), dialect) == rows


def test_write_records_with_header():
    records = [{"b": 2, "a": 1}, {"a": "x,y"}]
    assert write_records(records, ["a", "b"]) == 'a,b\r\n1,2\r\n"x,y",\r\n'


def test_write_records_options():
    records = [{"a": 1, "zzz": 9}]
    assert write_records(records, ["a", "b"], header=False, restval="NA", ignore_extra=True) == "1,NA\r\n"


def test_write_records_rejects_unknown_fields():
    with pytest.raises(CsvError, match="record 2 has unknown fields: c, d"):
        write_records([{"a": 1}, {"a": 2, "c": 3, "d": 4}], ["a"])


def test_write_records_requires_fieldnames():
    with pytest.raises(CsvError, match="fieldnames must not be empty"):
        write_records([], [])


def test_records_round_trip(people_csv):
    records = list(iter_records(people_csv))
    assert write_records(records, ["name", "age", "city"]) == people_csv
