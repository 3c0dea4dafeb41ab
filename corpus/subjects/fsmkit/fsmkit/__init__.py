"""fsmkit: a small finite state machine library."""
from .builder import MachineBuilder, StateMachine, on_enter, on_exit, transition
from .errors import (
    DefinitionError,
    FSMError,
    GuardRejectedError,
    InvalidTransitionError,
    MachineFinishedError,
    UnknownStateError,
)
from .machine import START_EVENT, HistoryEntry, Machine
from .states import WILDCARD, Event, State, Transition

__all__ = [
    "DefinitionError",
    "Event",
    "FSMError",
    "GuardRejectedError",
    "HistoryEntry",
    "InvalidTransitionError",
    "Machine",
    "MachineBuilder",
    "MachineFinishedError",
    "START_EVENT",
    "State",
    "StateMachine",
    "Transition",
    "UnknownStateError",
    "WILDCARD",
    "on_enter",
    "on_exit",
    "transition",
]
