"""The compiled form of a template: a tree of nodes that render into a list of strings."""
from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import TemplateRuntimeError, UndefinedError
from .expressions import Undefined
from .markup import escape


@dataclass
class RenderState:
    scope: ChainMap
    autoescape: bool
    strict: bool

    def check_defined(self, value: Any, line: int) -> None:
        if self.strict and isinstance(value, Undefined):
            raise UndefinedError(f"line {line}: '{value.name}' is undefined")


@dataclass(frozen=True)
class LoopInfo:
    index0: int
    length: int

    @property
    def index(self) -> int:
        return self.index0 + 1

    @property
    def first(self) -> bool:
        return self.index0 == 0

    @property
    def last(self) -> bool:
        return self.index0 == self.length - 1


@dataclass(frozen=True)
class Text:
    text: str

    def render(self, state: RenderState, out: list[str]) -> None:
        out.append(self.text)


@dataclass(frozen=True)
class Output:
    expression: Any
    line: int

    def render(self, state: RenderState, out: list[str]) -> None:
        value = self.expression.evaluate(state.scope)
        state.check_defined(value, self.line)
        text = "" if value is None else value
        out.append(escape(text) if state.autoescape else str(text))


@dataclass(frozen=True)
class If:
    branches: tuple[tuple[Any, tuple[Any, ...]], ...]
    otherwise: tuple[Any, ...]

    def render(self, state: RenderState, out: list[str]) -> None:
        for condition, body in self.branches:
            if condition.evaluate(state.scope):
                render_nodes(body, state, out)
                return
        render_nodes(self.otherwise, state, out)


@dataclass(frozen=True)
class For:
    targets: tuple[str, ...]
    iterable: Any
    body: tuple[Any, ...]
    otherwise: tuple[Any, ...]
    line: int

    def _items(self, state: RenderState) -> list[Any]:
        value = self.iterable.evaluate(state.scope)
        state.check_defined(value, self.line)
        if isinstance(value, Mapping):
            return list(value.items()) if len(self.targets) == 2 else list(value)
        try:
            return list(value)
        except TypeError:
            raise TemplateRuntimeError(f"line {self.line}: {type(value).__name__} is not iterable") from None

    def _bind(self, item: Any) -> dict[str, Any]:
        if len(self.targets) == 1:
            return {self.targets[0]: item}
        try:
            first, second = item
        except (TypeError, ValueError):
            raise TemplateRuntimeError(f"line {self.line}: cannot unpack {item!r} into 2 names") from None
        return {self.targets[0]: first, self.targets[1]: second}

    def render(self, state: RenderState, out: list[str]) -> None:
        items = self._items(state)
        if not items:
            render_nodes(self.otherwise, state, out)
            return
        outer = state.scope
        try:
            for index, item in enumerate(items):
                state.scope = outer.new_child({**self._bind(item), "loop": LoopInfo(index, len(items))})
                render_nodes(self.body, state, out)
        finally:
            state.scope = outer


def render_nodes(nodes: tuple[Any, ...], state: RenderState, out: list[str]) -> None:
    for node in nodes:
        node.render(state, out)
