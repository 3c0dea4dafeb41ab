import pytest

from tinylisp.environment import Environment
from tinylisp.errors import UnboundSymbolError


@pytest.fixture
def nested():
    outer = Environment({"a": 1, "b": 2})
    inner = outer.child(["b", "c"], [20, 30])
    return outer, inner


def test_lookup_walks_outward(nested):
    outer, inner = nested
    assert inner.lookup("a") == 1
    assert inner.lookup("b") == 20
    assert outer.lookup("b") == 2


def test_find_returns_binding_frame(nested):
    outer, inner = nested
    assert inner.find("a") is outer
    assert inner.find("c") is inner
    assert inner.find("zzz") is None


def test_define_shadows_in_current_frame(nested):
    outer, inner = nested
    inner.define("a", 100)
    assert inner.lookup("a") == 100
    assert outer.lookup("a") == 1


def test_assign_updates_defining_frame(nested):
    outer, inner = nested
    inner.assign("a", 5)
    assert outer.bindings["a"] == 5
    assert "a" not in inner.bindings


def test_unbound_errors(nested):
    _, inner = nested
    with pytest.raises(UnboundSymbolError, match="unbound symbol: q") as info:
        inner.lookup("q")
    assert info.value.name == "q"
    with pytest.raises(UnboundSymbolError):
        inner.assign("q", 1)


def test_contains(nested):
    _, inner = nested
    assert "a" in inner
    assert "nope" not in inner
    assert 3 not in inner


def test_child_with_no_bindings():
    env = Environment()
    child = env.child()
    assert child.bindings == {}
    assert child.parent is env
