import pytest

from jsonpathlite import compile_path, query, slice_indices


@pytest.mark.parametrize(
    "path, expected",
    [
        ("$", [{"a": {"b": 1}, "list": [10, 20, 30]}]),
        ("$.a", [{"b": 1}]),
        ("$.a.b", [1]),
        ("$['a']['b']", [1]),
        ('$["a"].b', [1]),
        ("$.missing", []),
        ("$.a.b.c", []),
        ("$.list[0]", [10]),
        ("$.list[-1]", [30]),
        ("$.list[-3]", [10]),
        ("$.list[3]", []),
        ("$.list[-4]", []),
        ("$.a[0]", []),
        ("$.list.b", []),
        ("$.list[0,2]", [10, 30]),
        ("$.list[2,0,2]", [30, 10, 30]),
        ("$['a','list'][0]", [10]),
        ("$.*", [{"b": 1}, [10, 20, 30]]),
        ("$[*]", [{"b": 1}, [10, 20, 30]]),
        ("$.list[*]", [10, 20, 30]),
        ("$.a.b.*", []),
    ],
)
def test_basic_selectors(path, expected):
    data = {"a": {"b": 1}, "list": [10, 20, 30]}
    assert query(data, path) == expected


@pytest.mark.parametrize(
    "path, expected",
    [
        ("$[1:3]", ["b", "c"]),
        ("$[:2]", ["a", "b"]),
        ("$[5:]", ["f", "g"]),
        ("$[:]", ["a", "b", "c", "d", "e", "f", "g"]),
        ("$[-2:]", ["f", "g"]),
        ("$[::2]", ["a", "c", "e", "g"]),
        ("$[1:6:2]", ["b", "d", "f"]),
        ("$[::-1]", ["g", "f", "e", "d", "c", "b", "a"]),
        ("$[5:1:-2]", ["f", "d"]),
        ("$[-1:-4:-1]", ["g", "f", "e"]),
        ("$[10:20]", []),
        ("$[-20:2]", ["a", "b"]),
        ("$[3:1]", []),
        ("$[1:2:]", ["b"]),
    ],
)
def test_slices(letters, path, expected):
    assert query(letters, path) == expected


@pytest.mark.parametrize("length", [0, 1, 5])
@pytest.mark.parametrize(
    "start, stop, step",
    [(None, None, 1), (1, None, 1), (-2, None, 1), (None, -1, 2), (None, None, -1), (3, 0, -1), (-1, -10, -2), (8, -8, -3)],
)
def test_slice_indices_match_python(length, start, stop, step):
    items = list(range(length))
    assert [items[i] for i in slice_indices(start, stop, step, length)] == items[start:stop:step]


def test_slice_on_non_list(store):
    assert query(store, "$.store[0:1]") == []


def test_descendant_names(store):
    assert query(store, "$..author") == ["Nigel Rees", "Evelyn Waugh", "Herman Melville", "J. R. R. Tolkien"]
    assert query(store, "$.store..price") == [8.95, 12.99, 8.99, 22.99, 399]


def test_descendant_brackets(store):
    assert query(store, "$..book[2].title") == ["Moby Dick"]
    assert query(store, "$..book[-1:].title") == ["The Lord of the Rings"]
    assert query(store, "$..['color','isbn']") == ["0-553-21311-3", "0-395-19395-8", "red"]


def test_descendant_wildcard_order():
    data = {"a": [1, {"b": 2}], "c": 3}
    assert query(data, "$..*") == [[1, {"b": 2}], 3, 1, {"b": 2}, 2]


def test_descendant_includes_nested_matches():
    data = {"x": {"x": {"x": 1}}}
    assert compile_path("$..x").paths(data) == ["$['x']", "$['x']['x']", "$['x']['x']['x']"]


def test_names_with_special_characters():
    data = {"a b": 1, "it's": 2, "back\\slash": 3}
    assert query(data, "$['a b']") == [1]
    path = compile_path(r"$['it\'s', 'back\\slash']")
    assert path.values(data) == [2, 3]
    assert path.paths(data) == ["$['it\\'s']", "$['back\\\\slash']"]
