import pytest

from sortedcoll import SortedDict, SortedItemsView, SortedKeysView


def test_iteration_sorted(prices):
    assert list(prices) == ["apple", "banana", "fig", "kiwi", "pear"]
    assert list(reversed(prices)) == ["pear", "kiwi", "fig", "banana", "apple"]
    assert len(prices) == 5


def test_kwargs_and_pairs():
    d = SortedDict([("b", 2)], a=1)
    assert list(d.items()) == [("a", 1), ("b", 2)]


def test_set_existing_does_not_duplicate(prices):
    prices["fig"] = 20
    assert list(prices) == ["apple", "banana", "fig", "kiwi", "pear"]
    assert prices["fig"] == 20


def test_insert_and_delete(prices):
    prices["cherry"] = 6
    assert prices.index("cherry") == 2
    del prices["apple"]
    assert list(prices) == ["banana", "cherry", "fig", "kiwi", "pear"]
    with pytest.raises(KeyError):
        del prices["apple"]


def test_mapping_mixins(prices):
    assert prices.get("kiwi") == 4
    assert prices.get("lime") is None
    assert prices.pop("kiwi") == 4
    assert prices.setdefault("lime", 7) == 7
    assert list(prices) == ["apple", "banana", "fig", "lime", "pear"]
    assert "lime" in prices


def test_views(prices):
    keys, values, items = prices.keys(), prices.values(), prices.items()
    assert isinstance(keys, SortedKeysView)
    assert keys[0] == "apple"
    assert keys[-1] == "pear"
    assert keys[1:3] == ["banana", "fig"]
    assert values[1] == 1
    assert list(values) == [5, 1, 2, 4, 3]
    assert items[2] == ("fig", 2)
    assert list(reversed(values)) == [3, 4, 2, 1, 5]
    assert values[1:3] == [1, 2]
    assert items[3:] == [("kiwi", 4), ("pear", 3)]
    assert len(items) == 5


def test_views_are_live(prices):
    keys = prices.keys()
    prices["aardvark"] = 0
    assert keys[0] == "aardvark"
    assert len(keys) == 6


def test_view_membership(prices):
    assert "fig" in prices.keys()
    assert "lime" not in prices.keys()
    assert ("fig", 2) in prices.items()
    assert ("fig", 3) not in prices.items()
    assert ("lime", 3) not in prices.items()
    assert "fig" not in prices.items()
    assert ("fig", 2, 3) not in prices.items()
    assert ["fig", 2] not in prices.items()
    assert 3 in prices.values()


def test_view_equality_and_repr(prices):
    assert prices.keys() == ["apple", "banana", "fig", "kiwi", "pear"]
    assert prices.values() == SortedDict(prices).values()
    assert prices.keys().__eq__({"apple"}) is NotImplemented
    assert repr(SortedDict({"b": 1, "a": 2}).items()) == "SortedItemsView([('a', 2), ('b', 1)])"
    assert isinstance(prices.items(), SortedItemsView)


def test_index(prices):
    assert prices.index("apple") == 0
    assert prices.index("pear") == 4
    with pytest.raises(KeyError):
        prices.index("lime")


def test_peekitem_popitem(prices):
    assert prices.peekitem() == ("pear", 3)
    assert prices.peekitem(0) == ("apple", 5)
    assert prices.popitem() == ("pear", 3)
    assert prices.popitem(1) == ("banana", 1)
    assert list(prices) == ["apple", "fig", "kiwi"]


def test_peek_pop_empty():
    with pytest.raises(KeyError):
        SortedDict().peekitem()
    with pytest.raises(KeyError):
        SortedDict().popitem()


def test_bisect(prices):
    assert prices.bisect_left("fig") == 2
    assert prices.bisect_right("fig") == 3
    assert prices.bisect_left("cherry") == 2


def test_irange(prices):
    assert list(prices.irange("b", "k")) == ["banana", "fig"]
    assert list(prices.irange("banana", "fig")) == ["banana", "fig"]
    assert list(prices.irange("banana", "kiwi", (False, True))) == ["fig", "kiwi"]
    assert list(prices.irange(maximum="fig", reverse=True)) == ["fig", "banana", "apple"]
    assert list(prices.irange_items("fig", "kiwi")) == [("fig", 2), ("kiwi", 4)]


@pytest.mark.parametrize(
    "method, probe, expected",
    [
        ("floor_key", "fig", "fig"),
        ("floor_key", "grape", "fig"),
        ("ceiling_key", "fig", "fig"),
        ("ceiling_key", "grape", "kiwi"),
        ("lower_key", "fig", "banana"),
        ("lower_key", "grape", "fig"),
        ("higher_key", "fig", "kiwi"),
        ("higher_key", "grape", "kiwi"),
        ("floor_key", "zebra", "pear"),
        ("ceiling_key", "a", "apple"),
    ],
)
def test_neighbours(prices, method, probe, expected):
    assert getattr(prices, method)(probe) == expected


@pytest.mark.parametrize(
    "method, probe",
    [("floor_key", "aa"), ("lower_key", "apple"), ("ceiling_key", "zz"), ("higher_key", "pear")],
)
def test_neighbours_missing(prices, method, probe):
    with pytest.raises(KeyError):
        getattr(prices, method)(probe)
    assert getattr(prices, method)(probe, "absent") == "absent"


def test_custom_key_order():
    d = SortedDict({"bb": 1, "a": 2, "ccc": 3, "dd": 4}, key=len)
    assert list(d) == ["a", "bb", "dd", "ccc"]
    del d["bb"]
    assert list(d) == ["a", "dd", "ccc"]
    assert d.key is len


def test_equality(prices):
    assert prices == {"pear": 3, "apple": 5, "fig": 2, "kiwi": 4, "banana": 1}
    assert prices == prices.copy()
    assert prices != SortedDict({"a": 1})
    assert prices.__eq__([1]) is NotImplemented


def test_copy_independent(prices):
    clone = prices.copy()
    clone["zz"] = 0
    del clone["apple"]
    assert "zz" not in prices
    assert list(prices)[0] == "apple"
    assert list(clone) == ["banana", "fig", "kiwi", "pear", "zz"]


def test_clear_and_repr(prices):
    assert repr(SortedDict({"b": 2, "a": 1})) == "SortedDict({'a': 1, 'b': 2})"
    prices.clear()
    assert len(prices) == 0
    assert list(prices.keys()) == []
    assert repr(prices) == "SortedDict({})"
