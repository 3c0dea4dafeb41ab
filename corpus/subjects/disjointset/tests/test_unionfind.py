import pytest

from disjointset import DisjointSet, DisjointSetError, UnknownElementError


def test_initial_singletons(letters):
    assert len(letters) == 7
    assert letters.group_count == 7
    assert letters.find("c") == "c"
    assert list(letters) == list("abcdefg")


def test_add_duplicate(letters):
    assert letters.add("a") is False
    assert letters.add("z") is True
    assert letters.group_count == 8
    assert "z" in letters
    assert "y" not in letters


def test_union_reports_merge(letters):
    assert letters.union("a", "b") is True
    assert letters.union("b", "a") is False
    assert letters.group_count == 6


def test_grouped_state(grouped):
    assert grouped.group_count == 3
    assert grouped.connected("a", "c")
    assert not grouped.connected("a", "e")
    assert grouped.size_of("d") == 4
    assert grouped.size_of("e") == 1
    assert grouped.size_of("g") == 2


def test_groups_order(grouped):
    assert grouped.groups() == [["a", "b", "c", "d"], ["e"], ["f", "g"]]


def test_members(grouped):
    assert grouped.members("c") == ["a", "b", "c", "d"]
    assert grouped.members("e") == ["e"]


def test_union_by_rank(letters):
    letters.union("a", "b")
    assert letters.rank_of("a") == 1
    letters.union("c", "a")
    assert letters.find("c") == "a"
    assert letters.rank_of("c") == 1
    letters.union("d", "e")
    letters.union("d", "a")
    assert letters.rank_of("e") == 2
    assert letters.find("e") == "d"
    assert letters.find("b") == "d"


def test_equal_rank_first_root_wins(letters):
    letters.union("a", "b")
    letters.union("c", "d")
    letters.union("c", "a")
    assert letters.find("b") == "c"
    assert letters.rank_of("a") == 2


def test_path_compression():
    chain = DisjointSet(range(5))
    chain._parent.update({1: 0, 2: 1, 3: 2, 4: 3})
    assert chain.find(4) == 0
    assert [chain._parent[i] for i in range(5)] == [0, 0, 0, 0, 0]


def test_unknown_elements(letters):
    with pytest.raises(UnknownElementError):
        letters.find("z")
    with pytest.raises(KeyError):
        letters.union("a", "z")
    assert letters.group_count == 7


def test_union_create():
    ds = DisjointSet()
    assert ds.union(1, 2, create=True) is True
    assert ds.union(2, 3, create=True) is True
    assert ds.groups() == [[1, 2, 3]]
    assert ds.group_count == 1


def test_labels(grouped):
    assert grouped.labels() == {"a": 0, "b": 0, "c": 0, "d": 0, "e": 1, "f": 2, "g": 2}


def test_union_all(letters):
    assert letters.union_all("aceg") == 3
    assert letters.union_all("ace") == 0
    assert letters.union_all([]) == 0
    assert letters.groups() == [["a", "c", "e", "g"], ["b"], ["d"], ["f"]]


def test_union_all_create():
    ds = DisjointSet()
    assert ds.union_all([5, 6, 7], create=True) == 2
    assert ds.size_of(7) == 3


def test_union_all_unknown(letters):
    with pytest.raises(UnknownElementError):
        letters.union_all(["a", "zz"])


def test_largest_group(grouped):
    assert grouped.largest_group() == ["a", "b", "c", "d"]
    assert DisjointSet("xy").largest_group() == ["x"]
    with pytest.raises(DisjointSetError):
        DisjointSet().largest_group()


def test_repr(grouped):
    assert repr(grouped) == "DisjointSet(elements=7, groups=3)"


def test_membership_and_iteration_include_non_roots(grouped):
    assert "b" in grouped
    assert "g" in grouped
    assert list(grouped) == list("abcdefg")
    assert len(grouped) == 7


def test_labels_when_root_was_added_last():
    ds = DisjointSet("abc")
    ds.union("c", "a")
    assert ds.find("a") == "c"
    assert ds.labels() == {"a": 0, "b": 1, "c": 0}


def test_union_all_unknown_first_element_is_not_added(letters):
    with pytest.raises(UnknownElementError):
        letters.union_all(["zz", "a"])
    assert "zz" not in letters


def test_union_all_single_new_element_with_create():
    ds = DisjointSet()
    assert ds.union_all(["solo"], create=True) == 0
    assert "solo" in ds
    assert ds.groups() == [["solo"]]
