import pytest

from fsmkit import Event, State, Transition


@pytest.mark.parametrize("name", ["", "a b", "tab\there"])
def test_event_rejects_bad_names(name):
    with pytest.raises(ValueError):
        Event(name)


def test_event_get_with_default():
    event = Event("coin", {"amount": 5})
    assert event.get("amount") == 5
    assert event.get("missing", 7) == 7


def test_state_rejects_wildcard_and_non_string():
    with pytest.raises(ValueError, match="reserved"):
        State("*")
    with pytest.raises(ValueError, match="non-empty"):
        State(3)


def test_state_hooks_run_in_order():
    calls = []
    state = State(
        "s",
        on_enter=[lambda m, e: calls.append("e1"), lambda m, e: calls.append("e2")],
        on_exit=[lambda m, e: calls.append("x1")],
    )
    state.enter(None, Event("go"))
    state.exit(None, Event("go"))
    assert calls == ["e1", "e2", "x1"]


def test_transition_target_cannot_be_wildcard():
    with pytest.raises(ValueError, match="target"):
        Transition("go", "a", "*")


def test_transition_bad_target_name():
    with pytest.raises(ValueError):
        Transition("go", "a", "b c")


@pytest.mark.parametrize(
    "source, state, expected",
    [("a", "a", True), ("a", "b", False), ("*", "b", True)],
)
def test_transition_matches(source, state, expected):
    assert Transition("go", source, "c").matches(state) is expected


def test_transition_internal_flag():
    assert Transition("go", "a", None).internal is True
    assert Transition("go", "a", "b").internal is False


def test_transition_guards_all_must_pass():
    t = Transition("go", "a", "b", guards=(lambda m, e: True, lambda m, e: e.get("ok", False)))
    assert t.is_allowed(None, Event("go", {"ok": True})) is True
    assert t.is_allowed(None, Event("go")) is False
