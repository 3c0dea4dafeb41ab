"""Runtime value types of the interpreter."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from .environment import Environment


class Symbol(str):
    """A Lisp symbol. Plain ``str`` values are string literals."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Symbol({str(self)!r})"


@dataclass(eq=False)
class Lambda:
    """A user-defined procedure closing over its defining environment."""

    params: list[Symbol]
    rest: Symbol | None
    body: list[Any]
    env: "Environment" = field(repr=False)
    name: str | None = None

    def arity_message(self, count: int) -> str | None:
        required = len(self.params)
        if count < required or (self.rest is None and count > required):
            expected = f"at least {required}" if self.rest is not None else str(required)
            label = self.name or "lambda"
            return f"{label}: expected {expected} argument(s), got {count}"
        return None


@dataclass(frozen=True)
class Primitive:
    """A procedure implemented in Python."""

    name: str
    function: Callable[..., Any]
    min_args: int = 0
    max_args: int | None = None

    def arity_message(self, count: int) -> str | None:
        if count < self.min_args or (self.max_args is not None and count > self.max_args):
            if self.max_args is None:
                expected = f"at least {self.min_args}"
            elif self.min_args == self.max_args:
                expected = str(self.min_args)
            else:
                expected = f"{self.min_args} to {self.max_args}"
            return f"{self.name}: expected {expected} argument(s), got {count}"
        return None


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def type_name(value: Any) -> str:
    """Return the Lisp-level name of a value's type."""
    if isinstance(value, bool):
        return "boolean"
    if is_number(value):
        return "number"
    if isinstance(value, Symbol):
        return "symbol"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, (Lambda, Primitive)):
        return "procedure"
    return type(value).__name__
