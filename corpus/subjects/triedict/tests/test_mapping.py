import pytest

from triedict import InvalidKeyError, TrieDict


def test_len_and_lookup(trie):
    assert len(trie) == 7
    assert trie["care"] == 9
    assert trie.get("ca") is None
    assert trie.get("cart", -1) == -1


def test_iteration_sorted(trie):
    assert list(trie) == ["car", "card", "care", "careful", "cat", "do", "dog"]


def test_equality_with_dict(trie, words):
    assert trie == words
    assert dict(trie.items()) == words


def test_overwrite_does_not_grow(trie):
    trie["car"] = 50
    assert len(trie) == 7
    assert trie["car"] == 50
    assert trie.count("car") == 4


def test_contains(trie):
    assert "card" in trie
    assert "ca" not in trie
    assert "cards" not in trie
    assert 5 not in trie


def test_missing_key_raises(trie):
    with pytest.raises(KeyError):
        trie["ca"]
    with pytest.raises(KeyError):
        trie["zebra"]


@pytest.mark.parametrize("bad", [1, None, b"car", ("c",)])
def test_non_string_keys_rejected(trie, bad):
    with pytest.raises(InvalidKeyError):
        trie[bad] = 1
    with pytest.raises(TypeError):
        trie[bad]


def test_empty_key():
    trie = TrieDict()
    trie[""] = "root"
    trie["a"] = "x"
    assert len(trie) == 2
    assert list(trie) == ["", "a"]
    del trie[""]
    assert list(trie) == ["a"]
    assert trie.node_count == 2


def test_delete_prunes_nodes(trie):
    before = trie.node_count
    del trie["careful"]
    assert trie.node_count == before - 3
    assert "care" in trie
    assert trie.count("care") == 1


def test_delete_inner_key_keeps_descendants(trie):
    nodes = trie.node_count
    del trie["car"]
    assert trie.node_count == nodes
    assert list(trie.iterkeys("car")) == ["card", "care", "careful"]
    assert len(trie) == 6
    assert trie.count("car") == 3
    assert trie.count("ca") == 4


def test_delete_last_key_leaves_only_root():
    trie = TrieDict({"abc": 1})
    del trie["abc"]
    assert trie.node_count == 1
    assert len(trie) == 0


@pytest.mark.parametrize("missing", ["ca", "cards", "x", "", "zebra", "cxt"])
def test_delete_missing(trie, missing):
    with pytest.raises(KeyError):
        del trie[missing]
    assert len(trie) == 7


def test_pop_and_setdefault(trie):
    assert trie.pop("dog") == 3
    assert trie.pop("dog", None) is None
    assert trie.setdefault("do", 100) == 1
    assert trie.setdefault("dot", 8) == 8
    assert list(trie.iterkeys("do")) == ["do", "dot"]


def test_clear(trie):
    trie.clear()
    assert len(trie) == 0
    assert list(trie) == []
    assert trie.node_count == 1


def test_case_insensitive():
    trie = TrieDict({"Apple": 1}, case_insensitive=True)
    trie["APPLE"] = 2
    assert len(trie) == 1
    assert trie["aPpLe"] == 2
    assert list(trie) == ["apple"]
    assert "APPLE" in trie
    assert trie.case_insensitive


def test_case_sensitive_by_default():
    trie = TrieDict({"Apple": 1, "apple": 2})
    assert list(trie) == ["Apple", "apple"]
    assert not trie.case_insensitive


def test_repr():
    assert repr(TrieDict({"b": 2, "a": 1})) == "TrieDict({'a': 1, 'b': 2})"
    assert repr(TrieDict()) == "TrieDict({})"


def test_case_insensitive_prefix_queries():
    trie = TrieDict({"Apple": 1, "apricot": 2, "App": 3}, case_insensitive=True)
    assert list(trie.iterkeys("AP")) == ["app", "apple", "apricot"]
    assert trie.count("APP") == 2
    assert trie.longest_prefix("APPLESAUCE") == ("apple", 1)
    assert list(trie.prefixes_of("APPLE")) == [("app", 3), ("apple", 1)]
