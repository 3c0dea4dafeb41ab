import pytest

from schemacheck import SchemaError, ValidationError, ValidationFailed, Validator


def test_valid_person(person_validator):
    person = {"name": "Ada", "age": 36, "email": "ada@example.org", "role": "admin", "tags": ["x", "y"]}
    assert person_validator.is_valid(person) is True
    assert person_validator.errors(person) == []
    person_validator.validate(person)


def test_invalid_person_collects_all(person_validator):
    person = {"name": "A" * 21, "age": -1, "email": "nope", "role": "root", "tags": ["a", 1, "a"]}
    errors = person_validator.errors(person)
    assert [(error.path, error.keyword) for error in errors] == [
        ("/name", "maxLength"),
        ("/age", "minimum"),
        ("/email", "pattern"),
        ("/role", "enum"),
        ("/tags/1", "type"),
        ("/tags/2", "uniqueItems"),
    ]
    assert person_validator.is_valid(person) is False


def test_validate_raises_with_errors(person_validator):
    with pytest.raises(ValidationFailed) as info:
        person_validator.validate({"name": "Bo"})
    assert str(info.value) == "1 validation error; first: /age: missing required property 'age' [required]"
    assert len(info.value.errors) == 1


def test_validation_failed_plural_and_empty():
    errors = [ValidationError("", "type", "bad"), ValidationError("/a", "type", "bad")]
    assert str(ValidationFailed(errors)).startswith("2 validation errors; first: /: bad [type]")
    with pytest.raises(ValueError):
        ValidationFailed([])


def test_error_to_dict_and_ordering():
    first = ValidationError("/a", "type", "m", "/properties/a/type", value=1)
    second = ValidationError("/a", "enum", "m")
    assert first.to_dict() == {"path": "/a", "keyword": "type", "message": "m", "schemaPath": "/properties/a/type"}
    assert sorted([first, second]) == [second, first]
    assert first == ValidationError("/a", "type", "m", "/properties/a/type", value=2)


def test_max_errors_limits_output(person_validator):
    validator = Validator(person_validator.schema, max_errors=2)
    errors = validator.errors({"x": 1, "y": 2, "z": 3})
    assert [error.path for error in errors] == ["/name", "/age"]


def test_max_errors_must_be_positive():
    with pytest.raises(ValueError, match="max_errors"):
        Validator({}, max_errors=0)


def test_root_schema_must_be_object_or_bool():
    with pytest.raises(SchemaError, match="not list"):
        Validator([])


@pytest.mark.parametrize("schema, valid", [(True, True), (False, False), ({}, True)])
def test_boolean_root_schema(schema, valid):
    assert Validator(schema).is_valid({"anything": 1}) is valid


def test_recursive_ref(tree_schema):
    validator = Validator(tree_schema)
    tree = {"value": 1, "children": [{"value": 2}, {"value": "x", "children": [{}]}]}
    errors = validator.errors(tree)
    assert [(error.path, error.keyword, error.schema_path) for error in errors] == [
        ("/children/1/value", "type", "/definitions/node/properties/value/type"),
        ("/children/1/children/0/value", "required", "/definitions/node/required"),
    ]


def test_ref_to_root():
    schema = {"type": "array", "items": {"$ref": "#"}, "maxItems": 1}
    assert Validator(schema).is_valid([[[]]]) is True
    assert [e.path for e in Validator(schema).errors([[[], []]])] == ["/0"]


@pytest.mark.parametrize(
    "ref, message",
    [
        ("other.json#/a", "only local references"),
        ("#/definitions/missing", "unresolvable reference '#/definitions/missing'"),
        (5, "only local references"),
    ],
)
def test_bad_refs(ref, message):
    with pytest.raises(SchemaError, match=message):
        Validator({"definitions": {}, "$ref": ref}).errors(1)


def test_circular_ref_detected():
    schema = {"definitions": {"a": {"$ref": "#/definitions/b"}, "b": {"$ref": "#/definitions/a"}}, "$ref": "#/definitions/a"}
    validator = Validator(schema)
    with pytest.raises(SchemaError, match="circular reference '#/definitions/a'") as info:
        validator.errors(1)
    assert info.value.schema_path == "/definitions/b"
    assert validator._active_refs == set()


def test_strict_keywords():
    schema = {"title": "T", "type": "string", "minimun": 1}
    assert Validator(schema).errors("x") == []
    with pytest.raises(SchemaError, match="unknown keyword 'minimun'"):
        Validator(schema, strict_keywords=True).errors("x")
    assert Validator({"title": "T", "description": "d"}, strict_keywords=True).is_valid(1) is True


def test_schema_error_message_includes_path():
    error = SchemaError("bad", "/a")
    assert str(error) == "bad (at schema path '/a')"
    assert str(SchemaError("bad")) == "bad"


def test_errors_by_path(person_validator):
    grouped = person_validator.errors_by_path({"age": "x", "zeta": 1})
    assert grouped == {
        "/age": ["expected integer, got string"],
        "/name": ["missing required property 'name'"],
        "/zeta": ["unexpected property 'zeta'"],
    }
    assert list(grouped) == ["/age", "/name", "/zeta"]


def test_error_str_uses_root_slash():
    assert str(ValidationError("", "type", "bad")) == "/: bad [type]"
    assert str(ValidationError("/x", "enum", "nope")) == "/x: nope [enum]"
