"""The runtime state machine with an event queue and transition history."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .errors import (
    DefinitionError,
    GuardRejectedError,
    InvalidTransitionError,
    MachineFinishedError,
    UnknownStateError,
)
from .states import WILDCARD, Event, State, Transition

START_EVENT = "__start__"


@dataclass(frozen=True)
class HistoryEntry:
    """One processed event: where the machine was and where it went."""

    step: int
    event: str
    source: str
    target: str

    @property
    def self_loop(self) -> bool:
        return self.source == self.target


class Machine:
    """A finite state machine with run-to-completion event processing.

    Events sent while another event is being processed (for example from
    inside an action or hook) are queued and handled once the current
    transition has finished.
    """

    def __init__(
        self,
        states: Iterable[State],
        transitions: Iterable[Transition],
        initial: str,
        *,
        context: Mapping[str, Any] | None = None,
        history_limit: int | None = None,
    ) -> None:
        if history_limit is not None and history_limit < 1:
            raise ValueError("history_limit must be at least 1")
        self._states: dict[str, State] = {}
        for state in states:
            if state.name in self._states:
                raise DefinitionError(f"duplicate state {state.name!r}")
            self._states[state.name] = state
        if not self._states:
            raise DefinitionError("a machine needs at least one state")
        if initial not in self._states:
            raise UnknownStateError(initial)
        self._transitions: dict[str, list[Transition]] = {}
        for transition in transitions:
            self._validate(transition)
            self._transitions.setdefault(transition.event, []).append(transition)
        for bucket in self._transitions.values():
            bucket.sort(key=lambda t: -t.priority)
        self._initial = initial
        self._current = initial
        self._history: deque[HistoryEntry] = deque(maxlen=history_limit)
        self._queue: deque[Event] = deque()
        self._processing = False
        self._started = False
        self._step = 0
        self.context: dict[str, Any] = dict(context or {})

    def _validate(self, transition: Transition) -> None:
        if transition.source != WILDCARD and transition.source not in self._states:
            raise UnknownStateError(transition.source)
        if transition.target is not None and transition.target not in self._states:
            raise UnknownStateError(transition.target)
        if transition.source != WILDCARD and self._states[transition.source].final:
            raise DefinitionError(
                f"final state {transition.source!r} cannot have outgoing transitions"
            )

    @property
    def current(self) -> str:
        return self._current

    @property
    def state(self) -> State:
        return self._states[self._current]

    @property
    def initial(self) -> str:
        return self._initial

    @property
    def state_names(self) -> list[str]:
        return list(self._states)

    @property
    def started(self) -> bool:
        return self._started

    @property
    def is_finished(self) -> bool:
        return self.state.final

    @property
    def history(self) -> tuple[HistoryEntry, ...]:
        return tuple(self._history)

    @property
    def pending(self) -> int:
        return len(self._queue)

    @property
    def previous_state(self) -> str | None:
        for entry in reversed(self._history):
            if not entry.self_loop:
                return entry.source
        return None

    def start(self) -> None:
        """Enter the initial state, running its entry hooks exactly once."""
        if self._started:
            raise DefinitionError("machine already started")
        self._started = True
        self.state.enter(self, Event(START_EVENT))

    def _candidates(self, event_name: str) -> list[Transition]:
        return [t for t in self._transitions.get(event_name, []) if t.matches(self._current)]

    def find_transition(self, event: Event) -> Transition | None:
        for transition in self._candidates(event.name):
            if transition.is_allowed(self, event):
                return transition
        return None

    def can(self, event_name: str, **data: Any) -> bool:
        if self.is_finished:
            return False
        return self.find_transition(Event(event_name, data)) is not None

    def available_events(self) -> list[str]:
        """Names of events that would currently trigger a transition."""
        if self.is_finished:
            return []
        return sorted(name for name in self._transitions if self.can(name))

    def send(self, event: str | Event, **data: Any) -> str:
        """Queue ``event`` and process the queue unless already processing.

        Returns the name of the current state once processing stops.
        """
        if isinstance(event, str):
            event = Event(event, data)
        elif data:
            raise TypeError("keyword data cannot be combined with an Event instance")
        if not self._started:
            self.start()
        self._queue.append(event)
        if self._processing:
            return self._current
        self._processing = True
        try:
            while self._queue:
                self._fire(self._queue.popleft())
        except Exception:
            self._queue.clear()
            raise
        finally:
            self._processing = False
        return self._current

    def _fire(self, event: Event) -> None:
        if self.is_finished:
            raise MachineFinishedError(self._current)
        candidates = self._candidates(event.name)
        if not candidates:
            raise InvalidTransitionError(self._current, event.name)
        chosen = next((t for t in candidates if t.is_allowed(self, event)), None)
        if chosen is None:
            raise GuardRejectedError(self._current, event.name)
        source = self._current
        if chosen.internal:
            chosen.run_actions(self, event)
            target = source
        else:
            target = chosen.target
            self.state.exit(self, event)
            chosen.run_actions(self, event)
            self._current = target
            self.state.enter(self, event)
        self._step += 1
        self._history.append(HistoryEntry(self._step, event.name, source, target))

    def visits(self, state: str) -> int:
        """How many times ``state`` was entered, counting the initial entry."""
        if state not in self._states:
            raise UnknownStateError(state)
        count = sum(1 for e in self._history if e.target == state and not e.self_loop)
        if state == self._initial and self._started:
            count += 1
        return count

    def rewind(self, steps: int = 1) -> str:
        """Return to the state held ``steps`` transitions ago, without hooks."""
        if steps < 1:
            raise ValueError("steps must be at least 1")
        if steps > len(self._history):
            raise ValueError(
                f"cannot rewind {steps} steps, only {len(self._history)} recorded"
            )
        entry = self._history[-steps]
        for _ in range(steps):
            self._history.pop()
        self._current = entry.source
        return self._current

    def reset(self) -> None:
        """Return to the initial state and forget history; context is kept."""
        self._current = self._initial
        self._history.clear()
        self._queue.clear()
        self._step = 0
        self._started = False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} state={self._current!r} steps={self._step}>"
