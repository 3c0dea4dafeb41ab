"""Combining sources according to a spec into a read-only Config."""

from __future__ import annotations

from typing import Any, Iterator, Union

from envconfig.casting import Secret
from envconfig.errors import CastError, InvalidConfigError, MissingKeyError
from envconfig.sources import EnvSource, MappingSource
from envconfig.spec import Spec

DEFAULT_ORIGIN = "default"


Source = Union[EnvSource, MappingSource]


class Config:
    """Typed, read-only settings with the origin of every value."""

    def __init__(self, values: dict[str, Any], origins: dict[str, str]) -> None:
        self._values = dict(values)
        self._origins = dict(origins)

    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise MissingKeyError(f"no setting named {key!r}") from None

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._values))

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Config) and other._values == self._values

    def origin(self, key: str) -> str:
        """Name of the source that supplied ``key`` (``"default"`` for defaults)."""
        if key not in self._origins:
            raise MissingKeyError(f"no setting named {key!r}")
        return self._origins[key]

    def reveal(self, key: str) -> Any:
        """Return a setting's value, unwrapping secrets."""
        value = self[key]
        return value.reveal() if isinstance(value, Secret) else value

    def section(self, name: str) -> "Config":
        """The settings below ``name`` with the section prefix removed."""
        prefix = name + "."
        keys = [key for key in self._values if key.startswith(prefix)]
        if not keys:
            raise MissingKeyError(f"no section named {name!r}")
        return Config(
            {key[len(prefix):]: self._values[key] for key in keys},
            {key[len(prefix):]: self._origins[key] for key in keys},
        )

    def as_dict(self, reveal: bool = False) -> dict[str, Any]:
        """Nested dict of all values; secrets stay masked unless ``reveal``."""
        tree: dict[str, Any] = {}
        for key in self:
            value = self._values[key]
            if reveal and isinstance(value, Secret):
                value = value.reveal()
            *parents, leaf = key.split(".")
            node = tree
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = value
        return tree

    def __repr__(self) -> str:
        body = ", ".join(f"{key}={self._values[key]!r}" for key in self)
        return f"Config({body})"


def _layer(sources: tuple[Source, ...]) -> tuple[dict[str, Any], dict[str, str]]:
    merged: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for source in sources:
        for key, value in source.load().items():
            merged[key] = value
            origins[key] = source.name
    return merged, origins


def load(spec: Spec, *sources: Source, allow_unknown: bool = True) -> Config:
    """Layer ``sources`` (later ones win), cast every setting and validate.

    Raises :class:`InvalidConfigError` naming every bad or missing setting.
    """
    raw, raw_origins = _layer(sources)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    problems: dict[str, str] = {}
    for key in spec:
        setting = spec[key]
        if key in raw:
            try:
                values[key] = setting.cast(raw[key])
            except CastError as exc:
                problems[key] = f"{exc} (from {raw_origins[key]})"
                continue
            origins[key] = raw_origins[key]
        elif setting.has_default:
            values[key] = setting.cast(setting.default) if setting.default is not None else None
            origins[key] = DEFAULT_ORIGIN
        elif setting.required:
            problems[key] = "required setting is missing"
        else:
            values[key] = None
            origins[key] = DEFAULT_ORIGIN
    if not allow_unknown:
        for key in raw:
            if key not in spec:
                problems[key] = f"unknown setting (from {raw_origins[key]})"
    if problems:
        raise InvalidConfigError(problems)
    return Config(values, origins)
