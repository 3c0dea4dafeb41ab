"""Numeric versions and version constraints."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import VersionFormatError

_VERSION = re.compile(r"^\d+(\.\d+){0,2}$")
_CLAUSE = re.compile(r"^(>=|<=|==|!=|~=|>|<|\^)?\s*(\S+)$")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    precision: int = field(default=3, compare=False, repr=False)

    @classmethod
    def parse(cls, text: str) -> "Version":
        text = text.strip()
        if not _VERSION.match(text):
            raise VersionFormatError(f"invalid version {text!r}")
        parts = [int(p) for p in text.split(".")]
        precision = len(parts)
        parts += [0] * (3 - len(parts))
        return cls(parts[0], parts[1], parts[2], precision)

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown version part {part!r}")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def _caret_upper(version: Version) -> Version:
    if version.major > 0:
        return version.bump("major")
    if version.minor > 0:
        return version.bump("minor")
    return version.bump("patch")


def _tilde_upper(version: Version) -> Version:
    if version.precision <= 1:
        raise VersionFormatError("~= needs at least two version components")
    if version.precision == 2:
        return version.bump("major")
    return version.bump("minor")


_CHECKS = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


@dataclass(frozen=True)
class Constraint:
    """A conjunction of comparison clauses such as ``>=1.2, <2``.

    ``^`` and ``~=`` are expanded into a lower and an upper bound; a bare
    version means ``==``; ``*`` or an empty string allows everything.
    """

    clauses: tuple[tuple[str, Version], ...] = ()

    @classmethod
    def parse(cls, text: str) -> "Constraint":
        text = text.strip()
        if text in ("", "*"):
            return cls()
        clauses: list[tuple[str, Version]] = []
        for raw in text.split(","):
            match = _CLAUSE.match(raw.strip())
            if not match:
                raise VersionFormatError(f"invalid constraint clause {raw.strip()!r}")
            op = match.group(1) or "=="
            version = Version.parse(match.group(2))
            if op == "^":
                clauses += [(">=", version), ("<", _caret_upper(version))]
            elif op == "~=":
                clauses += [(">=", version), ("<", _tilde_upper(version))]
            else:
                clauses.append((op, version))
        return cls(tuple(clauses))

    def allows(self, version: Version) -> bool:
        return all(_CHECKS[op](version, bound) for op, bound in self.clauses)

    def intersect(self, other: "Constraint") -> "Constraint":
        return Constraint(self.clauses + tuple(c for c in other.clauses if c not in self.clauses))

    @property
    def is_any(self) -> bool:
        return not self.clauses

    def __str__(self) -> str:
        if not self.clauses:
            return "*"
        return ",".join(f"{op}{version}" for op, version in self.clauses)
