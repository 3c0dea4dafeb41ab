"""Configuration sources that flatten their data into dotted keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterator

from envconfig.errors import SourceError


def _check_segments(segments: list[str], raw_key: str, source: str) -> None:
    if not segments or any(not segment for segment in segments):
        raise SourceError(f"{source}: key {raw_key!r} has an empty segment")


def _insert(flat: dict[str, Any], segments: list[str], value: Any, raw_key: str, source: str) -> None:
    dotted = ".".join(segments)
    for depth in range(1, len(segments)):
        parent = ".".join(segments[:depth])
        if parent in flat:
            raise SourceError(f"{source}: {raw_key!r} nests under {parent!r}, which already has a value")
    prefix = dotted + "."
    if any(existing.startswith(prefix) for existing in flat):
        raise SourceError(f"{source}: {raw_key!r} conflicts with nested keys under it")
    if dotted in flat:
        raise SourceError(f"{source}: duplicate key {dotted!r}")
    flat[dotted] = value


class EnvSource:
    """Read variables sharing a prefix; a separator introduces nesting.

    With prefix ``APP_`` and separator ``__``, ``APP_DB__HOST`` becomes ``db.host``.
    """

    def __init__(self, environ: Mapping[str, str], prefix: str = "", separator: str = "__", name: str = "env") -> None:
        if not separator:
            raise ValueError("separator must not be empty")
        self.environ = environ
        self.prefix = prefix.upper()
        self.separator = separator
        self.name = name

    def _matching(self) -> Iterator[tuple[str, str]]:
        for key in sorted(self.environ):
            if key.upper().startswith(self.prefix) and len(key) > len(self.prefix):
                yield key, key[len(self.prefix):]

    def load(self) -> dict[str, Any]:
        """Return the matching variables as a flat dict of dotted keys."""
        flat: dict[str, Any] = {}
        for raw_key, remainder in self._matching():
            segments = remainder.lower().split(self.separator.lower())
            _check_segments(segments, raw_key, self.name)
            _insert(flat, segments, self.environ[raw_key], raw_key, self.name)
        return flat


class MappingSource:
    """Wrap nested data, e.g. parsed from a file; keys are case-insensitive."""

    def __init__(self, data: Mapping[str, Any], name: str = "mapping", dotted_keys: bool = False) -> None:
        if not isinstance(data, Mapping):
            raise SourceError(f"{name}: expected a mapping, got {type(data).__name__}")
        self.data = data
        self.name = name
        self.dotted_keys = dotted_keys

    def load(self) -> dict[str, Any]:
        """Flatten nested mappings into dotted keys."""
        return self._walk(self.data, [])

    def _walk(
        self, node: Mapping[str, Any], trail: list[str], flat: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        if flat is None:
            flat = {}
        for key, value in node.items():
            if not isinstance(key, str):
                raise SourceError(f"{self.name}: keys must be strings, got {key!r}")
            parts = key.lower().split(".") if self.dotted_keys else [key.lower()]
            segments = trail + parts
            _check_segments(segments, key, self.name)
            if isinstance(value, Mapping) and value:
                self._walk(value, segments, flat)
            else:
                _insert(flat, segments, value, key, self.name)
        return flat
