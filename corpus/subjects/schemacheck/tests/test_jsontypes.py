import pytest

from schemacheck import SchemaError
from schemacheck.jsontypes import is_type, json_equal, type_name_of


@pytest.mark.parametrize(
    "value, type_name, expected",
    [
        (1, "integer", True),
        (1.0, "integer", True),
        (1.5, "integer", False),
        (True, "integer", False),
        (True, "number", False),
        (2.5, "number", True),
        (3, "number", True),
        (False, "boolean", True),
        (None, "null", True),
        (0, "null", False),
        ({}, "object", True),
        ([], "object", False),
        ([], "array", True),
        ("x", "string", True),
    ],
)
def test_is_type(value, type_name, expected):
    assert is_type(value, type_name) is expected


def test_is_type_unknown_name():
    with pytest.raises(SchemaError, match="unknown type 'decimal'"):
        is_type(1, "decimal")


@pytest.mark.parametrize(
    "value, name",
    [(None, "null"), (True, "boolean"), (4, "integer"), (4.0, "number"), ("", "string"),
     ([], "array"), ({}, "object"), ((1,), "tuple")],
)
def test_type_name_of(value, name):
    assert type_name_of(value) == name


@pytest.mark.parametrize(
    "left, right, expected",
    [
        (1, True, False),
        (True, True, True),
        (False, 0, False),
        (1, 1.0, True),
        ([1, [2]], [1, [2]], True),
        ([1, 2], [1], False),
        ([1, True], [1, 1], False),
        ({"a": 1}, {"a": 1}, True),
        ({"a": 1}, {"b": 1}, False),
        ({"a": False}, {"a": 0}, False),
        ("a", "a", True),
    ],
)
def test_json_equal(left, right, expected):
    assert json_equal(left, right) is expected
