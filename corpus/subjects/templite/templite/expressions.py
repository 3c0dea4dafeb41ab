"""Expressions inside tags: paths, literals, filters, comparisons and boolean logic."""
from __future__ import annotations

import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Callable

from .errors import TemplateRuntimeError, TemplateSyntaxError

TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
      | (?P<number>-?\d+(?:\.\d+)?)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<op>==|!=|<=|>=|[<>|.(),])
    )""",
    re.VERBOSE,
)
KEYWORD_LITERALS = {"true": True, "false": False, "none": None}
COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
    "in": lambda left, right: left in right,
    "not in": lambda left, right: left not in right,
}


class Undefined:
    """Stands in for a missing variable: falsy, empty and rendered as nothing."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __bool__(self) -> bool:
        return False

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return f"Undefined({self.name!r})"


def lookup(value: Any, key: str) -> Any:
    """Look ``key`` up as a mapping key, a sequence index or a public attribute."""
    if isinstance(value, Mapping):
        return value[key] if key in value else Undefined(key)
    if key.lstrip("-").isdigit() and isinstance(value, Sequence) and not isinstance(value, str):
        index = int(key)
        return value[index] if -len(value) <= index < len(value) else Undefined(key)
    if isinstance(value, Undefined):
        return Undefined(f"{value.name}.{key}")
    return getattr(value, key, Undefined(key))


@dataclass(frozen=True)
class Literal:
    value: Any

    def evaluate(self, scope: Mapping[str, Any]) -> Any:
        return self.value


@dataclass(frozen=True)
class Path:
    parts: tuple[str, ...]

    def evaluate(self, scope: Mapping[str, Any]) -> Any:
        head = self.parts[0]
        value = scope[head] if head in scope else Undefined(head)
        for part in self.parts[1:]:
            value = lookup(value, part)
        if isinstance(value, Undefined):
            return Undefined(".".join(self.parts))
        return value


@dataclass(frozen=True)
class FilterCall:
    target: Any
    name: str
    function: Callable[..., Any]
    arguments: tuple[Any, ...]
    line: int

    def evaluate(self, scope: Mapping[str, Any]) -> Any:
        value = self.target.evaluate(scope)
        arguments = [argument.evaluate(scope) for argument in self.arguments]
        try:
            return self.function(value, *arguments)
        except (TypeError, ValueError) as error:
            raise TemplateRuntimeError(f"line {self.line}: filter '{self.name}' failed: {error}") from None


@dataclass(frozen=True)
class Compare:
    operator: str
    left: Any
    right: Any
    line: int

    def evaluate(self, scope: Mapping[str, Any]) -> bool:
        left, right = self.left.evaluate(scope), self.right.evaluate(scope)
        try:
            return COMPARISONS[self.operator](left, right)
        except TypeError:
            raise TemplateRuntimeError(
                f"line {self.line}: cannot compare {type(left).__name__} {self.operator} {type(right).__name__}"
            ) from None


@dataclass(frozen=True)
class Not:
    operand: Any

    def evaluate(self, scope: Mapping[str, Any]) -> bool:
        return not self.operand.evaluate(scope)


@dataclass(frozen=True)
class BoolOp:
    operator: str
    operands: tuple[Any, ...]

    def evaluate(self, scope: Mapping[str, Any]) -> Any:
        result: Any = None
        for operand in self.operands:
            result = operand.evaluate(scope)
            if bool(result) == (self.operator == "or"):
                return result
        return result


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", lambda match: {"n": "\n", "t": "\t"}.get(match.group(1), match.group(1)), text[1:-1])


