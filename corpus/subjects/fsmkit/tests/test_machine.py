import pytest

from fsmkit import (
    START_EVENT,
    DefinitionError,
    Event,
    GuardRejectedError,
    HistoryEntry,
    InvalidTransitionError,
    Machine,
    MachineBuilder,
    MachineFinishedError,
    State,
    Transition,
    UnknownStateError,
)


def test_initial_state_and_lazy_start(turnstile):
    assert turnstile.current == "locked"
    assert turnstile.started is False
    assert turnstile.context == {"coins": 0}
    turnstile.start()
    assert turnstile.started is True
    assert turnstile.context["log"] == [f"enter-locked:{START_EVENT}"]


def test_start_twice_fails(turnstile):
    turnstile.start()
    with pytest.raises(DefinitionError):
        turnstile.start()


def test_send_runs_exit_action_enter_in_order(turnstile):
    assert turnstile.send("coin", amount=25) == "unlocked"
    assert turnstile.context["coins"] == 25
    assert turnstile.context["log"] == [
        f"enter-locked:{START_EVENT}",
        "exit-locked:coin",
        "enter-unlocked:coin",
    ]


def test_guard_rejection(turnstile):
    with pytest.raises(GuardRejectedError) as info:
        turnstile.send("coin", amount=10)
    assert info.value.state == "locked"
    assert info.value.event == "coin"
    assert "guards rejected" in str(info.value)
    assert turnstile.current == "locked"


def test_unknown_event_raises(turnstile):
    with pytest.raises(InvalidTransitionError, match="no transition for event 'push' in state 'locked'"):
        turnstile.send("push")


def test_internal_transition_keeps_state_without_hooks(turnstile):
    turnstile.send("coin", amount=25)
    turnstile.send("coin", amount=10)
    assert turnstile.current == "unlocked"
    assert turnstile.context["coins"] == 35
    assert turnstile.context["log"][-1] == "enter-unlocked:coin"
    assert turnstile.history[-1] == HistoryEntry(2, "coin", "unlocked", "unlocked")


def test_history_and_previous_state(turnstile):
    assert turnstile.previous_state is None
    turnstile.send("coin", amount=30)
    turnstile.send("coin", amount=1)
    turnstile.send("push")
    assert [(e.step, e.source, e.target) for e in turnstile.history] == [
        (1, "locked", "unlocked"),
        (2, "unlocked", "unlocked"),
        (3, "unlocked", "locked"),
    ]
    assert turnstile.previous_state == "unlocked"


def test_previous_state_skips_self_loops(turnstile):
    turnstile.send("coin", amount=30)
    turnstile.send("coin", amount=1)
    assert turnstile.previous_state == "locked"


def test_history_limit(turnstile_builder):
    machine = turnstile_builder.build(history_limit=2)
    for _ in range(3):
        machine.send("coin", amount=25)
        machine.send("push")
    assert [e.step for e in machine.history] == [5, 6]


def test_invalid_history_limit(turnstile_builder):
    with pytest.raises(ValueError):
        turnstile_builder.build(history_limit=0)


def test_final_state(turnstile):
    turnstile.send("smash")
    assert turnstile.is_finished is True
    assert turnstile.available_events() == []
    assert turnstile.can("coin", amount=25) is False
    with pytest.raises(MachineFinishedError, match="broken"):
        turnstile.send("coin", amount=25)


def test_can_and_available_events(turnstile):
    assert turnstile.can("coin", amount=25) is True
    assert turnstile.can("coin", amount=5) is False
    assert turnstile.available_events() == ["smash"]
    turnstile.send("coin", amount=25)
    assert turnstile.available_events() == ["coin", "push", "smash"]


def test_visits(turnstile):
    assert turnstile.visits("locked") == 0
    turnstile.send("coin", amount=25)
    turnstile.send("coin", amount=25)
    turnstile.send("push")
    assert turnstile.visits("locked") == 2
    assert turnstile.visits("unlocked") == 1
    with pytest.raises(UnknownStateError):
        turnstile.visits("nowhere")


def test_rewind(turnstile):
    turnstile.send("coin", amount=25)
    turnstile.send("push")
    turnstile.send("coin", amount=25)
    assert turnstile.rewind(2) == "unlocked"
    assert len(turnstile.history) == 1
    assert turnstile.rewind() == "locked"
    assert turnstile.history == ()


@pytest.mark.parametrize("steps", [0, 2])
def test_rewind_bounds(turnstile, steps):
    turnstile.send("coin", amount=25)
    with pytest.raises(ValueError):
        turnstile.rewind(steps)


def test_reset_keeps_context(turnstile):
    turnstile.send("coin", amount=25)
    turnstile.reset()
    assert turnstile.current == "locked"
    assert turnstile.history == ()
    assert turnstile.started is False
    assert turnstile.context["coins"] == 25
    assert turnstile.send("coin", amount=25) == "unlocked"
    assert turnstile.history[0].step == 1


def test_events_sent_from_actions_are_queued():
    seen = []

    def relay(machine, event):
        machine.send("second")
        seen.append((machine.current, machine.pending))

    machine = (
        MachineBuilder()
        .states("b", "c")
        .state("a", initial=True)
        .transition("first", "a", "b", action=relay)
        .transition("second", "b", "c")
        .build()
    )
    assert machine.send("first") == "c"
    assert seen == [("a", 1)]
    assert [e.event for e in machine.history] == ["first", "second"]


def test_queue_cleared_after_failure():
    def relay(machine, event):
        machine.send("missing")
        machine.send("other")

    machine = Machine(
        [State("a"), State("b")],
        [Transition("go", "a", "b", actions=(relay,)), Transition("back", "b", "a")],
        "a",
    )
    with pytest.raises(InvalidTransitionError):
        machine.send("go")
    assert machine.pending == 0
    assert machine.current == "b"
    assert machine.send("back") == "a"


def test_send_event_instance_and_data_conflict(turnstile):
    assert turnstile.send(Event("coin", {"amount": 40})) == "unlocked"
    with pytest.raises(TypeError):
        turnstile.send(Event("push"), extra=1)


def test_priority_picks_higher_first():
    machine = Machine(
        [State("a"), State("low"), State("high")],
        [
            Transition("go", "a", "low", priority=1),
            Transition("go", "a", "high", priority=5),
        ],
        "a",
    )
    assert machine.send("go") == "high"


def test_wildcard_source():
    machine = Machine(
        [State("a"), State("b"), State("halt")],
        [Transition("next", "a", "b"), Transition("stop", "*", "halt")],
        "a",
    )
    machine.send("next")
    assert machine.send("stop") == "halt"


def test_definition_errors():
    with pytest.raises(DefinitionError, match="duplicate"):
        Machine([State("a"), State("a")], [], "a")
    with pytest.raises(DefinitionError, match="at least one"):
        Machine([], [], "a")
    with pytest.raises(UnknownStateError) as info:
        Machine([State("a")], [], "z")
    assert info.value.state == "z"
    with pytest.raises(UnknownStateError):
        Machine([State("a")], [Transition("go", "x", "a")], "a")
    with pytest.raises(UnknownStateError):
        Machine([State("a")], [Transition("go", "a", "x")], "a")
    with pytest.raises(DefinitionError, match="final"):
        Machine([State("a"), State("f", final=True)], [Transition("go", "f", "a")], "a")


def test_accessors_and_repr(turnstile):
    assert turnstile.initial == "locked"
    assert turnstile.state_names == ["locked", "unlocked", "broken"]
    assert turnstile.state.name == "locked"
    turnstile.send("coin", amount=25)
    assert repr(turnstile) == "<Machine state='unlocked' steps=1>"
