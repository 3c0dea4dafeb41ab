"""Column references, functions, raw fragments and boolean conditions."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Iterable

from sqlbuilder.dialects import Context
from sqlbuilder.errors import BuilderError


class Expression(ABC):
    """Anything that renders to SQL text within a context."""

    alias: str | None = None

    @abstractmethod
    def render(self, ctx: Context) -> str:
        """Return SQL text, binding any parameters into ``ctx`` in order."""

    def render_selectable(self, ctx: Context) -> str:
        text = self.render(ctx)
        return f"{text} AS {ctx.dialect.quote_part(self.alias)}" if self.alias else text


def render_operand(value: Any, ctx: Context) -> str:
    """Expressions render themselves; every other value becomes a bound parameter."""
    if isinstance(value, Expression):
        return value.render(ctx)
    return ctx.bind(value)


class Raw(Expression):
    """A trusted SQL fragment inserted verbatim."""

    def __init__(self, sql: str, alias: str | None = None) -> None:
        if not sql.strip():
            raise BuilderError("raw SQL must not be empty")
        self.sql = sql
        self.alias = alias

    def render(self, ctx: Context) -> str:
        return self.sql

    def as_(self, alias: str) -> "Raw":
        return Raw(self.sql, alias)


class Column(Expression):
    """A (possibly table-qualified) column; comparison operators build conditions."""

    __hash__ = None  # type: ignore[assignment]

    def __init__(self, name: str, alias: str | None = None) -> None:
        if not name or any(not part for part in name.split(".")):
            raise BuilderError(f"invalid column name {name!r}")
        self.name = name
        self.alias = alias

    def render(self, ctx: Context) -> str:
        return ctx.dialect.quote(self.name)

    def as_(self, alias: str) -> "Column":
        return Column(self.name, alias)

    def __eq__(self, other: Any) -> "Condition":  # type: ignore[override]
        return Comparison(self, "IS", None) if other is None else Comparison(self, "=", other)

    def __ne__(self, other: Any) -> "Condition":  # type: ignore[override]
        return Comparison(self, "IS NOT", None) if other is None else Comparison(self, "<>", other)

    def __lt__(self, other: Any) -> "Condition":
        return Comparison(self, "<", other)

    def __le__(self, other: Any) -> "Condition":
        return Comparison(self, "<=", other)

    def __gt__(self, other: Any) -> "Condition":
        return Comparison(self, ">", other)

    def __ge__(self, other: Any) -> "Condition":
        return Comparison(self, ">=", other)

    def like(self, pattern: str) -> "Condition":
        return Comparison(self, "LIKE", pattern)

    def is_null(self) -> "Condition":
        return Comparison(self, "IS", None)

    def is_not_null(self) -> "Condition":
        return Comparison(self, "IS NOT", None)

    def in_(self, values: Iterable[Any]) -> "Condition":
        return Membership(self, list(values), negated=False)

    def not_in(self, values: Iterable[Any]) -> "Condition":
        return Membership(self, list(values), negated=True)

    def between(self, low: Any, high: Any) -> "Condition":
        return Between(self, low, high)


class Func(Expression):
    """A SQL function call such as ``COUNT(*)``."""

    def __init__(self, name: str, *args: Any, alias: str | None = None) -> None:
        if not name.replace("_", "").isalnum():
            raise BuilderError(f"invalid function name {name!r}")
        self.name = name.upper()
        self.args = args
        self.alias = alias

    def render(self, ctx: Context) -> str:
        rendered = ", ".join("*" if isinstance(arg, str) and arg == "*" else render_operand(arg, ctx) for arg in self.args)
        return f"{self.name}({rendered})"

    def as_(self, alias: str) -> "Func":
        return Func(self.name, *self.args, alias=alias)

    def __gt__(self, other: Any) -> "Condition":
        return Comparison(self, ">", other)

    def __lt__(self, other: Any) -> "Condition":
        return Comparison(self, "<", other)

    def __ge__(self, other: Any) -> "Condition":
        return Comparison(self, ">=", other)


class Condition(Expression):
    """A boolean expression; combine with ``&``, ``|`` and ``~``."""

    def __and__(self, other: "Condition") -> "Condition":
        return and_(self, other)

    def __or__(self, other: "Condition") -> "Condition":
        return or_(self, other)

    def __invert__(self) -> "Condition":
        return not_(self)


class Comparison(Condition):
    def __init__(self, left: Expression, operator: str, right: Any) -> None:
        self.left = left
        self.operator = operator
        self.right = right

    def render(self, ctx: Context) -> str:
        left = self.left.render(ctx)
        if self.right is None:
            return f"{left} {self.operator} NULL"
        return f"{left} {self.operator} {render_operand(self.right, ctx)}"


class Membership(Condition):
    def __init__(self, column: Column, values: list[Any], negated: bool) -> None:
        self.column = column
        self.values = values
        self.negated = negated

    def render(self, ctx: Context) -> str:
        if not self.values:
            return "1 = 1" if self.negated else "1 = 0"
        placeholders = ", ".join(render_operand(value, ctx) for value in self.values)
        keyword = "NOT IN" if self.negated else "IN"
        return f"{self.column.render(ctx)} {keyword} ({placeholders})"


class Between(Condition):
    def __init__(self, column: Column, low: Any, high: Any) -> None:
        self.column, self.low, self.high = column, low, high

    def render(self, ctx: Context) -> str:
        column = self.column.render(ctx)
        low = render_operand(self.low, ctx)
        return f"{column} BETWEEN {low} AND {render_operand(self.high, ctx)}"


class Junction(Condition):
    """AND/OR of several conditions; nested junctions are parenthesised."""

    def __init__(self, keyword: str, parts: list[Condition]) -> None:
        self.keyword = keyword
        self.parts = parts

    def render(self, ctx: Context) -> str:
        rendered = []
        for part in self.parts:
            text = part.render(ctx)
            rendered.append(f"({text})" if isinstance(part, Junction) else text)
        return f" {self.keyword} ".join(rendered)


class Negation(Condition):
    def __init__(self, inner: Condition) -> None:
        self.inner = inner

    def render(self, ctx: Context) -> str:
        return f"NOT ({self.inner.render(ctx)})"


def _junction(keyword: str, conditions: tuple[Condition, ...]) -> Condition:
    parts: list[Condition] = []
    for condition in conditions:
        if not isinstance(condition, Condition):
            raise BuilderError(f"expected a condition, got {type(condition).__name__}")
        if isinstance(condition, Junction) and condition.keyword == keyword:
            parts.extend(condition.parts)
        else:
            parts.append(condition)
    if not parts:
        raise BuilderError(f"{keyword} needs at least one condition")
    return parts[0] if len(parts) == 1 else Junction(keyword, parts)


def and_(*conditions: Condition) -> Condition:
    return _junction("AND", conditions)


def or_(*conditions: Condition) -> Condition:
    return _junction("OR", conditions)


def not_(condition: Condition) -> Condition:
    if not isinstance(condition, Condition):
        raise BuilderError(f"expected a condition, got {type(condition).__name__}")
    return condition.inner if isinstance(condition, Negation) else Negation(condition)


def col(name: str) -> Column:
    return Column(name)


def fn(name: str, *args: Any) -> Func:
    return Func(name, *args)


def raw(sql: str) -> Raw:
    return Raw(sql)
