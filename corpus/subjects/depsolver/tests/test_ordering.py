import pytest

from depsolver import CycleError, find_cycle, install_layers, install_order


def test_install_order_dependencies_first():
    graph = {"app": {"web", "db"}, "web": {"http"}, "db": set(), "http": set()}
    assert install_order(graph) == ["db", "http", "web", "app"]


def test_install_order_ignores_external_dependencies():
    assert install_order({"a": {"os-lib"}, "b": {"a"}}) == ["a", "b"]


def test_install_order_empty():
    assert install_order({}) == []
    assert install_layers({}) == []


def test_install_order_reports_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set(), "e": {"d", "a"}}
    with pytest.raises(CycleError) as info:
        install_order(graph)
    assert info.value.cycle == ["a", "b", "c", "a"]
    assert str(info.value) == "dependency cycle: a -> b -> c -> a"


def test_self_dependency_is_cycle():
    assert find_cycle({"a": {"a"}}) == ["a", "a"]


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b"}, "b": set()}, None),
        ({"x": {"y"}, "y": {"z"}, "z": {"y"}}, ["y", "z", "y"]),
        ({"a": {"b", "c"}, "b": set(), "c": {"d"}, "d": {"a"}}, ["a", "c", "d", "a"]),
        ({"a": {"missing"}}, None),
    ],
)
def test_find_cycle(graph, expected):
    assert find_cycle(graph) == expected


def test_find_cycle_shared_subtree_visited_once():
    graph = {"a": {"c"}, "b": {"c"}, "c": {"d"}, "d": set()}
    assert find_cycle(graph) is None


def test_install_layers():
    graph = {"app": {"web", "db"}, "web": {"http"}, "db": set(), "http": set(), "tool": set()}
    assert install_layers(graph) == [["db", "http", "tool"], ["web"], ["app"]]
