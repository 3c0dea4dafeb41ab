import pytest

from fsmkit import MachineBuilder, StateMachine, on_enter, on_exit, transition


def record(label):
    def hook(machine, event):
        machine.context.setdefault("log", []).append(f"{label}:{event.name}")
    return hook


@pytest.fixture
def turnstile_builder():
    def has_coin(machine, event):
        return event.get("amount", 0) >= 25

    def count_coin(machine, event):
        machine.context["coins"] = machine.context.get("coins", 0) + event.get("amount", 0)

    return (
        MachineBuilder()
        .state("locked", initial=True, on_enter=record("enter-locked"), on_exit=record("exit-locked"))
        .state("unlocked", on_enter=record("enter-unlocked"), on_exit=record("exit-unlocked"))
        .state("broken", final=True)
        .transition("coin", "locked", "unlocked", guard=has_coin, action=count_coin)
        .transition("push", "unlocked", "locked")
        .internal("coin", "unlocked", action=count_coin)
        .transition("smash", ["locked", "unlocked"], "broken")
    )


@pytest.fixture
def turnstile(turnstile_builder):
    return turnstile_builder.build(context={"coins": 0})


class Door(StateMachine):
    states = ("closed", "open", "locked", "gone")
    initial_state = "closed"
    final_states = ("gone",)

    def has_key(self, event):
        return event.get("key") == self.context.get("secret")

    @transition("open", "closed", "open")
    def opening(self, event):
        self.context["opened"] = self.context.get("opened", 0) + 1

    @transition("close", "open", "closed")
    def closing(self, event):
        pass

    @transition("lock", "closed", "locked", guard="has_key")
    def locking(self, event):
        pass

    @transition("unlock", "locked", "closed", guard=["has_key"])
    def unlocking(self, event):
        pass

    @transition("demolish", ["closed", "open", "locked"], "gone")
    def demolishing(self, event):
        pass

    @on_enter("open")
    def entered_open(self, event):
        self.context.setdefault("log", []).append("enter-open")

    @on_exit("open")
    def left_open(self, event):
        self.context.setdefault("log", []).append("exit-open")


@pytest.fixture
def door_class():
    return Door


@pytest.fixture
def door(door_class):
    return door_class(context={"secret": "k1"})
