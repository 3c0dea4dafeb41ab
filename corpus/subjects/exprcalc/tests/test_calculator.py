import pytest

from exprcalc.errors import EvalError, ExprError, LexError, ParseError


def test_last_is_none_initially(calculator):
    assert calculator.last is None
    assert calculator.history == []


def test_session_keeps_variables(calculator):
    assert calculator.run("a = 2") == 2
    assert calculator.run("b = a ^ 3") == 8
    assert calculator.run("a + b") == 10
    assert calculator.history == [("a = 2", 2), ("b = a ^ 3", 8), ("a + b", 10)]
    assert calculator.last == 10


def test_ans_holds_previous_result(calculator):
    calculator.run("6 * 7")
    assert calculator.run("ans / 2") == 21.0
    assert calculator.evaluator.variables["ans"] == 21.0


def test_failed_line_is_not_recorded(calculator):
    calculator.run("1 + 1")
    with pytest.raises(EvalError):
        calculator.run("nothing * 2")
    assert calculator.history == [("1 + 1", 2)]
    assert calculator.last == 2


@pytest.mark.parametrize(
    "line, error",
    [("1 +", ParseError), ("1 # 2", LexError), ("1 / 0", EvalError)],
)
def test_all_errors_share_base(calculator, line, error):
    with pytest.raises(ExprError) as info:
        calculator.run(line)
    assert type(info.value) is error
