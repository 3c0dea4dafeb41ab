"""Evaluation of expression trees against a variable environment."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Mapping

from .errors import EvalError
from .nodes import Assign, BinaryOp, Call, Name, Node, Number, UnaryOp
from .syntax import parse, parse_statement

Value = int | float
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}


def round_half_away(value: Value, digits: Value = 0) -> Value:
    """Round ``value`` to ``digits`` decimals, sending halves away from zero."""
    if isinstance(digits, float):
        if not digits.is_integer():
            raise ValueError("round() digits must be a whole number")
        digits = int(digits)
    factor = 10 ** digits
    magnitude = math.floor(abs(value) * factor + 0.5) / factor
    result = math.copysign(magnitude, value)
    if digits <= 0:
        return int(result)
    return result


def minimum(*values: Value) -> Value:
    """Return the smallest of one or more values."""
    return min(values)


def maximum(*values: Value) -> Value:
    """Return the largest of one or more values."""
    return max(values)


@dataclass(frozen=True)
class Builtin:
    function: Callable[..., Value]
    min_args: int
    max_args: int | None

    def check_arity(self, name: str, count: int) -> str | None:
        """Return an error message if ``count`` arguments are not acceptable."""
        if self.max_args is None:
            if count < self.min_args:
                return f"{name}() takes at least {self.min_args} argument(s), got {count}"
            return None
        if not self.min_args <= count <= self.max_args:
            if self.min_args == self.max_args:
                expected = str(self.min_args)
            else:
                expected = f"{self.min_args} to {self.max_args}"
            return f"{name}() takes {expected} argument(s), got {count}"
        return None


BUILTINS: dict[str, Builtin] = {
    "min": Builtin(minimum, 1, None),
    "max": Builtin(maximum, 1, None),
    "abs": Builtin(abs, 1, 1),
    "round": Builtin(round_half_away, 1, 2),
}


def _check_number(name: str, value: object) -> Value:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"variable {name!r} must be a number, got {type(value).__name__}")
    return value


class Evaluator:
    """Evaluates expression nodes; assignments update :attr:`variables`."""

    def __init__(self, variables: Mapping[str, Value] | None = None) -> None:
        self.variables: dict[str, Value] = {}
        for name, value in (variables or {}).items():
            if name in CONSTANTS:
                raise ValueError(f"cannot redefine constant {name!r}")
            self.variables[name] = _check_number(name, value)

    def lookup(self, name: str, position: int) -> Value:
        if name in self.variables:
            return self.variables[name]
        if name in CONSTANTS:
            return CONSTANTS[name]
        raise EvalError(f"Undefined variable {name!r}", position)

    def evaluate(self, node: Node) -> Value:
        if isinstance(node, Number):
            return node.value
        if isinstance(node, Name):
            return self.lookup(node.identifier, node.position)
        if isinstance(node, UnaryOp):
            operand = self.evaluate(node.operand)
            return -operand if node.operator == "-" else operand
        if isinstance(node, BinaryOp):
            return self._binary(node)
        if isinstance(node, Call):
            return self._call(node)
        if isinstance(node, Assign):
            if node.target in CONSTANTS:
                raise EvalError(f"Cannot assign to constant {node.target!r}", node.position)
            value = self.evaluate(node.value)
            self.variables[node.target] = value
            return value
        raise TypeError(f"not an expression node: {node!r}")

    def _binary(self, node: BinaryOp) -> Value:
        left = self.evaluate(node.left)
        right = self.evaluate(node.right)
        operator = node.operator
        if operator == "+":
            return left + right
        if operator == "-":
            return left - right
        if operator == "*":
            return left * right
        if operator == "/":
            if right == 0:
                raise EvalError("Division by zero", node.position)
            return left / right
        if operator == "%":
            if right == 0:
                raise EvalError("Modulo by zero", node.position)
            return left % right
        return self._power(left, right, node.position)

    @staticmethod
    def _power(base: Value, exponent: Value, position: int) -> Value:
        if base == 0 and exponent < 0:
            raise EvalError("Zero cannot be raised to a negative power", position)
        if base < 0 and isinstance(exponent, float) and not exponent.is_integer():
            raise EvalError("Negative base with fractional exponent", position)
        try:
            return base ** exponent
        except OverflowError:
            raise EvalError("Numeric overflow", position) from None

    def _call(self, node: Call) -> Value:
        builtin = BUILTINS.get(node.function)
        if builtin is None:
            raise EvalError(f"Unknown function {node.function!r}", node.position)
        problem = builtin.check_arity(node.function, len(node.arguments))
        if problem is not None:
            raise EvalError(problem, node.position)
        arguments = [self.evaluate(argument) for argument in node.arguments]
        try:
            return builtin.function(*arguments)
        except ValueError as error:
            raise EvalError(str(error), node.position) from None


@dataclass
class Calculator:
    """A stateful calculator that remembers variables and the results of each line."""

    evaluator: Evaluator = field(default_factory=Evaluator)
    history: list[tuple[str, Value]] = field(default_factory=list)

    def run(self, line: str) -> Value:
        result = self.evaluator.evaluate(parse_statement(line))
        self.history.append((line, result))
        self.evaluator.variables["ans"] = result
        return result

    @property
    def last(self) -> Value | None:
        return self.history[-1][1] if self.history else None


def evaluate(source: str, variables: Mapping[str, Value] | None = None) -> Value:
    """Parse and evaluate a single expression."""
    return Evaluator(variables).evaluate(parse(source))
