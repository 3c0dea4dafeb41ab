"""Immutable SELECT, INSERT, UPDATE and DELETE builders."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Mapping

from sqlbuilder.dialects import ANSI, Context, Dialect
from sqlbuilder.errors import BuilderError
from sqlbuilder.expressions import Column, Condition, Expression, and_, render_operand

JOIN_KINDS = ("INNER", "LEFT", "RIGHT", "FULL", "CROSS")


def _as_expression(item: str | Expression) -> Expression:
    return Column(item) if isinstance(item, str) else item


def _table(name: str, alias: str | None, ctx: Context) -> str:
    quoted = ctx.dialect.quote(name)
    return f"{quoted} AS {ctx.dialect.quote_part(alias)}" if alias else quoted


def _non_negative(value: int, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise BuilderError(f"{label} must be a non-negative integer, got {value!r}")
    return value


@dataclass(frozen=True)
class Join:
    kind: str
    table: str
    alias: str | None
    on: Condition | None


@dataclass(frozen=True)
class Select:
    """A SELECT statement; every method returns a new builder."""

    columns: tuple[Expression, ...] = ()
    table: str | None = None
    table_alias: str | None = None
    joins: tuple[Join, ...] = ()
    conditions: tuple[Condition, ...] = ()
    groups: tuple[Expression, ...] = ()
    having_conditions: tuple[Condition, ...] = ()
    ordering: tuple[tuple[Expression, bool], ...] = ()
    limit_value: int | None = None
    offset_value: int | None = None
    is_distinct: bool = False

    def from_(self, table: str, alias: str | None = None) -> "Select":
        return dataclasses.replace(self, table=table, table_alias=alias)

    def distinct(self) -> "Select":
        return dataclasses.replace(self, is_distinct=True)

    def join(self, table: str, on: Condition | None = None, alias: str | None = None, kind: str = "INNER") -> "Select":
        kind = kind.upper()
        if kind not in JOIN_KINDS:
            raise BuilderError(f"unknown join kind {kind!r}")
        if (kind == "CROSS") != (on is None):
            raise BuilderError("CROSS joins take no ON condition; other joins require one")
        return dataclasses.replace(self, joins=self.joins + (Join(kind, table, alias, on),))

    def left_join(self, table: str, on: Condition, alias: str | None = None) -> "Select":
        return self.join(table, on, alias, kind="LEFT")

    def where(self, *conditions: Condition) -> "Select":
        """Add conditions; repeated calls are combined with AND."""
        return dataclasses.replace(self, conditions=self.conditions + conditions)

    def group_by(self, *items: str | Expression) -> "Select":
        return dataclasses.replace(self, groups=self.groups + tuple(_as_expression(item) for item in items))

    def having(self, *conditions: Condition) -> "Select":
        return dataclasses.replace(self, having_conditions=self.having_conditions + conditions)

    def order_by(self, *items: str | Expression) -> "Select":
        """Order by columns; a leading ``-`` on a name means descending."""
        ordering = []
        for item in items:
            if isinstance(item, str) and item.startswith("-"):
                ordering.append((Column(item[1:]), True))
            else:
                ordering.append((_as_expression(item), False))
        return dataclasses.replace(self, ordering=self.ordering + tuple(ordering))

    def limit(self, count: int) -> "Select":
        return dataclasses.replace(self, limit_value=_non_negative(count, "limit"))

    def offset(self, count: int) -> "Select":
        return dataclasses.replace(self, offset_value=_non_negative(count, "offset"))

    def paginate(self, page: int, per_page: int) -> "Select":
        """1-based page helper setting LIMIT and OFFSET."""
        if page < 1 or per_page < 1:
            raise BuilderError("page and per_page must be at least 1")
        return self.limit(per_page).offset((page - 1) * per_page)

    def build(self, dialect: Dialect = ANSI) -> tuple[str, list[Any]]:
        if self.having_conditions and not self.groups:
            raise BuilderError("HAVING requires GROUP BY")
        if self.joins and self.table is None:
            raise BuilderError("JOIN requires a FROM table")
        ctx = Context(dialect)
        head = "SELECT DISTINCT" if self.is_distinct else "SELECT"
        columns = ", ".join(item.render_selectable(ctx) for item in self.columns) if self.columns else "*"
        parts = [f"{head} {columns}"]
        if self.table is not None:
            parts.append("FROM " + _table(self.table, self.table_alias, ctx))
        for join in self.joins:
            clause = f"{join.kind} JOIN {_table(join.table, join.alias, ctx)}"
            parts.append(clause if join.on is None else f"{clause} ON {join.on.render(ctx)}")
        if self.conditions:
            parts.append("WHERE " + and_(*self.conditions).render(ctx))
        if self.groups:
            parts.append("GROUP BY " + ", ".join(item.render(ctx) for item in self.groups))
        if self.having_conditions:
            parts.append("HAVING " + and_(*self.having_conditions).render(ctx))
        if self.ordering:
            rendered = [f"{item.render(ctx)} {'DESC' if desc else 'ASC'}" for item, desc in self.ordering]
            parts.append("ORDER BY " + ", ".join(rendered))
        if self.limit_value is not None:
            parts.append("LIMIT " + ctx.bind(self.limit_value))
        if self.offset_value is not None:
            parts.append("OFFSET " + ctx.bind(self.offset_value))
        return " ".join(parts), ctx.params


@dataclass(frozen=True)
class Insert:
    table: str
    rows: tuple[tuple[tuple[str, Any], ...], ...] = ()
    returning_columns: tuple[str, ...] = ()

    def values(self, *rows: Mapping[str, Any]) -> "Insert":
        """Add one or more rows; every row must have the same columns."""
        added = tuple(tuple(row.items()) for row in rows)
        return dataclasses.replace(self, rows=self.rows + added)

    def returning(self, *columns: str) -> "Insert":
        return dataclasses.replace(self, returning_columns=self.returning_columns + columns)

    def build(self, dialect: Dialect = ANSI) -> tuple[str, list[Any]]:
        if not self.rows:
            raise BuilderError("INSERT needs at least one row")
        names = [name for name, _ in self.rows[0]]
        if not names:
            raise BuilderError("INSERT rows must not be empty")
        for number, row in enumerate(self.rows[1:], start=2):
            if sorted(name for name, _ in row) != sorted(names):
                raise BuilderError(f"row {number} has different columns than row 1")
        ctx = Context(dialect)
        columns = ", ".join(dialect.quote(name) for name in names)
        groups = []
        for row in self.rows:
            lookup = dict(row)
            groups.append("(" + ", ".join(render_operand(lookup[name], ctx) for name in names) + ")")
        sql = f"INSERT INTO {dialect.quote(self.table)} ({columns}) VALUES {', '.join(groups)}"
        return sql + _returning(self.returning_columns, dialect), ctx.params


def _returning(columns: tuple[str, ...], dialect: Dialect) -> str:
    if not columns:
        return ""
    return " RETURNING " + ", ".join(dialect.quote(name) for name in columns)


@dataclass(frozen=True)
class Update:
    table: str
    assignments: tuple[tuple[str, Any], ...] = ()
    conditions: tuple[Condition, ...] = ()
    all_rows: bool = False
    returning_columns: tuple[str, ...] = ()

    def set(self, values: Mapping[str, Any] | None = None, **more: Any) -> "Update":
        merged = dict(self.assignments)
        merged.update(values or {})
        merged.update(more)
        return dataclasses.replace(self, assignments=tuple(merged.items()))

    def where(self, *conditions: Condition) -> "Update":
        return dataclasses.replace(self, conditions=self.conditions + conditions)

    def allow_all_rows(self) -> "Update":
        return dataclasses.replace(self, all_rows=True)

    def returning(self, *columns: str) -> "Update":
        return dataclasses.replace(self, returning_columns=self.returning_columns + columns)

    def build(self, dialect: Dialect = ANSI) -> tuple[str, list[Any]]:
        if not self.assignments:
            raise BuilderError("UPDATE needs at least one assignment")
        _require_where(self.conditions, self.all_rows, "UPDATE")
        ctx = Context(dialect)
        sets = ", ".join(f"{dialect.quote(name)} = {render_operand(value, ctx)}" for name, value in self.assignments)
        sql = f"UPDATE {dialect.quote(self.table)} SET {sets}"
        if self.conditions:
            sql += " WHERE " + and_(*self.conditions).render(ctx)
        return sql + _returning(self.returning_columns, dialect), ctx.params


@dataclass(frozen=True)
class Delete:
    table: str
    conditions: tuple[Condition, ...] = ()
    all_rows: bool = False

    def where(self, *conditions: Condition) -> "Delete":
        return dataclasses.replace(self, conditions=self.conditions + conditions)

    def allow_all_rows(self) -> "Delete":
        return dataclasses.replace(self, all_rows=True)

    def build(self, dialect: Dialect = ANSI) -> tuple[str, list[Any]]:
        _require_where(self.conditions, self.all_rows, "DELETE")
        ctx = Context(dialect)
        sql = f"DELETE FROM {dialect.quote(self.table)}"
        if self.conditions:
            sql += " WHERE " + and_(*self.conditions).render(ctx)
        return sql, ctx.params


def _require_where(conditions: tuple[Condition, ...], all_rows: bool, statement: str) -> None:
    if not conditions and not all_rows:
        raise BuilderError(f"refusing {statement} without WHERE; call allow_all_rows() to confirm")


def select(*columns: str | Expression) -> Select:
    return Select(columns=tuple(_as_expression(item) for item in columns))


def insert(table: str) -> Insert:
    return Insert(table)


def update(table: str) -> Update:
    return Update(table)


def delete(table: str) -> Delete:
    return Delete(table)
