import pytest

from fsmkit import DefinitionError, GuardRejectedError, MachineBuilder, StateMachine, on_enter, transition


def test_builder_duplicate_state():
    with pytest.raises(DefinitionError, match="duplicate"):
        MachineBuilder().state("a").state("a")


def test_builder_two_initial_states():
    with pytest.raises(DefinitionError, match="already set to 'a'"):
        MachineBuilder().state("a", initial=True).state("b", initial=True)


def test_builder_requires_initial():
    with pytest.raises(DefinitionError, match="no initial"):
        MachineBuilder().state("a").build()


def test_builder_empty_source_list():
    with pytest.raises(DefinitionError, match="at least one source"):
        MachineBuilder().state("a", initial=True).transition("go", [], "a")


@pytest.mark.parametrize("method", ["transition", "internal"])
def test_builder_rejects_named_guards(method):
    builder = MachineBuilder().states("a", "b")
    args = ("go", "a", "b") if method == "transition" else ("go", "a")
    with pytest.raises(DefinitionError, match="named guards"):
        getattr(builder, method)(*args, guard="check")


def test_builder_multiple_actions_and_guards():
    calls = []
    machine = (
        MachineBuilder()
        .state("a", initial=True)
        .state("b")
        .transition(
            "go",
            "a",
            "b",
            guard=[lambda m, e: True, lambda m, e: e.get("n", 0) > 1],
            action=[lambda m, e: calls.append(1), lambda m, e: calls.append(2)],
        )
        .build()
    )
    assert machine.can("go", n=1) is False
    assert machine.send("go", n=2) == "b"
    assert calls == [1, 2]


def test_decorated_machine_flow(door):
    assert door.send("open") == "open"
    assert door.send("close") == "closed"
    assert door.context["opened"] == 1
    assert door.context["log"] == ["enter-open", "exit-open"]


def test_decorated_named_guard(door):
    with pytest.raises(GuardRejectedError):
        door.send("lock", key="wrong")
    assert door.send("lock", key="k1") == "locked"
    assert door.can("unlock", key="nope") is False
    assert door.send("unlock", key="k1") == "closed"


@pytest.mark.parametrize("start_event", [None, "open", "lock"])
def test_decorated_multi_source_to_final(door, start_event):
    if start_event:
        door.send(start_event, key="k1")
    assert door.send("demolish") == "gone"
    assert door.is_finished is True


def test_subclass_inherits_transitions(door_class):
    class FancyDoor(door_class):
        @transition("paint", "closed", None)
        def painting(self, event):
            self.context["colour"] = event.get("colour")

    door = FancyDoor(context={"secret": "x"})
    assert door.send("paint", colour="red") == "closed"
    assert door.context["colour"] == "red"
    assert door.send("open") == "open"


def test_state_machine_requires_states():
    class Empty(StateMachine):
        pass

    with pytest.raises(DefinitionError, match="no states"):
        Empty()


def test_state_machine_requires_initial():
    class NoInitial(StateMachine):
        states = ("a",)

    with pytest.raises(DefinitionError, match="no initial_state"):
        NoInitial()


def test_state_machine_unknown_final():
    class BadFinal(StateMachine):
        states = ("a",)
        initial_state = "a"
        final_states = ("z",)

    with pytest.raises(DefinitionError, match=r"\['z'\]"):
        BadFinal()


def test_state_machine_hook_unknown_state():
    class BadHook(StateMachine):
        states = ("a",)
        initial_state = "a"

        @on_enter("b")
        def entering(self, event):
            pass

    with pytest.raises(DefinitionError, match="unknown state 'b'"):
        BadHook()


def test_state_machine_missing_guard_method():
    class BadGuard(StateMachine):
        states = ("a", "b")
        initial_state = "a"

        @transition("go", "a", "b", guard="nope")
        def going(self, event):
            pass

    with pytest.raises(DefinitionError, match="guard 'nope'"):
        BadGuard()


def test_state_machine_callable_guard_and_stacked_decorators():
    class Switch(StateMachine):
        states = ("off", "on")
        initial_state = "off"

        @transition("toggle", "off", "on", guard=lambda m, e: m.context.get("power", False))
        @transition("toggle", "on", "off")
        def toggled(self, event):
            self.context["toggles"] = self.context.get("toggles", 0) + 1

    switch = Switch(context={"power": True})
    assert switch.send("toggle") == "on"
    assert switch.send("toggle") == "off"
    assert switch.context["toggles"] == 2
    switch.context["power"] = False
    assert switch.can("toggle") is False
