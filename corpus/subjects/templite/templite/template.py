"""The public Template class."""
from __future__ import annotations

from collections import ChainMap
from typing import Any, Callable, Mapping

from .compiler import Compiler
from .filters import FILTERS
from .nodes import RenderState, render_nodes


class Template:
    """A template compiled once and rendered any number of times.

    ``autoescape`` HTML-escapes every ``{{ }}`` output that is not marked
    safe; ``strict`` makes output of undefined variables an error.
    """

    def __init__(
        self,
        source: str,
        autoescape: bool = True,
        strict: bool = False,
        filters: Mapping[str, Callable[..., Any]] | None = None,
    ) -> None:
        if not isinstance(source, str):
            raise TypeError(f"template source must be str, got {type(source).__name__}")
        self.source = source
        self.autoescape = autoescape
        self.strict = strict
        self.filters = {**FILTERS, **(filters or {})}
        self.nodes = Compiler(source, self.filters).compile()

    def render(self, context: Mapping[str, Any] | None = None, **variables: Any) -> str:
        scope = ChainMap(dict(variables), dict(context or {}))
        out: list[str] = []
        render_nodes(self.nodes, RenderState(scope, self.autoescape, self.strict), out)
        return "".join(out)


def render(source: str, context: Mapping[str, Any] | None = None, **variables: Any) -> str:
    """Compile ``source`` with default settings and render it once."""
    return Template(source).render(context, **variables)
