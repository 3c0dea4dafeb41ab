import pytest

from urlparts import URLError, build_query, parse_query, percent_decode, percent_encode, query_dict


@pytest.mark.parametrize(
    "text, safe, expected",
    [
        ("abc-._~XYZ019", "", "abc-._~XYZ019"),
        ("a b", "", "a%20b"),
        ("a/b?c", "/", "a/b%3Fc"),
        ("100%", "", "100%25"),
        ("é", "", "%C3%A9"),
        ("€", "", "%E2%82%AC"),
        ("😀", "", "%F0%9F%98%80"),
        ("", "", ""),
    ],
)
def test_percent_encode(text, safe, expected):
    assert percent_encode(text, safe) == expected


@pytest.mark.parametrize(
    "text, plus, expected",
    [
        ("a%20b", False, "a b"),
        ("a+b", False, "a+b"),
        ("a+b", True, "a b"),
        ("%c3%A9t%C3%A9", False, "été"),
        ("%2B", True, "+"),
        ("plain", False, "plain"),
        ("ü", False, "ü"),
    ],
)
def test_percent_decode(text, plus, expected):
    assert percent_decode(text, plus) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("%", "invalid percent-escape at offset 0 in '%'"),
        ("ab%4", "invalid percent-escape at offset 2 in 'ab%4'"),
        ("%zz", "invalid percent-escape at offset 0 in '%zz'"),
        ("%C3", "escapes in '%C3' do not form valid UTF-8"),
        ("%FF%FE", "escapes in '%FF%FE' do not form valid UTF-8"),
    ],
)
def test_percent_decode_errors(text, message):
    with pytest.raises(URLError) as info:
        percent_decode(text)
    assert str(info.value) == message


@pytest.mark.parametrize("text", ["hello world/ü?&=", "", "%41", "~tilde"])
def test_encode_decode_round_trip(text):
    assert percent_decode(percent_encode(text)) == text


@pytest.mark.parametrize(
    "query, expected",
    [
        ("a=1&b=2", [("a", "1"), ("b", "2")]),
        ("?a=1", [("a", "1")]),
        ("a=1&a=2", [("a", "1"), ("a", "2")]),
        ("q=hello+world%21", [("q", "hello world!")]),
        ("flag&x=", [("flag", ""), ("x", "")]),
        ("&&a=1&", [("a", "1")]),
        ("eq=a=b", [("eq", "a=b")]),
        ("", []),
        ("%E2%82%AC=euro", [("€", "euro")]),
    ],
)
def test_parse_query(query, expected):
    assert parse_query(query) == expected


def test_parse_query_drops_blank_values():
    assert parse_query("a=&b=1&c", keep_blank=False) == [("b", "1")]


def test_parse_query_invalid_escape():
    with pytest.raises(URLError):
        parse_query("a=%G1")


def test_query_dict_groups_values():
    assert query_dict("a=1&b=2&a=3") == {"a": ["1", "3"], "b": ["2"]}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"a": 1, "b": "x y"}, "a=1&b=x+y"),
        ([("a", "1"), ("a", "2")], "a=1&a=2"),
        ({"tags": ["x", "y"], "n": (1, 2)}, "tags=x&tags=y&n=1&n=2"),
        ({"on": True, "off": False, "none": None}, "on=true&off=false&none="),
        ({"sym": "a&b=c+d%"}, "sym=a%26b%3Dc%2Bd%25"),
        ({"ключ": "é"}, "%D0%BA%D0%BB%D1%8E%D1%87=%C3%A9"),
        ({"f": 2.5}, "f=2.5"),
        ({}, ""),
        ({"empty": []}, ""),
    ],
)
def test_build_query(params, expected):
    assert build_query(params) == expected


@pytest.mark.parametrize("params", [{"": 1}, [(1, "x")]])
def test_build_query_rejects_bad_names(params):
    with pytest.raises(URLError, match="query parameter names must be non-empty strings"):
        build_query(params)


def test_build_then_parse_round_trip():
    pairs = [("name", "Zoë & co"), ("q", "1+1=2"), ("blank", "")]
    assert parse_query(build_query(pairs)) == pairs
