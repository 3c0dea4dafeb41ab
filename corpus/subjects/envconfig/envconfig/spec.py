"""Declarations of the settings an application expects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from envconfig.casting import Secret, cast_list, caster_for
from envconfig.errors import CastError

KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Setting:
    """One expected setting: its type, default and handling flags."""

    kind: Any = str
    default: Any = MISSING
    required: bool = False
    secret: bool = False
    item: Any = str
    separator: str = ","
    choices: tuple[Any, ...] | None = None
    help: str = ""

    def __post_init__(self) -> None:
        if self.required and self.default is not MISSING:
            raise ValueError("a required setting cannot have a default")
        if self.kind is list and not self.separator:
            raise ValueError("list settings need a separator")
        caster_for(self.kind)

    @property
    def has_default(self) -> bool:
        return self.default is not MISSING

    def _convert(self) -> Callable[[Any], Any]:
        if self.kind is list:
            item_caster = caster_for(self.item)
            return lambda raw: cast_list(raw, item_caster, self.separator)
        return caster_for(self.kind)

    def cast(self, raw: Any) -> Any:
        """Convert a raw value, check choices and wrap secrets."""
        if isinstance(raw, Secret):
            raw = raw.reveal()
        try:
            value = self._convert()(raw)
        except CastError:
            raise
        except (TypeError, ValueError) as exc:
            raise CastError(str(exc)) from exc
        if self.choices is not None and value not in self.choices:
            options = ", ".join(repr(choice) for choice in self.choices)
            raise CastError(f"{value!r} is not one of {options}")
        return Secret(value) if self.secret else value


class Spec:
    """A validated collection of settings keyed by dotted names."""

    def __init__(self, settings: dict[str, Setting]) -> None:
        for key, setting in settings.items():
            if not KEY_PATTERN.fullmatch(key):
                raise ValueError(f"invalid setting key {key!r}")
            if not isinstance(setting, Setting):
                raise TypeError(f"{key}: expected a Setting, got {type(setting).__name__}")
        for key in settings:
            if any(other.startswith(key + ".") for other in settings):
                raise ValueError(f"setting {key!r} cannot also be a section")
        self._settings = dict(settings)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._settings))

    def __len__(self) -> int:
        return len(self._settings)

    def __contains__(self, key: object) -> bool:
        return key in self._settings

    def __getitem__(self, key: str) -> Setting:
        return self._settings[key]

    def secrets(self) -> list[str]:
        """The keys of every secret setting, sorted."""
        return sorted(key for key, setting in self._settings.items() if setting.secret)

    def describe(self) -> list[str]:
        """One human-readable line per setting, for documentation or ``--help``."""
        lines = []
        for key in self:
            setting = self._settings[key]
            kind = getattr(setting.kind, "__name__", str(setting.kind))
            if setting.required:
                status = "required"
            elif setting.has_default and not setting.secret:
                status = f"default {setting.default!r}"
            else:
                status = "optional"
            suffix = f" - {setting.help}" if setting.help else ""
            lines.append(f"{key} ({kind}, {status}){suffix}")
        return lines
