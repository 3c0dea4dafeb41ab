from flownet import FlowNetwork


def test_min_cut_clrs(clrs):
    cut = clrs.min_cut("s", "t")
    assert cut.capacity == 23
    assert cut.source_side == frozenset({"s", "v1", "v2", "v4"})
    assert cut.sink_side == frozenset({"v3", "t"})
    assert sorted(cut.edges) == [("v1", "v3", 12), ("v4", "t", 4), ("v4", "v3", 7)]


def test_min_cut_equals_max_flow(diamond):
    assert diamond.min_cut("s", "t").capacity == diamond.max_flow("s", "t").value


def test_min_cut_at_source_bottleneck():
    net = FlowNetwork()
    net.add_edge("s", "a", 1)
    net.add_edge("a", "t", 10)
    cut = net.min_cut("s", "t")
    assert cut.edges == [("s", "a", 1)]
    assert cut.source_side == frozenset({"s"})


def test_min_cut_ignores_zero_capacity_edges():
    net = FlowNetwork()
    net.add_edge("s", "t", 2)
    net.add_edge("s", "z", 0)
    net.add_edge("z", "t", 5)
    cut = net.min_cut("s", "t")
    assert cut.edges == [("s", "t", 2)]
    assert cut.capacity == 2
    assert cut.sink_side == frozenset({"z", "t"})


def test_min_cut_disconnected():
    net = FlowNetwork()
    net.add_node("s")
    net.add_node("t")
    cut = net.min_cut("s", "t")
    assert cut.edges == []
    assert cut.capacity == 0
