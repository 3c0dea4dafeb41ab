import pytest

from templite import FILTERS, TemplateRuntimeError, TemplateSyntaxError, Undefined, parse_expression
from templite.expressions import lookup


def evaluate(source, **scope):
    return parse_expression(source, 1, FILTERS).evaluate(scope)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("'text'", "text"),
        ('"dq"', "dq"),
        (r"'it\'s'", "it's"),
        (r'"a\nb"', "a\nb"),
        ("42", 42),
        ("-3", -3),
        ("2.5", 2.5),
        ("true", True),
        ("false", False),
        ("none", None),
        ("(1)", 1),
    ],
)
def test_literals(source, expected):
    assert evaluate(source) == expected


def test_paths(user):
    scope = {"user": user, "data": {"items": [10, 20, 30]}, "grid": [[1, 2], [3, 4]]}
    assert evaluate("user.name", **scope) == "Ada"
    assert evaluate("data.items.1", **scope) == 20
    assert evaluate("data.items.-1", **scope) == 30
    assert evaluate("grid.1.0", **scope) == 3


@pytest.mark.parametrize(
    "source, name",
    [
        ("missing", "missing"),
        ("data.nope", "data.nope"),
        ("data.items.9", "data.items.9"),
        ("missing.deep.er", "missing.deep.er"),
        ("user.nothing", "user.nothing"),
    ],
)
def test_undefined_paths(user, source, name):
    value = evaluate(source, data={"items": [1]}, user=user)
    assert isinstance(value, Undefined)
    assert value.name == name


def test_undefined_behaviour():
    value = Undefined("x")
    assert not value
    assert list(value) == []
    assert len(value) == 0
    assert str(value) == ""
    assert repr(value) == "Undefined('x')"


def test_lookup_prefers_mapping_keys_and_string_is_not_indexed():
    assert lookup({"0": "zero"}, "0") == "zero"
    assert isinstance(lookup("abc", "0"), Undefined)
    assert lookup("abc", "upper")() == "ABC"


@pytest.mark.parametrize(
    "source, expected",
    [
        ("a == 1", True),
        ("a != 1", False),
        ("a < 2", True),
        ("a > 2", False),
        ("a <= 1", True),
        ("a >= 2", False),
        ("'b' in word", True),
        ("'z' in word", False),
        ("'z' not in word", True),
        ("not a", False),
        ("not not a", True),
        ("a and word", "abc"),
        ("zero and word", 0),
        ("zero or word", "abc"),
        ("zero or empty", ""),
        ("a and zero or 'fallback'", "fallback"),
        ("not zero and a == 1", True),
        ("(zero or a) == 1", True),
        ("word|length > 2", True),
    ],
)
def test_comparisons_and_logic(source, expected):
    assert evaluate(source, a=1, zero=0, word="abc", empty="") == expected


def test_filters_with_arguments():
    assert evaluate("items|join('-')|upper", items=["a", "b"]) == "A-B"
    assert evaluate("x|default('d')", x=None) == "d"
    assert evaluate("x|truncate(5, '..')", x="abcdefgh") == "abc.."


def test_incomparable_values():
    with pytest.raises(TemplateRuntimeError, match="line 1: cannot compare str < int"):
        evaluate("a < b", a="x", b=1)


def test_failing_filter_reports_name():
    with pytest.raises(TemplateRuntimeError, match="line 1: filter 'upper' failed: expected text, got list"):
        evaluate("x|upper", x=[1])


@pytest.mark.parametrize(
    "source, message",
    [
        ("", "empty expression"),
        ("   ", "empty expression"),
        ("a b", "unexpected 'b' in expression"),
        ("a ==", "unexpected end of expression"),
        ("a | 5", "expected filter name after '|', found '5'"),
        ("a|nosuch", "unknown filter 'nosuch'"),
        ("a|join(',' ';')", "expected ',', found \"';'\""),
        ("(a", "expected ')', found 'end'"),
        ("a._private", "invalid attribute '_private' after '.'"),
        ("a.'k'", "invalid attribute \"'k'\" after '.'"),
        ("a.1.5x", "unexpected 'x' in expression"),
        ("a @ b", "unexpected character '@' in expression"),
        (")", "unexpected ')' in expression"),
    ],
)
def test_syntax_errors(source, message):
    with pytest.raises(TemplateSyntaxError) as info:
        parse_expression(source, 7, FILTERS)
    assert str(info.value) == f"line 7: {message}"
