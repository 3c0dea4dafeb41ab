import math

import pytest

from exprcalc import evaluate
from exprcalc.errors import EvalError
from exprcalc.evaluator import Builtin, Evaluator, round_half_away
from exprcalc.syntax import parse, parse_statement


@pytest.mark.parametrize(
    "source, expected",
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("7 / 2", 3.5),
        ("6 / 3", 2.0),
        ("7 % 3", 1),
        ("-7 % 3", 2),
        ("2 ^ 3 ^ 2", 512),
        ("2 ** 10", 1024),
        ("-2 ^ 2", -4),
        ("(-2) ^ 2", 4),
        ("2 ^ -1", 0.5),
        ("--3", 3),
        ("+4 - -1", 5),
        ("1.5e1 + 0.5", 15.5),
        ("(-8) ^ 2.0", 64.0),
    ],
)
def test_arithmetic(source, expected):
    result = evaluate(source)
    assert result == expected
    assert type(result) is type(expected)


def test_variables(evaluator):
    assert evaluator.evaluate(parse("x * y + big")) == 23.5


def test_constants():
    assert evaluate("pi") == math.pi
    assert evaluate("2 * e") == 2 * math.e


def test_lookup_prefers_variables_then_constants(evaluator):
    evaluator.variables["z"] = 1
    assert evaluator.lookup("z", 0) == 1
    assert evaluator.lookup("pi", 0) == math.pi


@pytest.mark.parametrize(
    "source, expected",
    [
        ("min(3, 1, 2)", 1),
        ("max(3, 1, 2)", 3),
        ("max(-5)", -5),
        ("abs(-2.5)", 2.5),
        ("abs(4)", 4),
        ("round(2.5)", 3),
        ("round(-2.5)", -3),
        ("round(2.4)", 2),
        ("round(1.25, 1)", 1.3),
        ("round(-1.25, 1)", -1.3),
        ("round(1234, -2)", 1200),
        ("round(1250, -2.0)", 1300),
        ("max(1, 2) + min(4, 5) * 2", 10),
    ],
)
def test_builtins(source, expected):
    result = evaluate(source)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    "source, position, message",
    [
        ("1 / 0", 2, "Division by zero"),
        ("1 / (x - 3)", 2, "Division by zero"),
        ("5 % 0", 2, "Modulo by zero"),
        ("0 ^ -1", 2, "Zero cannot be raised to a negative power"),
        ("(-8) ^ 0.5", 5, "Negative base with fractional exponent"),
        ("2.0 ^ 5000", 4, "Numeric overflow"),
        ("q + 1", 0, "Undefined variable 'q'"),
        ("1 + sqrt(4)", 4, "Unknown function 'sqrt'"),
        ("abs(1, 2)", 0, "abs() takes 1 argument(s), got 2"),
        ("round()", 0, "round() takes 1 to 2 argument(s), got 0"),
        ("min()", 0, "min() takes at least 1 argument(s), got 0"),
        ("round(1, 0.5)", 0, "round() digits must be a whole number"),
    ],
)
def test_evaluation_errors(source, position, message):
    with pytest.raises(EvalError) as info:
        evaluate(source, {"x": 3})
    assert (info.value.position, info.value.message) == (position, message)


def test_assignment_updates_variables(evaluator):
    assert evaluator.evaluate(parse_statement("w = x + 1")) == 4
    assert evaluator.variables["w"] == 4


def test_cannot_assign_constant(evaluator):
    with pytest.raises(EvalError, match="Cannot assign to constant 'pi' at position 0"):
        evaluator.evaluate(parse_statement("pi = 3"))


@pytest.mark.parametrize(
    "variables, error, message",
    [
        ({"e": 1}, ValueError, "cannot redefine constant 'e'"),
        ({"a": "1"}, TypeError, "variable 'a' must be a number, got str"),
        ({"a": True}, TypeError, "variable 'a' must be a number, got bool"),
    ],
)
def test_invalid_initial_variables(variables, error, message):
    with pytest.raises(error, match=message):
        Evaluator(variables)


def test_evaluate_rejects_unknown_node(evaluator):
    with pytest.raises(TypeError, match="not an expression node"):
        evaluator.evaluate(object())


def test_round_half_away_returns_int_for_non_positive_digits():
    assert round_half_away(0.5) == 1
    assert round_half_away(-0.4) == 0
    assert round_half_away(2.675, 1) == 2.7


def test_builtin_arity_accepts_valid_counts():
    spec = Builtin(max, 2, 3)
    assert spec.check_arity("f", 2) is None
    assert spec.check_arity("f", 3) is None
    assert spec.check_arity("f", 4) == "f() takes 2 to 3 argument(s), got 4"
    assert spec.check_arity("f", 1) == "f() takes 2 to 3 argument(s), got 1"
