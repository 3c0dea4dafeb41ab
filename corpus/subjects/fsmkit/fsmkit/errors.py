"""Exception hierarchy for fsmkit."""
from __future__ import annotations


class FSMError(Exception):
    """Base class for every error raised by fsmkit."""


class DefinitionError(FSMError):
    """Raised when a machine definition is inconsistent."""


class UnknownStateError(FSMError):
    """Raised when a state name is referenced that the machine does not know."""

    def __init__(self, state: str) -> None:
        super().__init__(f"unknown state {state!r}")
        self.state = state


class InvalidTransitionError(FSMError):
    """Raised when an event has no transition from the current state."""

    def __init__(self, state: str, event: str, reason: str = "no transition") -> None:
        super().__init__(f"{reason} for event {event!r} in state {state!r}")
        self.state = state
        self.event = event


class GuardRejectedError(InvalidTransitionError):
    """Raised when transitions exist for an event but every guard refused."""

    def __init__(self, state: str, event: str) -> None:
        super().__init__(state, event, reason="guards rejected transition")


class MachineFinishedError(FSMError):
    """Raised when an event is sent to a machine resting in a final state."""

    def __init__(self, state: str) -> None:
        super().__init__(f"machine is finished in final state {state!r}")
        self.state = state
