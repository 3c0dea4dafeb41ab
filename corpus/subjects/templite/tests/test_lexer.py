import pytest

from templite import TemplateSyntaxError, Token, TokenType, iter_tokens


def tokens(source):
    return [(token.type, token.content, token.line) for token in iter_tokens(source)]


def test_empty_source():
    assert tokens("") == []


def test_plain_text():
    assert tokens("hello\nworld") == [(TokenType.TEXT, "hello\nworld", 1)]


def test_all_token_kinds_with_lines():
    source = "a {{ x }}\n{% if y %}b{# note\nmore #}\n{% endif %}"
    assert tokens(source) == [
        (TokenType.TEXT, "a ", 1),
        (TokenType.OUTPUT, "x", 1),
        (TokenType.TEXT, "\n", 1),
        (TokenType.BLOCK, "if y", 2),
        (TokenType.TEXT, "b", 2),
        (TokenType.COMMENT, "note\nmore", 2),
        (TokenType.TEXT, "\n", 3),
        (TokenType.BLOCK, "endif", 4),
    ]


def test_whitespace_control_strips_neighbouring_text():
    assert tokens("a  \n {%- x -%} \n b") == [
        (TokenType.TEXT, "a", 1),
        (TokenType.BLOCK, "x", 2),
        (TokenType.TEXT, "b", 2),
    ]


def test_whitespace_control_can_remove_text_entirely():
    assert tokens("{{ a -}}   {{- b }}") == [(TokenType.OUTPUT, "a", 1), (TokenType.OUTPUT, "b", 1)]


def test_lone_braces_are_text():
    assert tokens("{ x } %} }}") == [(TokenType.TEXT, "{ x } %} }}", 1)]


@pytest.mark.parametrize(
    "source, message",
    [
        ("{{ x", "line 1: unclosed '{{' tag"),
        ("a\nb {% if", "line 2: unclosed '{%' tag"),
        ("{{ a }}\n\n{# c", "line 3: unclosed '{#' tag"),
        ("{% x }}", "line 1: unclosed '{%' tag"),
    ],
)
def test_unclosed_tags(source, message):
    with pytest.raises(TemplateSyntaxError) as info:
        list(iter_tokens(source))
    assert str(info.value) == message


def test_token_is_immutable():
    token = Token(TokenType.TEXT, "x", 1)
    with pytest.raises(AttributeError):
        token.content = "y"
