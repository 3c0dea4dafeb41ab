import pytest

from jsonpathlite import NOTHING, compare, query, values_equal


@pytest.mark.parametrize(
    "path, expected",
    [
        ("$.store.book[?(@.price < 10)].title", ["Sayings of the Century", "Moby Dick"]),
        ("$.store.book[?@.price < 10].title", ["Sayings of the Century", "Moby Dick"]),
        ("$.store.book[?(@.price <= 8.99)].title", ["Sayings of the Century", "Moby Dick"]),
        ("$.store.book[?(@.price > 22.99)].title", []),
        ("$.store.book[?(@.price >= 22.99)].title", ["The Lord of the Rings"]),
        ("$.store.book[?(@.isbn)].title", ["Moby Dick", "The Lord of the Rings"]),
        ("$.store.book[?(!@.isbn)].title", ["Sayings of the Century", "Sword of Honour"]),
        ("$.store.book[?(@.category == 'reference')].author", ["Nigel Rees"]),
        ("$.store.book[?(@.category != 'fiction')].author", ["Nigel Rees"]),
        ("$.store.book[?(@.isbn && @.price < 10)].title", ["Moby Dick"]),
        ("$.store.book[?(@.price < 9 || @.price > 20)].price", [8.95, 8.99, 22.99]),
        ("$.store.book[?(@.price < 9 && (@.isbn || @.author == 'Nigel Rees'))].price", [8.95, 8.99]),
        ("$.store.book[?(!(@.price < 10))].price", [12.99, 22.99]),
        ("$.store.book[?(10 > @.price)].price", [8.95, 8.99]),
        ("$.store.book[?(@.price < $.store.bicycle.price && @.price > 20)].title", ["The Lord of the Rings"]),
        ("$.store.book[?(@.author > 'I')].author", ["Nigel Rees", "J. R. R. Tolkien"]),
        ("$.store[?(@.color)].color", ["red"]),
        ("$.store.book[?(@['title'] == 'Moby Dick')].price", [8.99]),
    ],
)
def test_filters_on_store(store, path, expected):
    assert query(store, path) == expected


@pytest.mark.parametrize(
    "path, expected",
    [
        ("$[?(@ == 1)]", [1, 1.0]),
        ("$[?(@ == true)]", [True]),
        ("$[?(@ == null)]", [None]),
        ("$[?(@ == 'x')]", ["x"]),
        ("$[?(@ > 0)]", [1, 1.0, 2]),
        ("$[?(@.k == 1)]", [{"k": 1}]),
        ("$[?(@[0] == 1)]", [[1, 2]]),
        ("$[?(@[-1] == 2)]", [[1, 2]]),
        ("$[?(@.k)]", [{"k": 1}, {"k": None}]),
        ("$[?(@.*)]", [[1, 2], {"k": 1}, {"k": None}]),
        ("$[?(@.missing == null)]", []),
        ("$[?(@.missing == $.nothing)]", [1, True, None, "x", 1.0, [1, 2], 2, {"k": 1}, {"k": None}]),
        ("$[?(@.k == @.missing)]", [1, True, None, "x", 1.0, [1, 2], 2]),
        ("$[?(@.k != 5)]", [1, True, None, "x", 1.0, [1, 2], 2, {"k": 1}, {"k": None}]),
    ],
)
def test_filter_semantics(path, expected):
    data = [1, True, None, "x", 1.0, [1, 2], 2, {"k": 1}, {"k": None}]
    assert query(data, path) == expected


def test_filter_over_object_members():
    data = {"a": {"n": 1}, "b": {"n": 5}, "c": {"n": 3}}
    assert query(data, "$[?(@.n >= 3)].n") == [5, 3]


def test_filter_with_descendant_existence():
    data = [{"deep": {"er": {"x": 1}}}, {"deep": {}}]
    assert query(data, "$[?(@..x)]") == [data[0]]


@pytest.mark.parametrize(
    "left, right, equal",
    [
        (1, 1.0, True),
        (True, 1, False),
        (False, 0, False),
        ("1", 1, False),
        ([1, [2]], [1, [2]], True),
        ([1], [True], False),
        ([1, 2], [1], False),
        ({"a": 1}, {"a": 1.0}, True),
        ({"a": 1}, {"b": 1}, False),
        ({"a": True}, {"a": 1}, False),
        (None, None, True),
        (NOTHING, NOTHING, True),
        (NOTHING, None, False),
    ],
)
def test_values_equal(left, right, equal):
    assert values_equal(left, right) is equal


@pytest.mark.parametrize(
    "operator, left, right, expected",
    [
        ("<", 1, 2, True),
        ("<", "a", "b", True),
        ("<", "a", 1, False),
        (">", 1, "a", False),
        ("<=", 2, 2, True),
        ("<=", [1], [1], True),
        ("<", [1], [2], False),
        (">=", 3, 2.5, True),
        (">=", NOTHING, NOTHING, True),
        (">", NOTHING, 1, False),
        ("<", True, 2, False),
        ("!=", NOTHING, 1, True),
    ],
)
def test_compare(operator, left, right, expected):
    assert compare(operator, left, right) is expected


def test_compare_rejects_unknown_operator():
    with pytest.raises(ValueError, match="unknown comparison operator '~'"):
        compare("~", 1, 2)


def test_nothing_repr():
    assert repr(NOTHING) == "NOTHING"
