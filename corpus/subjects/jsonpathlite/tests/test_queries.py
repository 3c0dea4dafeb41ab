import pytest

from jsonpathlite import JSONPath, JSONPathSyntaxError, Node, compile_path, parse


def test_paths_are_normalized(store):
    path = compile_path("$.store.book[?(@.price > 20)].title")
    assert path.paths(store) == ["$['store']['book'][3]['title']"]


def test_find_returns_nodes_with_locations(store):
    nodes = JSONPath("$.store.bicycle.*").find(store)
    assert nodes == [Node("red", ("store", "bicycle", "color")), Node(399, ("store", "bicycle", "price"))]
    assert Node(1).path == "$"


def test_first_and_default(store):
    path = JSONPath("$..isbn")
    assert path.first(store) == "0-553-21311-3"
    assert JSONPath("$.nope").first(store) is None
    assert JSONPath("$.nope").first(store, default=0) == 0


def test_root_of_scalar_document():
    assert JSONPath("$").values(5) == [5]
    assert JSONPath("$.a").values(5) == []
    assert JSONPath("$[*]").values("text") == []


def test_compile_path_caches():
    assert compile_path("$.cached") is compile_path("$.cached")
    assert repr(compile_path("$.cached")) == "JSONPath('$.cached')"


@pytest.mark.parametrize(
    "source, singular",
    [("$", True), ("$.a[0]['b']", True), ("$.a[*]", False), ("$..a", False), ("$['a','b']", False), ("$[0:1]", False)],
)
def test_is_singular(source, singular):
    assert JSONPath(source).is_singular is singular


def test_results_do_not_copy_values(store):
    books = JSONPath("$.store.book").first(store)
    assert books is store["store"]["book"]


@pytest.mark.parametrize(
    "source, message, position",
    [
        ("", "expected '$', found end of query", 0),
        ("a.b", "expected '$', found 'a'", 0),
        ("$a", "unexpected 'a'", 1),
        ("$.", "expected a name or '*' after '.'", 2),
        ("$.[0]", "expected a name or '*' after '.'", 2),
        ("$..", "expected a name or '*' after '..'", 3),
        ("$[0", "expected ']', found end of query", 3),
        ("$[]", "unexpected ']' in brackets", 2),
        ("$[0,]", "unexpected ']' in brackets", 4),
        ("$[1.5]", "unexpected '1.5' in brackets", 2),
        ("$[::0]", "slice step cannot be zero", 4),
        ("$[?(@.a == 1]", "expected ')', found ']'", 12),
        ("$[?(1)]", "filter must be a test or comparison", 6),
        ("$[?(@.a == 1) == true]", "a test cannot be compared", 3),
        ("$[?!1]", "'!' must be followed by a test", 3),
        ("$[?(@.* == 1)]", "only singular queries can be compared", 4),
        ("$[?(1 == $..a)]", "only singular queries can be compared", 9),
        ("$[?(@.a == foo)]", "unexpected 'foo' in filter", 11),
        ("$[?(@.a ==)]", "unexpected ')' in filter", 10),
        ("$.a]", "unexpected ']'", 3),
        ("$[?(@ == [1])]", "unexpected '[' in filter", 9),
    ],
)
def test_syntax_errors(source, message, position):
    with pytest.raises(JSONPathSyntaxError) as info:
        parse(source)
    assert (info.value.message, info.value.position) == (message, position)
