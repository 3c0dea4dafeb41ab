"""Semantic versions (semver.org 2.0.0): parsing, formatting, precedence and bumping."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import total_ordering
from typing import Union

from .errors import InvalidVersionError

Identifier = Union[int, str]
IDENTIFIER = re.compile(r"[0-9A-Za-z-]+")


class Part(Enum):
    MAJOR = "major"
    MINOR = "minor"
    PATCH = "patch"
    PRERELEASE = "prerelease"


def parse_number(text: str, what: str) -> int:
    """Parse a numeric component: digits only, no leading zeros."""
    if not text.isdigit() or not text.isascii():
        raise InvalidVersionError(f"{what} must be a non-negative integer, got {text!r}")
    if len(text) > 1 and text[0] == "0":
        raise InvalidVersionError(f"{what} must not have leading zeros: {text!r}")
    return int(text)


def parse_prerelease(text: str) -> tuple[Identifier, ...]:
    identifiers: list[Identifier] = []
    for part in text.split("."):
        if not IDENTIFIER.fullmatch(part):
            raise InvalidVersionError(f"invalid pre-release identifier {part!r}")
        identifiers.append(parse_number(part, "numeric pre-release identifier") if part.isdigit() else part)
    return tuple(identifiers)


def parse_build(text: str) -> tuple[str, ...]:
    parts = tuple(text.split("."))
    for part in parts:
        if not IDENTIFIER.fullmatch(part):
            raise InvalidVersionError(f"invalid build identifier {part!r}")
    return parts


def _identifier_key(identifier: Identifier) -> tuple[int, int, str]:
    if isinstance(identifier, int):
        return (0, identifier, "")
    return (1, 0, identifier)


@total_ordering
@dataclass(frozen=True, eq=False)
class Version:
    """A semantic version. Equality and ordering ignore build metadata."""

    major: int
    minor: int
    patch: int
    prerelease: tuple[Identifier, ...] = ()
    build: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidVersionError(f"{name} must be a non-negative integer, got {value!r}")
        for identifier in self.prerelease:
            valid = (isinstance(identifier, int) and not isinstance(identifier, bool) and identifier >= 0) or (
                isinstance(identifier, str) and IDENTIFIER.fullmatch(identifier) and not identifier.isdigit()
            )
            if not valid:
                raise InvalidVersionError(f"invalid pre-release identifier {identifier!r}")
        for identifier in self.build:
            if not isinstance(identifier, str) or not IDENTIFIER.fullmatch(identifier):
                raise InvalidVersionError(f"invalid build identifier {identifier!r}")

    @classmethod
    def parse(cls, text: str, loose: bool = False) -> "Version":
        """Parse ``MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]``.

        With ``loose``, surrounding whitespace and a leading ``v`` or ``=`` are accepted.
        """
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        candidate = text
        if loose:
            candidate = candidate.strip().lstrip("=v").strip()
        core, plus, build = candidate.partition("+")
        core, dash, prerelease = core.partition("-")
        numbers = core.split(".")
        if len(numbers) != 3:
            raise InvalidVersionError(f"expected MAJOR.MINOR.PATCH, got {text!r}")
        major, minor, patch = (parse_number(part, name) for part, name in zip(numbers, ("major", "minor", "patch")))
        return cls(
            major,
            minor,
            patch,
            parse_prerelease(prerelease) if dash else (),
            parse_build(build) if plus else (),
        )

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(str(identifier) for identifier in self.prerelease)
        if self.build:
            text += "+" + ".".join(self.build)
        return text

    def __repr__(self) -> str:
        return f"Version('{self}')"

    @property
    def is_prerelease(self) -> bool:
        return bool(self.prerelease)

    @property
    def release(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def precedence_key(self) -> tuple:
        """A key whose ordering is semver precedence; a release outranks its pre-releases."""
        pre = tuple(_identifier_key(identifier) for identifier in self.prerelease)
        return (self.major, self.minor, self.patch, 0 if self.prerelease else 1, pre)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.precedence_key() == other.precedence_key()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.precedence_key() < other.precedence_key()

    def __hash__(self) -> int:
        return hash(self.precedence_key())

    def compare(self, other: "Version | str") -> int:
        """Return -1, 0 or 1 comparing precedence with ``other``."""
        other_version = other if isinstance(other, Version) else Version.parse(other)
        return (self > other_version) - (self < other_version)

    def finalize(self) -> "Version":
        """The release this pre-release leads up to, without build metadata."""
        return Version(self.major, self.minor, self.patch)

    def bump(self, part: Part | str, identifier: str | None = None) -> "Version":
        """Return the next version; build metadata is always dropped.

        A pre-release bumps to its own release when that release is the target,
        e.g. ``2.0.0-rc.1`` bumped by major gives ``2.0.0``.
        """
        part = Part(part)
        if identifier is not None and (not IDENTIFIER.fullmatch(identifier) or identifier.isdigit()):
            raise InvalidVersionError(f"invalid pre-release identifier {identifier!r}")
        if part is Part.MAJOR:
            if self.prerelease and self.minor == 0 and self.patch == 0:
                return self.finalize()
            return Version(self.major + 1, 0, 0)
        if part is Part.MINOR:
            if self.prerelease and self.patch == 0:
                return self.finalize()
            return Version(self.major, self.minor + 1, 0)
        if part is Part.PATCH:
            if self.prerelease:
                return self.finalize()
            return Version(self.major, self.minor, self.patch + 1)
        return self._bump_prerelease(identifier)

    def _bump_prerelease(self, identifier: str | None) -> "Version":
        if not self.prerelease:
            start = (identifier, 0) if identifier else (0,)
            return Version(self.major, self.minor, self.patch + 1, start)
        if identifier is not None and self.prerelease[0] != identifier:
            return Version(self.major, self.minor, self.patch, (identifier, 0))
        identifiers = list(self.prerelease)
        for index in range(len(identifiers) - 1, -1, -1):
            if isinstance(identifiers[index], int):
                identifiers[index] += 1
                break
        else:
            identifiers.append(0)
        return Version(self.major, self.minor, self.patch, tuple(identifiers))


def parse_version(text: str, loose: bool = False) -> Version:
    return Version.parse(text, loose=loose)
