import pytest

from jsonpathlite import JSONPathSyntaxError, Kind, tokenize


def kinds_and_values(source):
    return [(token.kind, token.value) for token in tokenize(source)]


def test_simple_path():
    assert kinds_and_values("$.a[0]") == [
        (Kind.ROOT, "$"),
        (Kind.DOT, "."),
        (Kind.NAME, "a"),
        (Kind.LBRACKET, "["),
        (Kind.INT, 0),
        (Kind.RBRACKET, "]"),
        (Kind.END, None),
    ]


def test_descendant_and_filter_symbols():
    assert [token.kind for token in tokenize("$..x[?(!@.a && @.b || @.c)]")] == [
        Kind.ROOT, Kind.DESCENDANT, Kind.NAME, Kind.LBRACKET, Kind.QUESTION, Kind.LPAREN,
        Kind.NOT, Kind.CURRENT, Kind.DOT, Kind.NAME, Kind.AND, Kind.CURRENT, Kind.DOT, Kind.NAME,
        Kind.OR, Kind.CURRENT, Kind.DOT, Kind.NAME, Kind.RPAREN, Kind.RBRACKET, Kind.END,
    ]


@pytest.mark.parametrize("operator", ["==", "!=", "<", "<=", ">", ">="])
def test_comparison_operators(operator):
    assert kinds_and_values(f"1{operator}2")[1] == (Kind.COMPARE, operator)


@pytest.mark.parametrize(
    "source, kind, value",
    [
        ("42", Kind.INT, 42),
        ("-7", Kind.INT, -7),
        ("2.5", Kind.NUMBER, 2.5),
        ("1e2", Kind.NUMBER, 100.0),
        ("-1.5E-1", Kind.NUMBER, -0.15),
        ("'single'", Kind.STRING, "single"),
        ('"double"', Kind.STRING, "double"),
        (r"'it\'s'", Kind.STRING, "it's"),
        (r'"tab\there"', Kind.STRING, "tab\there"),
        (r"'\u00e9\\'", Kind.STRING, "é\\"),
        ("'a\"b'", Kind.STRING, 'a"b'),
        ("name_1", Kind.NAME, "name_1"),
    ],
)
def test_literal_tokens(source, kind, value):
    token = tokenize(source)[0]
    assert (token.kind, token.value) == (kind, value)


def test_positions_skip_whitespace():
    assert [token.position for token in tokenize("$ [ 'a' ]")] == [0, 2, 4, 8, 9]


@pytest.mark.parametrize(
    "source, message, position",
    [
        ("$.a#", "unexpected character '#'", 3),
        ("$['abc", "unterminated string", 2),
        (r"$['\q']", "invalid escape \\q", 3),
        (r"$['\u12']", "invalid \\u escape", 3),
        ("$[?@.a = 1]", "unexpected character '='", 7),
        ("$[?@.a & 1]", "unexpected character '&'", 7),
    ],
)
def test_lexer_errors(source, message, position):
    with pytest.raises(JSONPathSyntaxError) as info:
        tokenize(source)
    assert (info.value.message, info.value.position) == (message, position)
    assert str(info.value) == f"{message} at position {position}"


def test_tokenize_requires_string():
    with pytest.raises(TypeError, match="expected str, got NoneType"):
        tokenize(None)