class ExpressionParser:
    """Recursive-descent parser for the expression language used in tags."""

    def __init__(self, source: str, line: int, filters: Mapping[str, Callable[..., Any]]) -> None:
        self.line = line
        self.filters = filters
        self.tokens = self._tokenize(source)
        self.position = 0

    def _tokenize(self, source: str) -> list[tuple[str, str]]:
        tokens: list[tuple[str, str]] = []
        index = 0
        while index < len(source.rstrip()):
            match = TOKEN.match(source, index)
            if match is None:
                bad = source[index:].strip()[0]
                raise TemplateSyntaxError(f"unexpected character {bad!r} in expression", self.line)
            kind = match.lastgroup
            tokens.append((kind, match.group(kind)))
            index = match.end()
        return tokens

    def _peek(self, offset: int = 0) -> tuple[str, str] | None:
        index = self.position + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def _at(self, value: str) -> bool:
        token = self._peek()
        return token is not None and token[0] in ("op", "name") and token[1] == value

    def _take(self) -> tuple[str, str]:
        token = self._peek()
        if token is None:
            raise TemplateSyntaxError("unexpected end of expression", self.line)
        self.position += 1
        return token

    def _expect(self, value: str) -> None:
        if not self._at(value):
            found = self._peek()
            raise TemplateSyntaxError(f"expected '{value}', found {found[1] if found else 'end'!r}", self.line)
        self.position += 1

    def parse(self) -> Any:
        if not self.tokens:
            raise TemplateSyntaxError("empty expression", self.line)
        node = self._or()
        if self._peek() is not None:
            raise TemplateSyntaxError(f"unexpected {self._peek()[1]!r} in expression", self.line)
        return node

    def _or(self) -> Any:
        operands = [self._and()]
        while self._at("or"):
            self.position += 1
            operands.append(self._and())
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands))

    def _and(self) -> Any:
        operands = [self._not()]
        while self._at("and"):
            self.position += 1
            operands.append(self._not())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands))

    def _not(self) -> Any:
        if self._at("not"):
            self.position += 1
            return Not(self._not())
        return self._comparison()

    def _comparison(self) -> Any:
        left = self._filtered()
        token = self._peek()
        if token is None:
            return left
        if self._at("not") and self._peek(1) == ("name", "in"):
            self.position += 2
            return Compare("not in", left, self._filtered(), self.line)
        if token[1] in COMPARISONS and token[0] in ("op", "name"):
            self.position += 1
            return Compare(token[1], left, self._filtered(), self.line)
        return left

    def _filtered(self) -> Any:
        node = self._primary()
        while self._at("|"):
            self.position += 1
            kind, name = self._take()
            if kind != "name":
                raise TemplateSyntaxError(f"expected filter name after '|', found {name!r}", self.line)
            if name not in self.filters:
                raise TemplateSyntaxError(f"unknown filter '{name}'", self.line)
            arguments: list[Any] = []
            if self._at("("):
                self.position += 1
                while not self._at(")"):
                    if arguments:
                        self._expect(",")
                    arguments.append(self._or())
                self.position += 1
            node = FilterCall(node, name, self.filters[name], tuple(arguments), self.line)
        return node

    def _primary(self) -> Any:
        kind, value = self._take()
        if kind == "string":
            return Literal(_unquote(value))
        if kind == "number":
            return Literal(float(value) if "." in value else int(value))
        if kind == "name":
            if value in KEYWORD_LITERALS:
                return Literal(KEYWORD_LITERALS[value])
            return self._path(value)
        if value == "(":
            node = self._or()
            self._expect(")")
            return node
        raise TemplateSyntaxError(f"unexpected {value!r} in expression", self.line)

    def _path(self, head: str) -> Path:
        parts = [head]
        while self._at("."):
            self.position += 1
            kind, value = self._take()
            if kind == "number" and value.replace(".", "").lstrip("-").isdigit():
                parts.extend(value.split("."))
            elif kind == "name" and not value.startswith("_"):
                parts.append(value)
            else:
                raise TemplateSyntaxError(f"invalid attribute {value!r} after '.'", self.line)
        return Path(tuple(parts))


def parse_expression(source: str, line: int, filters: Mapping[str, Callable[..., Any]]) -> Any:
    return ExpressionParser(source, line, filters).parse()
