"""Named single-bit flags combined into integer values."""
from __future__ import annotations

import re
from typing import Iterable

from .bitset import BitSet
from .errors import FieldDefinitionError, FieldValueError, UnknownFieldError

_SEPARATORS = re.compile(r"\s*[|,+]\s*")


class FlagSet:
    """A vocabulary of flags; flag ``n`` (0-based, in definition order) is bit ``n``.

    Flag names are case-insensitive when parsing and reported in lower case.
    """

    def __init__(self, *names: str) -> None:
        if not names:
            raise FieldDefinitionError("a flag set needs at least one flag")
        self._bits: dict[str, int] = {}
        for position, name in enumerate(names):
            if not isinstance(name, str) or not name.isidentifier():
                raise FieldDefinitionError(f"flag name must be an identifier, got {name!r}")
            key = name.lower()
            if key in self._bits:
                raise FieldDefinitionError(f"duplicate flag {name!r}")
            self._bits[key] = position

    @property
    def names(self) -> list[str]:
        return list(self._bits)

    @property
    def all(self) -> int:
        """Value with every flag set."""
        return (1 << len(self._bits)) - 1

    def bit(self, name: str) -> int:
        """The single-bit value of flag ``name``."""
        key = name.lower()
        if key not in self._bits:
            raise UnknownFieldError(name)
        return 1 << self._bits[key]

    def encode(self, names: Iterable[str] | str) -> int:
        """Combine flag names (or a text such as ``"read|write"``) into a value."""
        if isinstance(names, str):
            return self.parse(names)
        value = 0
        for name in names:
            value |= self.bit(name)
        return value

    def _check_value(self, value: int, strict: bool) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise FieldValueError(f"flag values are non-negative ints, got {value!r}")
        if strict and value & ~self.all:
            raise FieldValueError(f"value {value:#x} has bits outside the defined flags")
        return value & self.all

    def decode(self, value: int, *, strict: bool = True) -> list[str]:
        """Names of the flags set in ``value``, in bit order."""
        known = self._check_value(value, strict)
        return [name for name, position in self._bits.items() if known >> position & 1]

    def format(self, value: int, *, strict: bool = True) -> str:
        """Text such as ``"read|exec"``; ``"none"`` when no flag is set."""
        names = self.decode(value, strict=strict)
        return "|".join(names) if names else "none"

    def parse(self, text: str) -> int:
        """Inverse of :meth:`format`; accepts ``|``, ``,`` or ``+`` as separators."""
        stripped = text.strip()
        if stripped.lower() in ("", "none"):
            return 0
        return self.encode(part for part in _SEPARATORS.split(stripped))

    def has(self, value: int, name: str) -> bool:
        return bool(self._check_value(value, True) & self.bit(name))

    def add(self, value: int, *names: str) -> int:
        return self._check_value(value, True) | self.encode(names)

    def remove(self, value: int, *names: str) -> int:
        return self._check_value(value, True) & ~self.encode(names)

    def toggle(self, value: int, *names: str) -> int:
        return self._check_value(value, True) ^ self.encode(names)

    def to_bitset(self, value: int) -> BitSet:
        return BitSet.from_int(self._check_value(value, True), len(self._bits))

    def __len__(self) -> int:
        return len(self._bits)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._bits

    def __repr__(self) -> str:
        return f"FlagSet({', '.join(self._bits)})"
