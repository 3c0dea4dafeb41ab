import pytest

from flownet import FlowNetwork, FlowResult, UnknownNodeError, multi_source_max_flow


def test_add_edge_accumulates_capacity():
    net = FlowNetwork()
    net.add_edge("a", "b", 2)
    net.add_edge("a", "b", 3)
    assert net.capacity("a", "b") == 5
    assert net.capacity("b", "a") == 0
    assert net.capacity("zz", "a") == 0
    assert net.edges() == [("a", "b", 5)]
    assert net.nodes == ["a", "b"]


@pytest.mark.parametrize("u, v, cap", [("a", "b", -1), ("a", "a", 3)])
def test_add_edge_rejects(u, v, cap):
    with pytest.raises(ValueError):
        FlowNetwork().add_edge(u, v, cap)


def test_max_flow_clrs(clrs):
    result = clrs.max_flow("s", "t")
    assert result.value == 23
    assert clrs.verify(result) is True
    assert result.inflow("t") == 23
    assert result.outflow("s") == 23


def test_max_flow_diamond_flows(diamond):
    result = diamond.max_flow("s", "t")
    assert result.value == 5
    assert result.flows == {("s", "a"): 3, ("s", "b"): 2, ("a", "b"): 1, ("a", "t"): 2, ("b", "t"): 3}
    assert result.paths == [["s", "a", "t"], ["s", "b", "t"], ["s", "a", "b", "t"]]
    assert result.flow("b", "a") == 0


def test_max_flow_does_not_mutate(diamond):
    diamond.max_flow("s", "t")
    assert diamond.max_flow("s", "t").value == 5
    assert diamond.capacity("s", "a") == 3


def test_disconnected_sink():
    net = FlowNetwork()
    net.add_edge("s", "a", 5)
    net.add_node("t")
    result = net.max_flow("s", "t")
    assert result.value == 0
    assert result.flows == {}
    assert result.paths == []


def test_antiparallel_edges():
    net = FlowNetwork()
    net.add_edge("s", "a", 4)
    net.add_edge("a", "b", 3)
    net.add_edge("b", "a", 2)
    net.add_edge("b", "t", 5)
    result = net.max_flow("s", "t")
    assert result.value == 3
    assert net.verify(result)


def test_source_sink_validation(diamond):
    with pytest.raises(UnknownNodeError) as info:
        diamond.max_flow("s", "nowhere")
    assert str(info.value) == "node 'nowhere' is not in the network"
    with pytest.raises(ValueError, match="differ"):
        diamond.max_flow("s", "s")


def test_verify_detects_bad_flows(diamond):
    good = diamond.max_flow("s", "t")
    over = FlowResult("s", "t", 5, {**good.flows, ("s", "a"): 4})
    assert diamond.verify(over) is False
    leak = FlowResult("s", "t", 5, {**good.flows, ("a", "t"): 1})
    assert diamond.verify(leak) is False
    wrong_value = FlowResult("s", "t", 6, dict(good.flows))
    assert diamond.verify(wrong_value) is False
    negative = FlowResult("s", "t", 5, {**good.flows, ("a", "b"): -1})
    assert diamond.verify(negative) is False


def test_fractional_capacities():
    net = FlowNetwork()
    net.add_edge("s", "m", 1.5)
    net.add_edge("m", "t", 2.5)
    assert net.max_flow("s", "t").value == 1.5


def test_multi_source(diamond):
    diamond.add_edge("x", "b", 10)
    diamond.add_edge("a", "u", 4)
    assert multi_source_max_flow(diamond, ["s", "x"], ["t"]).value == 5
    result = multi_source_max_flow(diamond, ["s", "x"], ["t", "u"])
    assert result.value == 6
    assert (repr(result.source), repr(result.sink)) == ("<source>", "<sink>")
    assert result.flow("a", "u") == 1
    assert result.paths[0][1:-1] == ["s", "a", "t"]


@pytest.mark.parametrize(
    "sources, sinks, error",
    [([], ["t"], ValueError), (["s"], [], ValueError), (["s"], ["s"], ValueError),
     (["q"], ["t"], UnknownNodeError), (["s"], ["q"], UnknownNodeError)],
)
def test_multi_source_validation(diamond, sources, sinks, error):
    with pytest.raises(error):
        multi_source_max_flow(diamond, sources, sinks)
