import pytest

from flownet import FlowNetwork


@pytest.fixture
def clrs():
    """The classic textbook network with maximum flow 23."""
    net = FlowNetwork()
    for u, v, c in [
        ("s", "v1", 16),
        ("s", "v2", 13),
        ("v2", "v1", 4),
        ("v1", "v3", 12),
        ("v3", "v2", 9),
        ("v2", "v4", 14),
        ("v4", "v3", 7),
        ("v3", "t", 20),
        ("v4", "t", 4),
    ]:
        net.add_edge(u, v, c)
    return net


@pytest.fixture
def diamond():
    net = FlowNetwork()
    net.add_edge("s", "a", 3)
    net.add_edge("s", "b", 2)
    net.add_edge("a", "b", 1)
    net.add_edge("a", "t", 2)
    net.add_edge("b", "t", 3)
    return net
