import pytest

from triedict import TrieDict


@pytest.mark.parametrize(
    "prefix, expected",
    [
        ("", ["car", "card", "care", "careful", "cat", "do", "dog"]),
        ("car", ["car", "card", "care", "careful"]),
        ("care", ["care", "careful"]),
        ("d", ["do", "dog"]),
        ("x", []),
        ("carefully", []),
    ],
)
def test_iterkeys(trie, prefix, expected):
    assert list(trie.iterkeys(prefix)) == expected


def test_iteritems(trie):
    assert list(trie.iteritems("ca")) == [("car", 5), ("card", 2), ("care", 9), ("careful", 4), ("cat", 7)]


@pytest.mark.parametrize(
    "prefix, expected",
    [("", 7), ("c", 5), ("car", 4), ("care", 2), ("careful", 1), ("cab", 0), ("do", 2)],
)
def test_count(trie, prefix, expected):
    assert trie.count(prefix) == expected
    assert trie.has_prefix(prefix) is (expected > 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("carefully", ("careful", 4)),
        ("cards", ("card", 2)),
        ("car", ("car", 5)),
        ("caret", ("care", 9)),
        ("dogma", ("dog", 3)),
        ("dot", ("do", 1)),
    ],
)
def test_longest_prefix(trie, text, expected):
    assert trie.longest_prefix(text) == expected


def test_longest_prefix_none(trie):
    with pytest.raises(KeyError):
        trie.longest_prefix("cab")
    assert trie.longest_prefix("ca", None) is None
    assert trie.longest_prefix("", "nothing") == "nothing"


def test_longest_prefix_uses_empty_key():
    trie = TrieDict({"": 0, "ab": 1})
    assert trie.longest_prefix("a") == ("", 0)
    assert trie.longest_prefix("abc") == ("ab", 1)


def test_prefixes_of(trie):
    assert list(trie.prefixes_of("carefully")) == [("car", 5), ("care", 9), ("careful", 4)]
    assert list(trie.prefixes_of("do")) == [("do", 1)]
    assert list(trie.prefixes_of("zzz")) == []


def test_prefixes_of_with_empty_key():
    trie = TrieDict({"": 0, "a": 1})
    assert list(trie.prefixes_of("ab")) == [("", 0), ("a", 1)]


@pytest.mark.parametrize(
    "prefix, limit, expected",
    [
        ("ca", 3, ["car", "card", "care"]),
        ("ca", None, ["car", "card", "care", "careful", "cat"]),
        ("ca", 0, []),
        ("do", 10, ["do", "dog"]),
        ("q", 5, []),
        ("", 1, ["car"]),
    ],
)
def test_autocomplete_alphabetical(trie, prefix, limit, expected):
    assert trie.autocomplete(prefix, limit) == expected


def test_autocomplete_by_score(trie):
    by_value = lambda key, value: value
    assert trie.autocomplete("ca", 3, score=by_value) == ["care", "cat", "car"]
    assert trie.autocomplete("car", None, score=by_value) == ["care", "car", "careful", "card"]


def test_autocomplete_score_ties_alphabetical():
    trie = TrieDict({"bb": 1, "ba": 1, "bc": 2})
    assert trie.autocomplete("b", 2, score=lambda k, v: v) == ["bc", "ba"]


def test_autocomplete_negative_limit(trie):
    with pytest.raises(ValueError):
        trie.autocomplete("c", -1)


@pytest.mark.parametrize(
    "key, expected",
    [("cat", "cat"), ("dog", "dog"), ("careful", "caref"), ("card", "card"), ("car", "car")],
)
def test_shortest_unique_prefix(trie, key, expected):
    assert trie.shortest_unique_prefix(key) == expected


def test_shortest_unique_prefix_single_key():
    assert TrieDict({"hello": 1, "world": 2}).shortest_unique_prefix("world") == "w"


def test_shortest_unique_prefix_missing(trie):
    with pytest.raises(KeyError):
        trie.shortest_unique_prefix("ca")


@pytest.mark.parametrize(
    "keys, expected",
    [
        (["interview", "internet", "interval"], "inter"),
        (["flow", "flow"], "flow"),
        (["app", "apple"], "app"),
        (["a", "b"], ""),
        ([], ""),
    ],
)
def test_common_prefix(keys, expected):
    assert TrieDict({key: 1 for key in keys}).common_prefix() == expected


def test_delete_prefix(trie):
    assert trie.delete_prefix("car") == 4
    assert list(trie) == ["cat", "do", "dog"]
    assert trie.count("ca") == 1
    assert trie.node_count == 7


def test_delete_prefix_missing(trie):
    assert trie.delete_prefix("cab") == 0
    assert len(trie) == 7


def test_delete_prefix_everything(trie):
    assert trie.delete_prefix("") == 7
    assert len(trie) == 0
    assert trie.node_count == 1
    trie["new"] = 1
    assert list(trie) == ["new"]


def test_autocomplete_default_limit_is_ten():
    trie = TrieDict({f"k{i:02d}": i for i in range(12)})
    assert trie.autocomplete("k") == [f"k{i:02d}" for i in range(10)]


def test_autocomplete_score_can_use_the_key():
    trie = TrieDict({"ab": 3, "ac": 1, "abc": 0})
    assert trie.autocomplete("a", None, score=lambda key, value: len(key)) == ["abc", "ab", "ac"]


def test_defaults_cover_everything(trie):
    assert trie.count() == 7
    assert list(trie.iterkeys()) == list(trie)
    assert [key for key, _ in trie.iteritems()] == list(trie)


def test_delete_prefix_missing_deep(trie):
    assert trie.delete_prefix("cxyz") == 0
    assert len(trie) == 7


def test_delete_prefix_removes_empty_key():
    trie = TrieDict({"": 0, "a": 1})
    assert trie.delete_prefix("") == 2
    assert "" not in trie
    assert list(trie) == []
