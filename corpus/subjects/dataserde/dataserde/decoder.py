"""Building dataclass instances from plain dicts."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, Union

from dataserde.coerce import SCALARS, to_enum
from dataserde.config import config_of, serialized_fields
from dataserde.errors import CoercionError, FieldError, SerdeError, join_path

T = TypeVar("T")


class _Invalid:
    """Marker returned when a value could not be decoded."""

    def __repr__(self) -> str:
        return "<invalid>"


INVALID = _Invalid()
_HINTS: dict[type, dict[str, Any]] = {}


def _type_hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


class Decoder:
    """Decode one input tree, collecting every error found."""

    def __init__(self, *, strict: bool | None = None) -> None:
        self.strict = strict
        self.errors: list[FieldError] = []

    def fail(self, path: str, message: str) -> _Invalid:
        self.errors.append(FieldError(path, message))
        return INVALID

    def decode(self, tp: Any, value: Any, path: str) -> Any:
        """Decode ``value`` as type ``tp``; record errors and return INVALID on failure."""
        if tp is Any:
            return value
        origin = typing.get_origin(tp) or (tp if tp in (list, tuple, dict) else None)
        if origin in (Union, types.UnionType):
            return self._decode_union(typing.get_args(tp), value, path)
        if origin is Literal:
            return self._decode_literal(typing.get_args(tp), value, path)
        if origin in (list, tuple, dict):
            return self._decode_container(origin, typing.get_args(tp), value, path)
        if tp is type(None):
            return None if value is None else self.fail(path, f"expected null, got {type(value).__name__}")
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            return self.decode_dataclass(tp, value, path)
        if value is None:
            return self.fail(path, "value must not be null")
        try:
            if isinstance(tp, type) and issubclass(tp, enum.Enum):
                return to_enum(tp, value)
            converter = SCALARS.get(tp)
            if converter is None:
                raise TypeError(f"unsupported field type {_type_name(tp)} at {path or '<root>'}")
            return converter(value)
        except CoercionError as exc:
            return self.fail(path, str(exc))

    def _decode_union(self, options: tuple[Any, ...], value: Any, path: str) -> Any:
        if value is None and type(None) in options:
            return None
        candidates = [option for option in options if option is not type(None)]
        for option in candidates:
            trial = Decoder(strict=self.strict)
            result = trial.decode(option, value, path)
            if not trial.errors:
                return result
        if len(candidates) == 1:
            return self.decode(candidates[0], value, path)
        names = " | ".join(_type_name(option) for option in candidates)
        return self.fail(path, f"value {value!r} does not match any of {names}")

    def _decode_literal(self, allowed: tuple[Any, ...], value: Any, path: str) -> Any:
        for option in allowed:
            if value == option and type(value) is type(option):
                return option
        choices = ", ".join(repr(option) for option in allowed)
        return self.fail(path, f"{value!r} is not one of {choices}")

    def _decode_container(self, origin: type, args: tuple[Any, ...], value: Any, path: str) -> Any:
        if origin is dict:
            if not isinstance(value, Mapping):
                return self.fail(path, f"expected object, got {type(value).__name__}")
            key_type, value_type = args or (Any, Any)
            decoded = {}
            for key, item in value.items():
                item_path = join_path(path, str(key))
                decoded_key = self.decode(key_type, key, item_path)
                decoded_item = self.decode(value_type, item, item_path)
                if decoded_key is not INVALID and decoded_item is not INVALID:
                    decoded[decoded_key] = decoded_item
            return decoded
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            return self.fail(path, f"expected array, got {type(value).__name__}")
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            if len(value) != len(args):
                return self.fail(path, f"expected {len(args)} items, got {len(value)}")
            return tuple(self.decode(arg, item, join_path(path, i)) for i, (arg, item) in enumerate(zip(args, value)))
        item_type = args[0] if args else Any
        items = [self.decode(item_type, item, join_path(path, index)) for index, item in enumerate(value)]
        return tuple(items) if origin is tuple else items

    def decode_dataclass(self, cls: type, value: Any, path: str) -> Any:
        if isinstance(value, cls):
            return value
        if not isinstance(value, Mapping):
            return self.fail(path, f"expected object for {cls.__name__}, got {type(value).__name__}")
        config = config_of(cls)
        hints = _type_hints(cls)
        pairs = serialized_fields(cls)
        errors_before = len(self.errors)
        kwargs: dict[str, Any] = {}
        for field, key in pairs:
            if not field.init:
                continue
            field_path = join_path(path, field.name)
            if key in value:
                kwargs[field.name] = self.decode(hints[field.name], value[key], field_path)
            elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                self.fail(field_path, f"missing required field {key!r}")
        strict = config.deny_unknown if self.strict is None else self.strict
        if strict:
            known = {key for _, key in pairs}
            for key in value:
                if key not in known:
                    self.fail(join_path(path, str(key)), "unexpected field")
        if len(self.errors) > errors_before:
            return INVALID
        try:
            return cls(**kwargs)
        except ValueError as exc:
            return self.fail(path, f"invalid {cls.__name__}: {exc}")


def from_dict(cls: type[T], data: Any, *, strict: bool | None = None) -> T:
    """Build an instance of dataclass ``cls`` from ``data``.

    ``strict`` overrides the class's ``deny_unknown`` setting for the whole tree.
    Raises :class:`SerdeError` listing every problem with its field path.
    """
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise TypeError(f"from_dict expects a dataclass type, got {cls!r}")
    decoder = Decoder(strict=strict)
    result = decoder.decode_dataclass(cls, data, "")
    if decoder.errors:
        raise SerdeError(decoder.errors)
    return result
