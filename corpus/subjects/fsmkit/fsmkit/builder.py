"""Declarative ways to define machines: a fluent builder and a decorator API."""
from __future__ import annotations

from typing import Any, Callable, ClassVar, Iterable, Mapping, Sequence

from .errors import DefinitionError
from .machine import Machine
from .states import Guard, Hook, State, Transition

GuardSpec = Guard | str | Sequence[Guard | str] | None
ActionSpec = Hook | Sequence[Hook] | None


def _as_tuple(value: Any) -> tuple:
    if value is None:
        return ()
    if callable(value) or isinstance(value, str):
        return (value,)
    return tuple(value)


def _sources(source: str | Iterable[str]) -> list[str]:
    names = [source] if isinstance(source, str) else list(source)
    if not names:
        raise DefinitionError("a transition needs at least one source state")
    return names


def _callable_guards(guard: GuardSpec) -> tuple[Guard, ...]:
    guards = _as_tuple(guard)
    if any(isinstance(g, str) for g in guards):
        raise DefinitionError("named guards are only supported by StateMachine")
    return guards


class MachineBuilder:
    """Fluent builder collecting states and transitions before validation."""

    def __init__(self) -> None:
        self._states: dict[str, State] = {}
        self._transitions: list[Transition] = []
        self._initial: str | None = None

    def state(
        self,
        name: str,
        *,
        initial: bool = False,
        final: bool = False,
        on_enter: ActionSpec = None,
        on_exit: ActionSpec = None,
    ) -> "MachineBuilder":
        if name in self._states:
            raise DefinitionError(f"duplicate state {name!r}")
        if initial:
            if self._initial is not None:
                raise DefinitionError(
                    f"initial state already set to {self._initial!r}"
                )
            self._initial = name
        self._states[name] = State(
            name, final=final, on_enter=list(_as_tuple(on_enter)), on_exit=list(_as_tuple(on_exit))
        )
        return self

    def states(self, *names: str) -> "MachineBuilder":
        for name in names:
            self.state(name)
        return self

    def transition(
        self,
        event: str,
        source: str | Iterable[str],
        target: str,
        *,
        guard: GuardSpec = None,
        action: ActionSpec = None,
        priority: int = 0,
    ) -> "MachineBuilder":
        guards = _callable_guards(guard)
        for name in _sources(source):
            self._transitions.append(
                Transition(event, name, target, guards, _as_tuple(action), priority)
            )
        return self

    def internal(
        self,
        event: str,
        source: str | Iterable[str],
        *,
        guard: GuardSpec = None,
        action: ActionSpec = None,
        priority: int = 0,
    ) -> "MachineBuilder":
        for name in _sources(source):
            self._transitions.append(
                Transition(event, name, None, _callable_guards(guard), _as_tuple(action), priority)
            )
        return self

    def build(
        self,
        *,
        context: Mapping[str, Any] | None = None,
        history_limit: int | None = None,
    ) -> Machine:
        if self._initial is None:
            raise DefinitionError("no initial state declared")
        return Machine(
            self._states.values(),
            self._transitions,
            self._initial,
            context=context,
            history_limit=history_limit,
        )


_SPEC_ATTR = "__fsmkit_spec__"


def _attach(func: Callable, spec: tuple) -> Callable:
    specs = getattr(func, _SPEC_ATTR, [])
    setattr(func, _SPEC_ATTR, [*specs, spec])
    return func


def transition(
    event: str,
    source: str | Iterable[str],
    target: str | None = None,
    *,
    guard: GuardSpec = None,
    priority: int = 0,
) -> Callable[[Callable], Callable]:
    """Mark a method as the action of a transition.

    ``guard`` may name other methods of the class by string.
    """
    def decorate(func: Callable) -> Callable:
        return _attach(func, ("transition", event, tuple(_sources(source)), target, guard, priority))

    return decorate


def on_enter(state: str) -> Callable[[Callable], Callable]:
    def decorate(func: Callable) -> Callable:
        return _attach(func, ("enter", state))

    return decorate


def on_exit(state: str) -> Callable[[Callable], Callable]:
    def decorate(func: Callable) -> Callable:
        return _attach(func, ("exit", state))

    return decorate


class StateMachine(Machine):
    """Base class for machines declared with class attributes and decorators.

    Subclasses set ``states`` (names), ``initial`` and optionally
    ``final_states``; methods decorated with :func:`transition`,
    :func:`on_enter` and :func:`on_exit` become actions and hooks.
    """

    states: ClassVar[Sequence[str]] = ()
    initial_state: ClassVar[str | None] = None
    final_states: ClassVar[Sequence[str]] = ()
    _specs: ClassVar[list[tuple[str, tuple]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        collected: list[tuple[str, tuple]] = []
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                for spec in getattr(value, _SPEC_ATTR, []):
                    collected.append((attr, spec))
        cls._specs = collected

    def __init__(
        self,
        *,
        context: Mapping[str, Any] | None = None,
        history_limit: int | None = None,
    ) -> None:
        cls = type(self)
        if not cls.states:
            raise DefinitionError(f"{cls.__name__} declares no states")
        if cls.initial_state is None:
            raise DefinitionError(f"{cls.__name__} declares no initial_state")
        unknown_final = [name for name in cls.final_states if name not in cls.states]
        if unknown_final:
            raise DefinitionError(f"final states not declared: {unknown_final}")
        state_objs = {
            name: State(name, final=name in cls.final_states) for name in cls.states
        }
        transitions: list[Transition] = []
        for attr, spec in cls._specs:
            func = getattr(cls, attr)
            kind = spec[0]
            if kind == "transition":
                _, event, sources, target, guard, priority = spec
                guards = tuple(self._resolve_guard(g) for g in _as_tuple(guard))
                transitions.extend(
                    Transition(event, src, target, guards, (func,), priority) for src in sources
                )
            else:
                name = spec[1]
                if name not in state_objs:
                    raise DefinitionError(f"hook {attr!r} refers to unknown state {name!r}")
                hooks = state_objs[name].on_enter if kind == "enter" else state_objs[name].on_exit
                hooks.append(func)
        super().__init__(
            state_objs.values(),
            transitions,
            cls.initial_state,
            context=context,
            history_limit=history_limit,
        )

    def _resolve_guard(self, guard: Guard | str) -> Guard:
        if isinstance(guard, str):
            func = getattr(type(self), guard, None)
            if not callable(func):
                raise DefinitionError(f"guard {guard!r} is not a method of {type(self).__name__}")
            return func
        return guard
