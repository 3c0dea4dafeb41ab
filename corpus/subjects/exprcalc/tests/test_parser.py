import pytest

from exprcalc.errors import ParseError
from exprcalc.nodes import Assign, BinaryOp, Call, Name, Number, UnaryOp, depth, free_variables, to_text
from exprcalc.syntax import Parser, parse, parse_statement


@pytest.mark.parametrize(
    "source, expected",
    [
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("1 - 2 - 3", "((1 - 2) - 3)"),
        ("8 / 4 / 2", "((8 / 4) / 2)"),
        ("7 % 3 * 2", "((7 % 3) * 2)"),
        ("2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"),
        ("-2 ^ 2", "(-(2 ^ 2))"),
        ("2 ^ -1", "(2 ^ (-1))"),
        ("--x", "(-(-x))"),
        ("+x * 2", "((+x) * 2)"),
        ("(1 + 2) * 3", "((1 + 2) * 3)"),
        ("max(1, y + 2)", "max(1, (y + 2))"),
        ("f()", "f()"),
        ("2.5", "2.5"),
    ],
)
def test_precedence_and_associativity(source, expected):
    assert to_text(parse(source)) == expected


def test_node_structure_and_positions():
    tree = parse("a + f(2)")
    assert tree == BinaryOp("+", Name("a", 0), Call("f", (Number(2, 6),), 4), 2)


def test_unary_node_position():
    assert parse(" -x") == UnaryOp("-", Name("x", 2), 1)


def test_assignment_statement():
    node = parse_statement("total = x * 2")
    assert isinstance(node, Assign)
    assert node.target == "total"
    assert to_text(node) == "total = (x * 2)"


def test_statement_without_assignment_is_expression():
    assert parse_statement("x + 1") == parse("x + 1")


@pytest.mark.parametrize(
    "source, position, message",
    [
        ("", 0, "Unexpected end of expression"),
        ("1 +", 3, "Unexpected end of expression"),
        ("1 2", 2, "Unexpected token '2'"),
        ("(1 + 2", 6, "Expected ')' to close '('"),
        ("max(1 2)", 6, "Expected ',' or ')' in call to 'max'"),
        ("* 3", 0, "Unexpected token '*'"),
        (")", 0, "Unexpected token ')'"),
        ("x = 1", 2, "Unexpected token '='"),
    ],
)
def test_parse_errors(source, position, message):
    with pytest.raises(ParseError) as info:
        parse(source)
    assert (info.value.position, info.value.message) == (position, message)


def test_assignment_requires_value():
    with pytest.raises(ParseError, match="Unexpected end of expression at position 4"):
        parse_statement("a = ")


def test_assignment_rejects_trailing_tokens():
    with pytest.raises(ParseError, match="Unexpected token '3' at position 6"):
        parse_statement("a = 2 3")


def test_caret_points_at_error():
    source = "1 + * 2"
    with pytest.raises(ParseError) as info:
        parse(source)
    assert info.value.caret(source) == "1 + * 2\n    ^"


def test_caret_clamps_position():
    error = ParseError("boom", 99)
    assert error.caret("ab") == "ab\n  ^"


def test_parser_exposes_current_token():
    parser = Parser("x")
    assert parser.current.text == "x"


def test_free_variables_in_first_use_order():
    assert free_variables(parse("b * a + max(b, c) - a")) == ["b", "a", "c"]


def test_free_variables_of_assignment():
    assert free_variables(parse_statement("z = -y ^ w")) == ["y", "w"]


@pytest.mark.parametrize(
    "source, expected",
    [("1", 1), ("-1", 2), ("1 + 2 * 3", 3), ("max()", 1), ("min(1, (2 + 3) * 4)", 4)],
)
def test_depth(source, expected):
    assert depth(parse(source)) == expected


def test_depth_of_assignment():
    assert depth(parse_statement("a = 1 + 2")) == 3


def test_to_text_rejects_foreign_objects():
    with pytest.raises(TypeError, match="not an expression node"):
        to_text("oops")


def test_free_variables_of_constant_expression():
    assert free_variables(Number(1, 0)) == []
