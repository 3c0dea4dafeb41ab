"""Built-in procedures available in the global environment."""
from __future__ import annotations

import math
from functools import reduce
from typing import Any, Callable

from .datatypes import Lambda, Primitive, Symbol, is_number, type_name
from .errors import LispError, LispTypeError

PRIMITIVES: dict[str, Primitive] = {}


def primitive(name: str, min_args: int = 0, max_args: int | None = None) -> Callable:
    """Register the decorated function as a primitive called ``name``."""

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        PRIMITIVES[name] = Primitive(name, function, min_args, max_args)
        return function

    return register


def _require(name: str, predicate: Callable[[Any], bool], expected: str, values: tuple) -> None:
    for value in values:
        if not predicate(value):
            raise LispTypeError(f"{name}: expected {expected}, got {type_name(value)}")


def _numbers(name: str, values: tuple) -> None:
    _require(name, is_number, "number", values)


def _lists(name: str, values: tuple) -> None:
    _require(name, lambda value: isinstance(value, list), "list", values)


def _exact_or_float(numerator: int | float, denominator: int | float) -> int | float:
    if isinstance(numerator, int) and isinstance(denominator, int) and numerator % denominator == 0:
        return numerator // denominator
    return numerator / denominator


@primitive("+")
def add(*values: Any) -> Any:
    _numbers("+", values)
    return sum(values)


@primitive("-", 1)
def subtract(first: Any, *rest: Any) -> Any:
    _numbers("-", (first, *rest))
    if not rest:
        return -first
    return reduce(lambda total, value: total - value, rest, first)


@primitive("*")
def multiply(*values: Any) -> Any:
    _numbers("*", values)
    return math.prod(values)


@primitive("/", 1)
def divide(first: Any, *rest: Any) -> Any:
    _numbers("/", (first, *rest))
    if not rest:
        first, rest = 1, (first,)
    result = first
    for value in rest:
        if value == 0:
            raise LispError("/: division by zero")
        result = _exact_or_float(result, value)
    return result


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@primitive("modulo", 2, 2)
def modulo(dividend: int, divisor: int) -> int:
    _require("modulo", _is_integer, "integer", (dividend, divisor))
    if divisor == 0:
        raise LispError("modulo: division by zero")
    return dividend % divisor


def _chain(name: str, test: Callable[[Any, Any], bool]) -> None:
    def compare(*values: Any) -> bool:
        _numbers(name, values)
        return all(test(left, right) for left, right in zip(values, values[1:]))

    PRIMITIVES[name] = Primitive(name, compare, 1)


_chain("=", lambda left, right: left == right)
_chain("<", lambda left, right: left < right)
_chain(">", lambda left, right: left > right)
_chain("<=", lambda left, right: left <= right)
_chain(">=", lambda left, right: left >= right)


@primitive("not", 1, 1)
def negate(value: Any) -> bool:
    return value is False


@primitive("eq?", 2, 2)
def identical(left: Any, right: Any) -> bool:
    if isinstance(left, (list, Lambda)):
        return left is right
    return type(left) is type(right) and left == right


@primitive("equal?", 2, 2)
def equal(left: Any, right: Any) -> bool:
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(equal(a, b) for a, b in zip(left, right))
    return identical(left, right)


@primitive("car", 1, 1)
def car(items: Any) -> Any:
    _lists("car", (items,))
    if not items:
        raise LispError("car: empty list")
    return items[0]


@primitive("cdr", 1, 1)
def cdr(items: Any) -> list:
    _lists("cdr", (items,))
    if not items:
        raise LispError("cdr: empty list")
    return items[1:]


@primitive("cons", 2, 2)
def cons(head: Any, tail: Any) -> list:
    _lists("cons", (tail,))
    return [head, *tail]


@primitive("list")
def make_list(*values: Any) -> list:
    return list(values)


@primitive("length", 1, 1)
def length(items: Any) -> int:
    _lists("length", (items,))
    return len(items)


@primitive("append")
def append(*lists: Any) -> list:
    _lists("append", lists)
    return [item for items in lists for item in items]


@primitive("list-ref", 2, 2)
def list_ref(items: Any, index: Any) -> Any:
    _lists("list-ref", (items,))
    _require("list-ref", _is_integer, "integer", (index,))
    if not 0 <= index < len(items):
        raise LispError(f"list-ref: index {index} out of range for list of length {len(items)}")
    return items[index]


PREDICATES: dict[str, Callable[[Any], bool]] = {
    "null?": lambda value: isinstance(value, list) and not value,
    "list?": lambda value: isinstance(value, list),
    "pair?": lambda value: isinstance(value, list) and bool(value),
    "number?": is_number,
    "symbol?": lambda value: isinstance(value, Symbol),
    "string?": lambda value: isinstance(value, str) and not isinstance(value, Symbol),
    "boolean?": lambda value: isinstance(value, bool),
    "procedure?": lambda value: isinstance(value, (Lambda, Primitive)),
}
PRIMITIVES.update({name: Primitive(name, test, 1, 1) for name, test in PREDICATES.items()})
