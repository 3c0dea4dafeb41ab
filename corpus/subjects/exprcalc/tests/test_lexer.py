import pytest

from exprcalc.errors import LexError
from exprcalc.lexer import Token, TokenKind, tokenize


def kinds(source):
    return [token.kind for token in tokenize(source)]


def test_empty_source_yields_only_end():
    assert tokenize("") == [Token(TokenKind.END, "", 0)]


def test_tokens_carry_positions():
    tokens = tokenize("ab + 12")
    assert [(t.kind, t.text, t.position) for t in tokens] == [
        (TokenKind.NAME, "ab", 0),
        (TokenKind.OPERATOR, "+", 3),
        (TokenKind.NUMBER, "12", 5),
        (TokenKind.END, "", 7),
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        ("42", 42),
        ("3.25", 3.25),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e3", 1000.0),
        ("2.5E-2", 0.025),
        ("7e+1", 70.0),
    ],
)
def test_number_values(text, value):
    token = tokenize(text)[0]
    assert token.kind is TokenKind.NUMBER
    assert token.text == text
    assert token.value == value
    assert type(token.value) is type(value)


def test_double_star_is_power_operator():
    tokens = tokenize("2**3")
    assert [t.text for t in tokens] == ["2", "^", "3", ""]
    assert tokens[2].position == 3


def test_punctuation_kinds():
    assert kinds("f(a, b) = ") == [
        TokenKind.NAME,
        TokenKind.LPAREN,
        TokenKind.NAME,
        TokenKind.COMMA,
        TokenKind.NAME,
        TokenKind.RPAREN,
        TokenKind.ASSIGN,
        TokenKind.END,
    ]


def test_names_may_contain_digits_and_underscores():
    assert tokenize("_a1b2 c")[0].text == "_a1b2"


def test_value_of_non_number_token_raises():
    with pytest.raises(ValueError, match="not a number"):
        tokenize("abc")[0].value


@pytest.mark.parametrize(
    "source, position, message",
    [
        ("1 + $", 4, "Unexpected character '$'"),
        ("3 . 4", 2, "Malformed number '.'"),
        ("1e", 1, "Malformed exponent"),
        ("2E+x", 1, "Malformed exponent"),
    ],
)
def test_lex_errors_report_position(source, position, message):
    with pytest.raises(LexError) as info:
        tokenize(source)
    assert info.value.position == position
    assert info.value.message == message
    assert str(info.value) == f"{message} at position {position}"


def test_tokenize_rejects_non_string():
    with pytest.raises(TypeError, match="expected str, got int"):
        tokenize(5)
