import pytest

from schemacheck import SchemaError, Validator, validate


def summary(errors):
    return [(error.path, error.keyword, error.message) for error in errors]


@pytest.mark.parametrize(
    "schema, instance, expected",
    [
        ({"type": "string"}, 5, [("", "type", "expected string, got integer")]),
        ({"type": ["string", "null"]}, None, []),
        ({"type": ["string", "null"]}, 1.5, [("", "type", "expected string or null, got number")]),
        ({"minimum": 3}, 3, []),
        ({"minimum": 3}, 2, [("", "minimum", "2 is less than 3")]),
        ({"maximum": 3}, 3, []),
        ({"maximum": 3}, 4, [("", "maximum", "4 is greater than 3")]),
        ({"exclusiveMinimum": 3}, 3, [("", "exclusiveMinimum", "3 must be greater than 3")]),
        ({"exclusiveMinimum": 3}, 3.5, []),
        ({"exclusiveMaximum": 3}, 3, [("", "exclusiveMaximum", "3 must be less than 3")]),
        ({"exclusiveMaximum": 3}, 2.5, []),
        ({"minimum": 3}, "ab", []),
        ({"minimum": 3}, True, []),
        ({"minLength": 2}, "ab", []),
        ({"minLength": 2}, "a", [("", "minLength", "string shorter than 2 characters")]),
        ({"maxLength": 2}, "ab", []),
        ({"maxLength": 2}, "abc", [("", "maxLength", "string longer than 2 characters")]),
        ({"maxLength": 2}, [1, 2, 3], []),
        ({"pattern": "^a+$"}, "aaa", []),
        ({"pattern": "b"}, "abc", []),
        ({"pattern": "^a+$"}, "ab", [("", "pattern", "'ab' does not match '^a+$'")]),
        ({"pattern": "^a+$"}, 7, []),
        ({"enum": [1, "x"]}, "x", []),
        ({"enum": [1, "x"]}, True, [("", "enum", "True is not one of 1, 'x'")]),
        ({"const": 0}, False, [("", "const", "expected 0")]),
        ({"const": [1]}, [1], []),
        ({"minItems": 2}, [1, 2], []),
        ({"minItems": 2}, [1], [("", "minItems", "array has fewer than 2 items")]),
        ({"maxItems": 1}, [1], []),
        ({"maxItems": 1}, [1, 2], [("", "maxItems", "array has more than 1 items")]),
        ({"minItems": 1}, "x", []),
        ({"uniqueItems": True}, [1, True, 2, 1], [("/3", "uniqueItems", "duplicate array item")]),
        ({"uniqueItems": False}, [1, 1], []),
        ({"uniqueItems": True}, "aa", []),
    ],
)
def test_scalar_keywords(schema, instance, expected):
    assert summary(validate(instance, schema)) == expected


def test_items_reports_each_index():
    errors = validate([1, "a", 2, "b"], {"items": {"type": "integer"}})
    assert [error.path for error in errors] == ["/1", "/3"]
    assert errors[0].schema_path == "/items/type"
    assert errors[0].value == "a"


def test_items_ignores_non_arrays():
    assert validate({"a": 1}, {"items": {"type": "string"}}) == []


def test_required_and_properties(person_validator):
    errors = person_validator.errors({"name": "", "extra": 1})
    assert summary(errors) == [
        ("/age", "required", "missing required property 'age'"),
        ("/name", "minLength", "string shorter than 1 characters"),
        ("/extra", "additionalProperties", "unexpected property 'extra'"),
    ]
    assert errors[1].schema_path == "/properties/name/minLength"


def test_required_ignores_non_objects():
    assert validate([1], {"required": ["a"]}) == []


def test_properties_ignores_non_objects():
    assert validate("text", {"properties": {"a": {"type": "string"}}}) == []


def test_additional_properties_schema():
    schema = {"properties": {"a": {}}, "additionalProperties": {"type": "integer"}}
    errors = validate({"a": "x", "b": 1, "c": "y"}, schema)
    assert summary(errors) == [("/c", "type", "expected integer, got string")]
    assert errors[0].schema_path == "/additionalProperties/type"


def test_additional_properties_true_and_non_object():
    assert validate({"z": 1}, {"additionalProperties": True}) == []
    assert validate(3, {"additionalProperties": False}) == []


def test_any_of_passes_when_one_matches():
    schema = {"anyOf": [{"type": "string"}, {"minimum": 10}]}
    assert validate(12, schema) == []
    assert validate("s", schema) == []
    assert summary(validate(5, schema)) == [("", "anyOf", "value does not match any of 2 schemas")]


def test_all_of_collects_every_failure():
    schema = {"allOf": [{"type": "integer"}, {"minimum": 10}, {"maximum": 0}]}
    errors = validate(5, schema)
    assert [error.schema_path for error in errors] == ["/allOf/1/minimum", "/allOf/2/maximum"]
    assert summary(validate(1.5, schema)) == [
        ("", "type", "expected integer, got number"),
        ("", "minimum", "1.5 is less than 10"),
        ("", "maximum", "1.5 is greater than 0"),
    ]


@pytest.mark.parametrize("value, count", [(7, 2), (2, 1), (20, 1), (-1, 0)])
def test_one_of(value, count):
    schema = {"oneOf": [{"minimum": 0, "maximum": 10}, {"minimum": 5}]}
    errors = validate(value, schema)
    if count == 1:
        assert errors == []
    else:
        assert summary(errors) == [("", "oneOf", f"value matches {count} schemas, expected exactly 1")]


def test_not_keyword():
    assert validate(1, {"not": {"type": "string"}}) == []
    assert summary(validate("a", {"not": {"type": "string"}})) == [("", "not", "value must not match the schema")]


def test_boolean_subschemas():
    schema = {"properties": {"a": True, "b": False}}
    errors = validate({"a": 1, "b": 2}, schema)
    assert summary(errors) == [("/b", "false", "no value is allowed here")]
    assert errors[0].schema_path == "/properties/b"


@pytest.mark.parametrize(
    "schema, message",
    [
        ({"type": []}, "'type' must not be empty"),
        ({"type": "decimal"}, "unknown type 'decimal'"),
        ({"enum": []}, "'enum' must be a non-empty list"),
        ({"minimum": "1"}, "'minimum' must be a number"),
        ({"maximum": True}, "'maximum' must be a number"),
        ({"minLength": -1}, "'minLength' must be a non-negative integer"),
        ({"maxItems": 1.5}, "'maxItems' must be a non-negative integer"),
        ({"pattern": 5}, "'pattern' must be a string"),
        ({"pattern": "("}, "invalid pattern '\\('"),
        ({"required": "a"}, "'required' must be a list of strings"),
        ({"properties": []}, "'properties' must be an object"),
        ({"additionalProperties": 1}, "'additionalProperties' must be a boolean or a schema"),
        ({"anyOf": []}, "'anyOf' must be a non-empty list of schemas"),
        ({"allOf": {}}, "'allOf' must be a non-empty list of schemas"),
        ({"items": 3}, "schema must be an object or boolean, not int"),
    ],
)
def test_malformed_schema(schema, message):
    with pytest.raises(SchemaError, match=message):
        validate({"a": [1]} if "items" not in schema else [1], schema)


def test_pattern_is_compiled_once():
    validator = Validator({"items": {"pattern": "^x"}})
    assert validator.errors(["x1", "x2"]) == []
    assert list(validator._patterns) == ["^x"]
    assert validator.compile_pattern("^x") is validator._patterns["^x"]
