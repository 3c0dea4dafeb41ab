"""Composable SQL query builder producing SQL text plus ordered parameters."""

from sqlbuilder.dialects import ANSI, MYSQL, POSTGRES, Dialect
from sqlbuilder.errors import BuilderError
from sqlbuilder.expressions import Column, Condition, Func, Raw, and_, col, fn, not_, or_, raw
from sqlbuilder.queries import Delete, Insert, Select, Update, delete, insert, select, update

__all__ = [
    "ANSI",
    "MYSQL",
    "POSTGRES",
    "BuilderError",
    "Column",
    "Condition",
    "Delete",
    "Dialect",
    "Func",
    "Insert",
    "Raw",
    "Select",
    "Update",
    "and_",
    "col",
    "delete",
    "fn",
    "insert",
    "not_",
    "or_",
    "raw",
    "select",
    "update",
]
