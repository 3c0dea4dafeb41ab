"""In-memory model of an INI document with typed, interpolated access."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, TypeVar

from .conversion import to_bool, to_float, to_int, to_list
from .errors import IniError, NoOptionError, NoSectionError
from .interpolation import Interpolator

DEFAULT_SECTION = "DEFAULT"
COMMENT_PREFIXES = ("#", ";")
T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def normalize_key(key: str) -> str:
    """Keys are case-insensitive and stored in lower case."""
    cleaned = key.strip().lower()
    if not cleaned:
        raise IniError("key must not be empty")
    if any(char in cleaned for char in "=:\n") or cleaned.startswith(("[", *COMMENT_PREFIXES)):
        raise IniError(f"invalid key {key!r}")
    return cleaned


def clean_value(value: str) -> str:
    """Strip every line of ``value`` and check that it can be written back."""
    if not isinstance(value, str):
        raise TypeError(f"values must be strings, got {type(value).__name__}")
    lines = [line.strip() for line in value.split("\n")]
    for line in lines[1:]:
        if not line or line.startswith(COMMENT_PREFIXES):
            raise IniError(f"continuation line {line!r} cannot be represented")
    return "\n".join(lines)


@dataclass
class Entry:
    key: str
    value: str
    comments: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class Section:
    name: str
    entries: dict[str, Entry] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.strip().lower() in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def keys(self) -> list[str]:
        return list(self.entries)

    def set(self, key: str, value: str, comments: list[str] | None = None, line: int = 0) -> Entry:
        name = normalize_key(key)
        existing = self.entries.get(name)
        entry = Entry(name, clean_value(value), comments if comments is not None else [], line)
        if existing is not None and comments is None:
            entry.comments = existing.comments
        self.entries[name] = entry
        return entry

    def remove(self, key: str) -> bool:
        return self.entries.pop(key.strip().lower(), None) is not None


class Document:
    """An ordered collection of sections plus the shared DEFAULT section."""

    def __init__(self) -> None:
        self.defaults = Section(DEFAULT_SECTION)
        self.sections: dict[str, Section] = {}
        self.trailing_comments: list[str] = []

    def add_section(self, name: str) -> Section:
        cleaned = name.strip()
        if not cleaned or "]" in cleaned or "\n" in cleaned:
            raise IniError(f"invalid section name {name!r}")
        if cleaned == DEFAULT_SECTION:
            raise IniError("the DEFAULT section always exists")
        if cleaned in self.sections:
            raise IniError(f"section {cleaned!r} already exists")
        section = self.sections[cleaned] = Section(cleaned)
        return section

    def has_section(self, name: str) -> bool:
        return name in self.sections

    def section(self, name: str) -> Section:
        if name == DEFAULT_SECTION:
            return self.defaults
        try:
            return self.sections[name]
        except KeyError:
            raise NoSectionError(name) from None

    def section_names(self) -> list[str]:
        return list(self.sections)

    def remove_section(self, name: str) -> bool:
        return self.sections.pop(name, None) is not None

    def set(self, section: str, key: str, value: str) -> None:
        self.section(section).set(key, value)

    def options(self, section: str) -> list[str]:
        """Keys visible in ``section``: its own first, then inherited defaults."""
        own = self.section(section).keys()
        if section == DEFAULT_SECTION:
            return own
        return own + [key for key in self.defaults.keys() if key not in own]

    def get_raw(self, section: str, key: str) -> str:
        name = key.strip().lower()
        target = self.section(section)
        if name in target.entries:
            return target.entries[name].value
        if name in self.defaults.entries:
            return self.defaults.entries[name].value
        raise NoOptionError(section, name)

    def get(self, section: str, key: str, fallback: Any = MISSING, raw: bool = False) -> Any:
        """Return the value of ``key``, expanding ``${...}`` references unless ``raw``."""
        try:
            if raw:
                return self.get_raw(section, key)
            return Interpolator(self).resolve(section, key)
        except (NoOptionError, NoSectionError):
            if fallback is MISSING:
                raise
            return fallback

    def _get_converted(self, converter: Callable[[str], T], section: str, key: str, fallback: Any) -> T | Any:
        try:
            value = self.get(section, key)
        except (NoOptionError, NoSectionError):
            if fallback is MISSING:
                raise
            return fallback
        return converter(value)

    def get_int(self, section: str, key: str, fallback: Any = MISSING) -> int | Any:
        return self._get_converted(to_int, section, key, fallback)

    def get_float(self, section: str, key: str, fallback: Any = MISSING) -> float | Any:
        return self._get_converted(to_float, section, key, fallback)

    def get_bool(self, section: str, key: str, fallback: Any = MISSING) -> bool | Any:
        return self._get_converted(to_bool, section, key, fallback)

    def get_list(self, section: str, key: str, fallback: Any = MISSING, separator: str = ",") -> list[str] | Any:
        return self._get_converted(lambda text: to_list(text, separator), section, key, fallback)

    def items(self, section: str) -> dict[str, str]:
        """All visible keys of ``section`` with interpolated values."""
        return {key: self.get(section, key) for key in self.options(section)}

    def as_dict(self) -> dict[str, dict[str, str]]:
        return {name: self.items(name) for name in self.sections}

    def __iter__(self) -> Iterator[str]:
        return iter(self.sections)

    def __contains__(self, name: object) -> bool:
        return name in self.sections or name == DEFAULT_SECTION
