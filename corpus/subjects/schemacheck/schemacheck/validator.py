"""The validator driving keyword checks over an instance."""

from __future__ import annotations

import re
from typing import Any, Iterator

from schemacheck.errors import SchemaError, ValidationError, ValidationFailed
from schemacheck.keywords import KEYWORDS
from schemacheck.pointer import resolve_pointer

ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "default", "examples", "definitions", "$comment"})


class Validator:
    """Validate instances against one schema, collecting every error."""

    def __init__(self, schema: Any, *, max_errors: int | None = None, strict_keywords: bool = False) -> None:
        if not isinstance(schema, (dict, bool)):
            raise SchemaError(f"schema must be an object or boolean, not {type(schema).__name__}")
        if max_errors is not None and max_errors < 1:
            raise ValueError("max_errors must be at least 1")
        self.schema = schema
        self.max_errors = max_errors
        self.strict_keywords = strict_keywords
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._active_refs: set[tuple[str, str]] = set()

    def compile_pattern(self, pattern: str) -> re.Pattern[str]:
        """Compile ``pattern`` once and reuse it on later calls."""
        compiled = self._patterns.get(pattern)
        if compiled is None:
            compiled = re.compile(pattern)
            self._patterns[pattern] = compiled
        return compiled

    def schema_at(self, schema_path: str) -> Any:
        """Return the sub-schema located at ``schema_path`` in the root schema."""
        return resolve_pointer(self.schema, schema_path)

    def resolve_ref(self, ref: Any, schema_path: str) -> tuple[Any, str]:
        """Resolve a local ``$ref`` and return the target schema and its pointer."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise SchemaError(f"only local references are supported, got {ref!r}", schema_path)
        pointer = ref[1:]
        try:
            target = resolve_pointer(self.schema, pointer)
        except SchemaError as exc:
            raise SchemaError(f"unresolvable reference {ref!r}: {exc.message}", schema_path) from exc
        return target, pointer

    def descend(self, instance: Any, schema: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
        """Yield errors for ``instance`` against a sub-schema."""
        if schema is True:
            return
        if schema is False:
            yield ValidationError(path, "false", "no value is allowed here", schema_path, instance)
            return
        if not isinstance(schema, dict):
            raise SchemaError(f"schema must be an object or boolean, not {type(schema).__name__}", schema_path)
        if "$ref" in schema:
            yield from self._follow_ref(instance, schema["$ref"], path, schema_path)
            return
        for name, value in schema.items():
            check = KEYWORDS.get(name)
            if check is not None:
                yield from check(self, value, instance, path, schema_path)
            elif self.strict_keywords and name not in ANNOTATIONS:
                raise SchemaError(f"unknown keyword {name!r}", schema_path)

    def _follow_ref(self, instance: Any, ref: Any, path: str, schema_path: str) -> Iterator[ValidationError]:
        target, pointer = self.resolve_ref(ref, schema_path)
        key = (pointer, path)
        if key in self._active_refs:
            raise SchemaError(f"circular reference {ref!r}", schema_path)
        self._active_refs.add(key)
        try:
            yield from self.descend(instance, target, path, pointer)
        finally:
            self._active_refs.discard(key)

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        """Yield validation errors lazily, honouring ``max_errors``."""
        for count, error in enumerate(self.descend(instance, self.schema, "", ""), start=1):
            yield error
            if self.max_errors is not None and count >= self.max_errors:
                return

    def errors(self, instance: Any) -> list[ValidationError]:
        """Return every validation error for ``instance``."""
        return list(self.iter_errors(instance))

    def is_valid(self, instance: Any) -> bool:
        """Return whether ``instance`` satisfies the schema."""
        pending = self.iter_errors(instance)
        try:
            return next(pending, None) is None
        finally:
            pending.close()

    def validate(self, instance: Any) -> None:
        """Raise :class:`ValidationFailed` listing every error, if any."""
        found = self.errors(instance)
        if found:
            raise ValidationFailed(found)

    def errors_by_path(self, instance: Any) -> dict[str, list[str]]:
        """Group error messages by instance path, paths sorted."""
        grouped: dict[str, list[str]] = {}
        for error in self.iter_errors(instance):
            grouped.setdefault(error.path, []).append(error.message)
        return {path: grouped[path] for path in sorted(grouped)}


def validate(instance: Any, schema: Any) -> list[ValidationError]:
    """Validate ``instance`` against ``schema`` and return all errors."""
    return Validator(schema).errors(instance)
