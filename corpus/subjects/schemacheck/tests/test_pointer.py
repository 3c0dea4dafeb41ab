import pytest

from schemacheck import SchemaError, escape_token, join_pointer, resolve_pointer, split_pointer
from schemacheck.pointer import unescape_token


@pytest.mark.parametrize(
    "token, escaped",
    [("a/b", "a~1b"), ("m~n", "m~0n"), ("~/", "~0~1"), (3, "3"), ("", "")],
)
def test_escape_round_trip(token, escaped):
    assert escape_token(token) == escaped
    assert unescape_token(escaped) == str(token)


def test_join_pointer_appends_escaped_tokens():
    assert join_pointer("", "a", 0, "x/y") == "/a/0/x~1y"
    assert join_pointer("/root") == "/root"


@pytest.mark.parametrize(
    "pointer, tokens",
    [("", []), ("/", [""]), ("/a/b", ["a", "b"]), ("/a~1b/c~0d", ["a/b", "c~d"])],
)
def test_split_pointer(pointer, tokens):
    assert split_pointer(pointer) == tokens


def test_split_pointer_requires_leading_slash():
    with pytest.raises(SchemaError, match="must start with '/'"):
        split_pointer("a/b")


def test_resolve_pointer_walks_dicts_and_lists():
    document = {"a": [{"b": 1}, {"b": 2}], "": "empty", "x/y": 5}
    assert resolve_pointer(document, "/a/1/b") == 2
    assert resolve_pointer(document, "/") == "empty"
    assert resolve_pointer(document, "/x~1y") == 5
    assert resolve_pointer(document, "") is document


@pytest.mark.parametrize(
    "pointer, message, schema_path",
    [
        ("/missing", "'missing' not found", ""),
        ("/a/01", "invalid array index '01'", "/a"),
        ("/a/x", "invalid array index 'x'", "/a"),
        ("/a/2", "array index 2 out of range", "/a"),
        ("/a/0/b/c", "cannot descend into scalar", "/a/0/b"),
    ],
)
def test_resolve_pointer_errors(pointer, message, schema_path):
    with pytest.raises(SchemaError, match=message) as info:
        resolve_pointer({"a": [{"b": 1}, {"b": 2}]}, pointer)
    assert info.value.schema_path == schema_path
