import pytest

from tinylisp.datatypes import Symbol
from tinylisp.errors import ReaderError
from tinylisp.reader import Reader, parse_atom, read, read_all, tokenize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("42", 42),
        ("-7", -7),
        ("+3", 3),
        ("2.5", 2.5),
        (".5", 0.5),
        ("1e3", 1000.0),
        ("-2.", -2.0),
        ("#t", True),
        ("#f", False),
    ],
)
def test_atoms(text, expected):
    value = parse_atom(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("text", ["foo", "-", "+", "set!", "inf", "nan", "1+", "list->string", "."])
def test_symbols(text):
    value = parse_atom(text)
    assert isinstance(value, Symbol)
    assert value == text


def test_nested_lists():
    assert read("(a (b 1) () (c (d)))") == [
        Symbol("a"),
        [Symbol("b"), 1],
        [],
        [Symbol("c"), [Symbol("d")]],
    ]


def test_quote_shorthand():
    assert read("'(1 'x)") == [Symbol("quote"), [1, [Symbol("quote"), Symbol("x")]]]


def test_strings_with_escapes_are_not_symbols():
    value = read(r'"a \"q\" \\ b\n\tc"')
    assert value == 'a "q" \\ b\n\tc'
    assert not isinstance(value, Symbol)


def test_string_delimits_atoms():
    assert read_all('abc"x"') == [Symbol("abc"), "x"]


def test_comments_and_whitespace_are_ignored():
    assert read_all("; header\n1 ; one\n  2\n;tail") == [1, 2]


def test_token_lines():
    tokens = list(tokenize('(a\n "x\ny"\n b)'))
    assert [(t.kind, t.line) for t in tokens] == [
        ("(", 1),
        ("atom", 1),
        ("string", 2),
        ("atom", 4),
        (")", 4),
    ]


def test_read_all_empty_source():
    assert read_all("   ; nothing\n") == []


@pytest.mark.parametrize(
    "source, message",
    [
        ("(a b", "line 1: unclosed '(' opened on line 1"),
        ("(a\n(b)\n", "line 2: unclosed '(' opened on line 1"),
        (")", "line 1: unexpected ')'"),
        ("a\n)", "line 2: unexpected ')'"),
        ('"abc', "line 1: unterminated string"),
        ('"abc\\', "line 1: unterminated string"),
        ('"a\\qb"', "line 1: unknown escape \\q"),
        ("'", "line 1: quote with nothing to quote"),
        ("", "line 1: expected exactly one expression, found 0"),
        ("1 2", "line 1: expected exactly one expression, found 2"),
    ],
)
def test_reader_errors(source, message):
    with pytest.raises(ReaderError) as info:
        read(source)
    assert str(info.value) == message


def test_reader_error_line_attribute():
    with pytest.raises(ReaderError) as info:
        read_all('\n\n"open')
    assert info.value.line == 3


def test_read_past_end_raises():
    reader = Reader("x")
    assert reader.read() == Symbol("x")
    assert reader.at_end()
    with pytest.raises(ReaderError, match="unexpected end of input"):
        reader.read()


def test_symbol_repr():
    assert repr(Symbol("abc")) == "Symbol('abc')"
