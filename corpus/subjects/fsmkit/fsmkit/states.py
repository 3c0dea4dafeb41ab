"""Events, states and transitions: the building blocks of a machine."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

if TYPE_CHECKING:
    from .machine import Machine

Hook = Callable[["Machine", "Event"], None]
Guard = Callable[["Machine", "Event"], bool]

WILDCARD = "*"


def _check_name(kind: str, name: str) -> None:
    if not isinstance(name, str) or not name:
        raise ValueError(f"{kind} name must be a non-empty string")
    if any(ch.isspace() for ch in name):
        raise ValueError(f"{kind} name {name!r} must not contain whitespace")


@dataclass(frozen=True)
class Event:
    """Something that happened, with an optional payload."""

    name: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check_name("event", self.name)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


@dataclass
class State:
    """A named state with entry and exit hooks."""

    name: str
    final: bool = False
    on_enter: list[Hook] = field(default_factory=list)
    on_exit: list[Hook] = field(default_factory=list)

    def __post_init__(self) -> None:
        _check_name("state", self.name)
        if self.name == WILDCARD:
            raise ValueError("'*' is reserved and cannot name a state")

    def enter(self, machine: "Machine", event: Event) -> None:
        for hook in self.on_enter:
            hook(machine, event)

    def exit(self, machine: "Machine", event: Event) -> None:
        for hook in self.on_exit:
            hook(machine, event)


@dataclass(frozen=True)
class Transition:
    """A move from ``source`` to ``target`` triggered by ``event``.

    A ``target`` of ``None`` makes the transition internal: its actions run
    but the machine neither leaves nor re-enters the current state.
    ``source`` may be ``"*"`` to match any state.
    """

    event: str
    source: str
    target: str | None
    guards: tuple[Guard, ...] = ()
    actions: tuple[Hook, ...] = ()
    priority: int = 0

    def __post_init__(self) -> None:
        _check_name("event", self.event)
        _check_name("state", self.source)
        if self.target is not None:
            _check_name("state", self.target)
            if self.target == WILDCARD:
                raise ValueError("a transition target cannot be '*'")

    @property
    def internal(self) -> bool:
        return self.target is None

    def matches(self, state: str) -> bool:
        return self.source == WILDCARD or self.source == state

    def is_allowed(self, machine: "Machine", event: Event) -> bool:
        return all(guard(machine, event) for guard in self.guards)

    def run_actions(self, machine: "Machine", event: Event) -> None:
        for action in self.actions:
            action(machine, event)
