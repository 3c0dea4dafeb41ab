"""The evaluator: special forms, procedure application and proper tail calls."""
from __future__ import annotations

from typing import Any

from .datatypes import Lambda, Primitive, Symbol, type_name
from .environment import Environment
from .errors import ArityError, FormError, LispError, LispTypeError
from .primitives import PRIMITIVES
from .printer import to_string
from .reader import read_all

SPECIAL_FORMS = frozenset({"quote", "if", "define", "set!", "lambda", "let", "begin", "and", "or"})
DOT = Symbol(".")


def _check_length(form: list, minimum: int, maximum: int | None, usage: str) -> None:
    if len(form) < minimum or (maximum is not None and len(form) > maximum):
        raise FormError(f"bad syntax: expected {usage}")


def _parse_params(spec: Any) -> tuple[list[Symbol], Symbol | None]:
    """Split a parameter spec into required names and an optional rest name."""
    if isinstance(spec, Symbol):
        return [], spec
    if not isinstance(spec, list):
        raise FormError(f"lambda parameters must be a list or symbol, got {type_name(spec)}")
    params = list(spec)
    rest: Symbol | None = None
    if DOT in params:
        dot = params.index(DOT)
        if dot != len(params) - 2:
            raise FormError("'.' must be followed by exactly one rest parameter")
        rest = params[-1]
        params = params[:dot]
    names = [*params, rest] if rest is not None else params
    for name in names:
        if not isinstance(name, Symbol):
            raise FormError(f"parameter must be a symbol, got {to_string(name)}")
    if len(set(names)) != len(names):
        raise FormError("duplicate parameter name")
    return params, rest


class Interpreter:
    """Holds the global environment and evaluates Lisp source."""

    def __init__(self) -> None:
        self.global_env = Environment(PRIMITIVES)
        for procedure in (
            Primitive("map", self._map, 2, 2),
            Primitive("filter", self._filter, 2, 2),
        ):
            self.global_env.define(procedure.name, procedure)

    def run(self, source: str) -> Any:
        """Evaluate every expression in ``source`` and return the last value."""
        result: Any = []
        for expression in read_all(source):
            result = self.evaluate(expression, self.global_env)
        return result

    def run_to_string(self, source: str) -> str:
        return to_string(self.run(source))

    def evaluate(self, expr: Any, env: Environment) -> Any:
        while True:
            if isinstance(expr, Symbol):
                return env.lookup(expr)
            if not isinstance(expr, list) or not expr:
                return expr
            head = expr[0]
            if isinstance(head, Symbol) and head in SPECIAL_FORMS:
                if head == "quote":
                    _check_length(expr, 2, 2, "(quote datum)")
                    return expr[1]
                if head == "if":
                    _check_length(expr, 3, 4, "(if test then [else])")
                    if self.evaluate(expr[1], env) is not False:
                        expr = expr[2]
                    elif len(expr) == 4:
                        expr = expr[3]
                    else:
                        return []
                    continue
                if head == "define":
                    return self._define(expr, env)
                if head == "set!":
                    _check_length(expr, 3, 3, "(set! name value)")
                    if not isinstance(expr[1], Symbol):
                        raise FormError("set!: target must be a symbol")
                    value = self.evaluate(expr[2], env)
                    env.assign(expr[1], value)
                    return value
                if head == "lambda":
                    _check_length(expr, 3, None, "(lambda params body...)")
                    params, rest = _parse_params(expr[1])
                    return Lambda(params, rest, expr[2:], env)
                if head == "let":
                    expr, env = self._let(expr, env)
                    continue
                if head == "begin":
                    if len(expr) == 1:
                        return []
                    for statement in expr[1:-1]:
                        self.evaluate(statement, env)
                    expr = expr[-1]
                    continue
                if len(expr) == 1:
                    return head == "and"
                stop_on_false = head == "and"
                for operand in expr[1:-1]:
                    value = self.evaluate(operand, env)
                    if (value is False) == stop_on_false:
                        return value
                expr = expr[-1]
                continue
            procedure = self.evaluate(head, env)
            arguments = [self.evaluate(argument, env) for argument in expr[1:]]
            if isinstance(procedure, Primitive):
                return self._call_primitive(procedure, arguments)
            if not isinstance(procedure, Lambda):
                raise LispError(f"not a procedure: {to_string(procedure)}")
            env = self._bind(procedure, arguments)
            for statement in procedure.body[:-1]:
                self.evaluate(statement, env)
            expr = procedure.body[-1]

    def apply(self, procedure: Any, arguments: list[Any]) -> Any:
        """Call ``procedure`` with already evaluated ``arguments``."""
        if isinstance(procedure, Primitive):
            return self._call_primitive(procedure, arguments)
        if not isinstance(procedure, Lambda):
            raise LispError(f"not a procedure: {to_string(procedure)}")
        env = self._bind(procedure, arguments)
        result: Any = []
        for statement in procedure.body:
            result = self.evaluate(statement, env)
        return result

    @staticmethod
    def _call_primitive(procedure: Primitive, arguments: list[Any]) -> Any:
        problem = procedure.arity_message(len(arguments))
        if problem is not None:
            raise ArityError(problem)
        return procedure.function(*arguments)

    @staticmethod
    def _bind(procedure: Lambda, arguments: list[Any]) -> Environment:
        problem = procedure.arity_message(len(arguments))
        if problem is not None:
            raise ArityError(problem)
        count = len(procedure.params)
        env = procedure.env.child(procedure.params, arguments[:count])
        if procedure.rest is not None:
            env.define(procedure.rest, arguments[count:])
        return env

    def _define(self, expr: list, env: Environment) -> Symbol:
        _check_length(expr, 3, None, "(define name value) or (define (name params...) body...)")
        target = expr[1]
        if isinstance(target, list):
            if not target or not isinstance(target[0], Symbol):
                raise FormError("define: procedure name must be a symbol")
            params, rest = _parse_params(target[1:])
            env.define(target[0], Lambda(params, rest, expr[2:], env, name=str(target[0])))
            return target[0]
        if not isinstance(target, Symbol):
            raise FormError(f"define: cannot define {to_string(target)}")
        _check_length(expr, 3, 3, "(define name value)")
        value = self.evaluate(expr[2], env)
        if isinstance(value, Lambda) and value.name is None:
            value.name = str(target)
        env.define(target, value)
        return target

    def _let(self, expr: list, env: Environment) -> tuple[Any, Environment]:
        _check_length(expr, 3, None, "(let ((name value)...) body...)")
        bindings = expr[1]
        if not isinstance(bindings, list):
            raise FormError("let: bindings must be a list")
        names: list[Symbol] = []
        values: list[Any] = []
        for binding in bindings:
            if not (isinstance(binding, list) and len(binding) == 2 and isinstance(binding[0], Symbol)):
                raise FormError(f"let: malformed binding {to_string(binding)}")
            if binding[0] in names:
                raise FormError(f"let: duplicate name {binding[0]}")
            names.append(binding[0])
            values.append(self.evaluate(binding[1], env))
        local = env.child(names, values)
        for statement in expr[2:-1]:
            self.evaluate(statement, local)
        return expr[-1], local

    def _map(self, procedure: Any, items: Any) -> list[Any]:
        if not isinstance(items, list):
            raise LispTypeError(f"map: expected list, got {type_name(items)}")
        return [self.apply(procedure, [item]) for item in items]

    def _filter(self, procedure: Any, items: Any) -> list[Any]:
        if not isinstance(items, list):
            raise LispTypeError(f"filter: expected list, got {type_name(items)}")
        return [item for item in items if self.apply(procedure, [item]) is not False]
