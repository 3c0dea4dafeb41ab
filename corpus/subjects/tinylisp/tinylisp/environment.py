"""Lexically scoped environments."""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from .errors import UnboundSymbolError


class Environment:
    """A frame of bindings with an optional enclosing frame."""

    def __init__(self, bindings: Mapping[str, Any] | None = None, parent: "Environment | None" = None) -> None:
        self.bindings: dict[str, Any] = dict(bindings or {})
        self.parent = parent

    def find(self, name: str) -> "Environment | None":
        """Return the innermost frame that binds ``name``, or None."""
        frame: Environment | None = self
        while frame is not None:
            if name in frame.bindings:
                return frame
            frame = frame.parent
        return None

    def lookup(self, name: str) -> Any:
        frame = self.find(name)
        if frame is None:
            raise UnboundSymbolError(name)
        return frame.bindings[name]

    def define(self, name: str, value: Any) -> None:
        self.bindings[name] = value

    def assign(self, name: str, value: Any) -> None:
        """Rebind an existing variable in the frame where it is defined."""
        frame = self.find(name)
        if frame is None:
            raise UnboundSymbolError(name)
        frame.bindings[name] = value

    def child(self, names: Iterable[str] = (), values: Iterable[Any] = ()) -> "Environment":
        return Environment(dict(zip(names, values)), parent=self)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.find(name) is not None
