"""Implementations of the individual schema keywords."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Iterator

from schemacheck.errors import SchemaError, ValidationError
from schemacheck.pointer import join_pointer
from schemacheck.jsontypes import is_type, json_equal, type_name_of

if TYPE_CHECKING:
    from schemacheck.validator import Validator

KeywordFn = Callable[["Validator", Any, Any, str, str], Iterator[ValidationError]]
KEYWORDS: dict[str, KeywordFn] = {}


def keyword(name: str) -> Callable[[KeywordFn], KeywordFn]:
    """Register a function as the implementation of schema keyword ``name``."""

    def register(func: KeywordFn) -> KeywordFn:
        KEYWORDS[name] = func
        return func

    return register


def _error(keyword_name: str, path: str, schema_path: str, message: str, value: Any) -> ValidationError:
    return ValidationError(
        path=path,
        keyword=keyword_name,
        message=message,
        schema_path=join_pointer(schema_path, keyword_name),
        value=value,
    )


@keyword("type")
def check_type(validator: "Validator", expected: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    names = [expected] if isinstance(expected, str) else list(expected)
    if not names:
        raise SchemaError("'type' must not be empty", schema_path)
    if not any(is_type(instance, name) for name in names):
        wanted = " or ".join(names)
        yield _error("type", path, schema_path, f"expected {wanted}, got {type_name_of(instance)}", instance)


@keyword("enum")
def check_enum(validator: "Validator", options: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not isinstance(options, list) or not options:
        raise SchemaError("'enum' must be a non-empty list", schema_path)
    if not any(json_equal(instance, option) for option in options):
        listed = ", ".join(repr(option) for option in options)
        yield _error("enum", path, schema_path, f"{instance!r} is not one of {listed}", instance)


@keyword("const")
def check_const(validator: "Validator", expected: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not json_equal(instance, expected):
        yield _error("const", path, schema_path, f"expected {expected!r}", instance)


def _number_limit(name: str, limit: Any, schema_path: str) -> float:
    if isinstance(limit, bool) or not isinstance(limit, (int, float)):
        raise SchemaError(f"'{name}' must be a number", schema_path)
    return limit


@keyword("minimum")
def check_minimum(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _number_limit("minimum", limit, schema_path)
    if is_type(instance, "number") and instance < bound:
        yield _error("minimum", path, schema_path, f"{instance} is less than {bound}", instance)


@keyword("maximum")
def check_maximum(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _number_limit("maximum", limit, schema_path)
    if is_type(instance, "number") and instance > bound:
        yield _error("maximum", path, schema_path, f"{instance} is greater than {bound}", instance)


@keyword("exclusiveMinimum")
def check_exclusive_minimum(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _number_limit("exclusiveMinimum", limit, schema_path)
    if is_type(instance, "number") and instance <= bound:
        yield _error("exclusiveMinimum", path, schema_path, f"{instance} must be greater than {bound}", instance)


@keyword("exclusiveMaximum")
def check_exclusive_maximum(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _number_limit("exclusiveMaximum", limit, schema_path)
    if is_type(instance, "number") and instance >= bound:
        yield _error("exclusiveMaximum", path, schema_path, f"{instance} must be less than {bound}", instance)


def _count_limit(name: str, limit: Any, schema_path: str) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise SchemaError(f"'{name}' must be a non-negative integer", schema_path)
    return limit


@keyword("minLength")
def check_min_length(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _count_limit("minLength", limit, schema_path)
    if isinstance(instance, str) and len(instance) < bound:
        yield _error("minLength", path, schema_path, f"string shorter than {bound} characters", instance)


@keyword("maxLength")
def check_max_length(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _count_limit("maxLength", limit, schema_path)
    if isinstance(instance, str) and len(instance) > bound:
        yield _error("maxLength", path, schema_path, f"string longer than {bound} characters", instance)


@keyword("pattern")
def check_pattern(validator: "Validator", pattern: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not isinstance(pattern, str):
        raise SchemaError("'pattern' must be a string", schema_path)
    try:
        compiled = validator.compile_pattern(pattern)
    except re.error as exc:
        raise SchemaError(f"invalid pattern {pattern!r}: {exc}", schema_path) from exc
    if isinstance(instance, str) and compiled.search(instance) is None:
        yield _error("pattern", path, schema_path, f"{instance!r} does not match {pattern!r}", instance)


@keyword("minItems")
def check_min_items(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _count_limit("minItems", limit, schema_path)
    if isinstance(instance, list) and len(instance) < bound:
        yield _error("minItems", path, schema_path, f"array has fewer than {bound} items", instance)


@keyword("maxItems")
def check_max_items(validator: "Validator", limit: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    bound = _count_limit("maxItems", limit, schema_path)
    if isinstance(instance, list) and len(instance) > bound:
        yield _error("maxItems", path, schema_path, f"array has more than {bound} items", instance)


@keyword("uniqueItems")
def check_unique_items(validator: "Validator", flag: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not flag or not isinstance(instance, list):
        return
    for index, item in enumerate(instance):
        if any(json_equal(item, earlier) for earlier in instance[:index]):
            yield _error("uniqueItems", join_pointer(path, index), schema_path, "duplicate array item", item)


@keyword("items")
def check_items(validator: "Validator", subschema: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not isinstance(instance, list):
        return
    for index, item in enumerate(instance):
        yield from validator.descend(item, subschema, join_pointer(path, index), join_pointer(schema_path, "items"))


@keyword("required")
def check_required(validator: "Validator", names: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise SchemaError("'required' must be a list of strings", schema_path)
    if not isinstance(instance, dict):
        return
    for name in names:
        if name not in instance:
            yield _error("required", join_pointer(path, name), schema_path, f"missing required property {name!r}", None)


@keyword("properties")
def check_properties(validator: "Validator", properties: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not isinstance(properties, dict):
        raise SchemaError("'properties' must be an object", schema_path)
    if not isinstance(instance, dict):
        return
    for name, subschema in properties.items():
        if name in instance:
            yield from validator.descend(
                instance[name], subschema, join_pointer(path, name), join_pointer(schema_path, "properties", name)
            )


@keyword("additionalProperties")
def check_additional(validator: "Validator", extra: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not isinstance(instance, dict):
        return
    known = set(validator.schema_at(schema_path).get("properties", {}))
    unknown = [name for name in instance if name not in known]
    if extra is False:
        for name in unknown:
            yield _error(
                "additionalProperties", join_pointer(path, name), schema_path, f"unexpected property {name!r}", instance[name]
            )
    elif isinstance(extra, dict):
        for name in unknown:
            yield from validator.descend(
                instance[name], extra, join_pointer(path, name), join_pointer(schema_path, "additionalProperties")
            )
    elif extra is not True:
        raise SchemaError("'additionalProperties' must be a boolean or a schema", schema_path)


def _subschemas(name: str, value: Any, schema_path: str) -> list[Any]:
    if not isinstance(value, list) or not value:
        raise SchemaError(f"'{name}' must be a non-empty list of schemas", schema_path)
    return value


@keyword("allOf")
def check_all_of(validator: "Validator", schemas: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    for index, subschema in enumerate(_subschemas("allOf", schemas, schema_path)):
        yield from validator.descend(instance, subschema, path, join_pointer(schema_path, "allOf", index))


@keyword("anyOf")
def check_any_of(validator: "Validator", schemas: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    options = _subschemas("anyOf", schemas, schema_path)
    for index, subschema in enumerate(options):
        if not list(validator.descend(instance, subschema, path, join_pointer(schema_path, "anyOf", index))):
            return
    yield _error("anyOf", path, schema_path, f"value does not match any of {len(options)} schemas", instance)


@keyword("oneOf")
def check_one_of(validator: "Validator", schemas: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    options = _subschemas("oneOf", schemas, schema_path)
    matches = [
        index
        for index, subschema in enumerate(options)
        if not list(validator.descend(instance, subschema, path, join_pointer(schema_path, "oneOf", index)))
    ]
    if len(matches) != 1:
        yield _error("oneOf", path, schema_path, f"value matches {len(matches)} schemas, expected exactly 1", instance)


@keyword("not")
def check_not(validator: "Validator", subschema: Any, instance: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
    if not list(validator.descend(instance, subschema, path, join_pointer(schema_path, "not"))):
        yield _error("not", path, schema_path, "value must not match the schema", instance)
