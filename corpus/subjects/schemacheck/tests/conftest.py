import pytest

from schemacheck import Validator


@pytest.fixture
def person_schema():
    return {
        "type": "object",
        "required": ["name", "age"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 20},
            "age": {"type": "integer", "minimum": 0, "maximum": 150},
            "email": {"type": "string", "pattern": "^[^@]+@[^@]+$"},
            "role": {"enum": ["admin", "user"]},
            "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        },
        "additionalProperties": False,
    }


@pytest.fixture
def person_validator(person_schema):
    return Validator(person_schema)


@pytest.fixture
def tree_schema():
    return {
        "definitions": {
            "node": {
                "type": "object",
                "required": ["value"],
                "properties": {
                    "value": {"type": "number"},
                    "children": {"type": "array", "items": {"$ref": "#/definitions/node"}},
                },
            }
        },
        "$ref": "#/definitions/node",
    }
