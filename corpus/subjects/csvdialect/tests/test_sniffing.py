import pytest

from csvdialect import CsvError, Dialect, QuoteStyle, has_header, sniff


@pytest.mark.parametrize(
    "sample, delimiter",
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ('x;"1,5";y\nz;"2,5";w\n', ";"),
        ("a,b;c\nd,e;f\n", ","),
        ("a;b;c,d\ne;f;g,h\n", ";"),
        ("single", None),
    ],
)
def test_sniff_delimiter(sample, delimiter):
    if delimiter is None:
        with pytest.raises(CsvError, match="could not determine delimiter"):
            sniff(sample)
    else:
        assert sniff(sample).delimiter == delimiter


def test_sniff_ignores_inconsistent_candidates():
    sample = "name,desc\nbob,likes; semicolons\nann,plain\n"
    assert sniff(sample).delimiter == ","


def test_sniff_prefers_more_frequent_candidate():
    sample = "a:b,c,d\ne:f,g,h\n"
    assert sniff(sample).delimiter == ","


def test_sniff_candidate_order_breaks_ties():
    sample = "a,b;c\n"
    assert sniff(sample, delimiters=";,").delimiter == ";"


def test_sniff_single_quote_and_multiline_records():
    sample = "'a\nb',c\n'd',e\n"
    dialect = sniff(sample)
    assert dialect.quotechar == "'"
    assert dialect.delimiter == ","


def test_sniff_default_quotechar():
    assert sniff("a,b\n").quotechar == '"'


def test_sniff_line_terminator_and_spaces():
    dialect = sniff("a, b, c\r\n1, 2, 3\r\n")
    assert dialect.lineterminator == "\r\n"
    assert dialect.skipinitialspace is True
    assert sniff("a, b,c\n").skipinitialspace is False
    assert sniff("a,b\n").lineterminator == "\n"


def test_sniff_rejects_empty():
    with pytest.raises(CsvError, match="cannot sniff an empty sample"):
        sniff("\n  \n")
    with pytest.raises(ValueError, match="at least one candidate delimiter"):
        sniff("a,b", delimiters="")


@pytest.mark.parametrize(
    "sample, expected",
    [
        ("name,age\nann,31\nbob,42\n", True),
        ("1,2\n3,4\n5,6\n", False),
        ("code,label\nAB,x\nCD,yy\n", True),
        ("AB,x\nCD,yy\nEF,z\n", False),
        ("only,row\n", False),
        ("id,word\n1,apple\n2,kiwi\n", True),
    ],
)
def test_has_header(sample, expected):
    assert has_header(sample) is expected


def test_has_header_with_explicit_dialect():
    assert has_header("x;y\n1;2\n", Dialect(delimiter=";")) is True


def test_has_header_with_ragged_rows():
    assert has_header("a,b,c\n1,2\n3,4\n", Dialect()) is True


def test_has_header_numeric_header_votes_against():
    assert has_header("1,name\n2,ann\n3,bob\n") is False


def test_has_header_with_converted_numbers():
    dialect = Dialect(quoting=QuoteStyle.NONNUMERIC)
    assert has_header('"total","n"\n1.5,2\n3,4\n', dialect) is True
    assert has_header("0,1\n1.5,2\n3,4\n", dialect) is False
