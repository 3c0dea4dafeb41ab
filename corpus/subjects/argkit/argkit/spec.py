"""Declarations of options and positional arguments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from argkit.errors import ArgumentError, SpecError

_LONG = re.compile(r"--[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*")
_SHORT = re.compile(r"-[a-zA-Z]")
UNBOUNDED = -1


def _convert(kind: Callable[[str], Any], raw: str, label: str, choices: Sequence[Any] | None) -> Any:
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        type_name = getattr(kind, "__name__", "value")
        raise ArgumentError(f"{label}: invalid {type_name} value {raw!r}") from None
    if choices is not None and value not in choices:
        listed = ", ".join(repr(choice) for choice in choices)
        raise ArgumentError(f"{label}: invalid choice {raw!r} (choose from {listed})")
    return value


@dataclass
class Option:
    """A named option: a flag (no value) or one taking a value."""

    names: tuple[str, ...]
    takes_value: bool = True
    type: Callable[[str], Any] = str
    default: Any = None
    required: bool = False
    repeated: bool = False
    count: bool = False
    choices: Sequence[Any] | None = None
    metavar: str | None = None
    help: str = ""
    dest: str = field(init=False)

    def __post_init__(self) -> None:
        if not self.names:
            raise SpecError("an option needs at least one name")
        for name in self.names:
            if not (_LONG.fullmatch(name) or _SHORT.fullmatch(name)):
                raise SpecError(f"invalid option name {name!r}")
        if self.count and self.takes_value:
            raise SpecError("a counting option cannot take a value")
        if self.required and self.default is not None:
            raise SpecError(f"{self.names[0]}: a required option cannot have a default")
        longs = [name for name in self.names if name.startswith("--")]
        self.dest = (longs[0] if longs else self.names[0]).lstrip("-").replace("-", "_")

    @property
    def display(self) -> str:
        return "/".join(self.names)

    @property
    def value_name(self) -> str:
        return self.metavar or self.dest.upper()

    def initial(self) -> Any:
        """The value before any occurrence on the command line."""
        if self.count:
            return self.default if self.default is not None else 0
        if not self.takes_value:
            return bool(self.default)
        if self.repeated:
            return list(self.default) if self.default is not None else []
        return self.default

    def convert(self, raw: str) -> Any:
        return _convert(self.type, raw, self.display, self.choices)


@dataclass
class Positional:
    """A positional argument; ``nargs`` is a count or one of ``? * +``."""

    name: str
    nargs: int | str = 1
    type: Callable[[str], Any] = str
    default: Any = None
    choices: Sequence[Any] | None = None
    help: str = ""

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", self.name):
            raise SpecError(f"invalid positional name {self.name!r}")
        if isinstance(self.nargs, bool) or not (
            (isinstance(self.nargs, int) and self.nargs >= 1) or self.nargs in ("?", "*", "+")
        ):
            raise SpecError(f"{self.name}: nargs must be a positive int or one of '?', '*', '+'")

    @property
    def bounds(self) -> tuple[int, int]:
        """Minimum and maximum token counts (maximum ``UNBOUNDED`` for no limit)."""
        if isinstance(self.nargs, int):
            return self.nargs, self.nargs
        return {"?": (0, 1), "*": (0, UNBOUNDED), "+": (1, UNBOUNDED)}[self.nargs]

    def build(self, tokens: list[str]) -> Any:
        """Convert the tokens assigned to this positional into its value."""
        values = [_convert(self.type, token, self.name, self.choices) for token in tokens]
        if self.nargs == 1:
            return values[0]
        if self.nargs == "?":
            return values[0] if values else self.default
        return values

    @property
    def usage(self) -> str:
        label = self.name.upper()
        if self.nargs == "?":
            return f"[{label}]"
        if self.nargs == "*":
            return f"[{label} ...]"
        if self.nargs == "+":
            return f"{label} [{label} ...]"
        return " ".join([label] * self.nargs)
