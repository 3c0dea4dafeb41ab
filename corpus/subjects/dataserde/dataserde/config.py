"""Per-class and per-field serialization options."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

NAME_KEY = "serde_name"
SKIP_KEY = "serde_skip"
CONFIG_ATTR = "__serde_config__"

_CASE_STYLES = ("snake_case", "camelCase", "PascalCase", "kebab-case", "SCREAMING_SNAKE_CASE")


@dataclass(frozen=True)
class SerdeConfig:
    """Options attached to a dataclass with :func:`serde`."""

    rename_all: str = "snake_case"
    deny_unknown: bool = False
    omit_none: bool = False

    def __post_init__(self) -> None:
        if self.rename_all not in _CASE_STYLES:
            raise ValueError(f"unknown rename_all style {self.rename_all!r}; expected one of {', '.join(_CASE_STYLES)}")


def convert_case(name: str, style: str) -> str:
    """Convert a snake_case identifier into the requested naming style."""
    words = [word for word in re.split(r"_+", name) if word]
    if not words:
        return name
    if style == "camelCase":
        return words[0].lower() + "".join(word.capitalize() for word in words[1:])
    if style == "PascalCase":
        return "".join(word.capitalize() for word in words)
    if style == "kebab-case":
        return "-".join(word.lower() for word in words)
    if style == "SCREAMING_SNAKE_CASE":
        return "_".join(word.upper() for word in words)
    return name


def serde(
    cls: type[T] | None = None,
    *,
    rename_all: str = "snake_case",
    deny_unknown: bool = False,
    omit_none: bool = False,
) -> Any:
    """Class decorator attaching a :class:`SerdeConfig` to a dataclass."""
    config = SerdeConfig(rename_all=rename_all, deny_unknown=deny_unknown, omit_none=omit_none)

    def apply(target: type[T]) -> type[T]:
        if not dataclasses.is_dataclass(target):
            raise TypeError(f"@serde can only decorate dataclasses, not {target.__name__}")
        setattr(target, CONFIG_ATTR, config)
        return target

    if cls is None:
        return apply
    return apply(cls)


def config_of(cls: type) -> SerdeConfig:
    """Return the serialization options of ``cls`` (defaults if undecorated)."""
    return cls.__dict__.get(CONFIG_ATTR, SerdeConfig())


def serde_field(*, name: str | None = None, skip: bool = False, **kwargs: Any) -> Any:
    """A ``dataclasses.field`` carrying a renamed key or a skip flag."""
    metadata = dict(kwargs.pop("metadata", None) or {})
    if name is not None:
        if not name:
            raise ValueError("serialized field name must not be empty")
        metadata[NAME_KEY] = name
    if skip:
        if "default" not in kwargs and "default_factory" not in kwargs:
            raise ValueError("skipped fields need a default or default_factory")
        metadata[SKIP_KEY] = True
    return dataclasses.field(metadata=metadata, **kwargs)


def field_key(cls: type, field: dataclasses.Field) -> str:
    """The dictionary key used for ``field`` of ``cls``."""
    explicit = field.metadata.get(NAME_KEY)
    if explicit is not None:
        return explicit
    return convert_case(field.name, config_of(cls).rename_all)


def is_skipped(field: dataclasses.Field) -> bool:
    """Whether ``field`` is excluded from (de)serialization."""
    return bool(field.metadata.get(SKIP_KEY, False))


def serialized_fields(cls: type) -> list[tuple[dataclasses.Field, str]]:
    """The non-skipped init fields of ``cls`` paired with their keys."""
    pairs = [(field, field_key(cls, field)) for field in dataclasses.fields(cls) if not is_skipped(field)]
    seen: dict[str, str] = {}
    for field, key in pairs:
        if key in seen:
            raise TypeError(f"{cls.__name__}: fields {seen[key]!r} and {field.name!r} both serialize as {key!r}")
        seen[key] = field.name
    return pairs

