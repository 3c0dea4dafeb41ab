"""Packages, requirements and the repository of available releases."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from .errors import DuplicatePackageError, PackageNotFoundError, VersionFormatError
from .version import Constraint, Version

_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")


def normalize_name(name: str) -> str:
    """Lowercase the name and treat ``_`` and ``-`` as the same character."""
    normalized = name.strip().lower().replace("_", "-")
    if not _NAME.match(normalized):
        raise ValueError(f"invalid package name {name!r}")
    return normalized


@dataclass(frozen=True)
class Requirement:
    name: str
    constraint: Constraint
    required_by: str | None = None

    @classmethod
    def parse(cls, text: str, required_by: str | None = None) -> "Requirement":
        """Parse ``"name >=1.0,<2"``; the constraint part is optional."""
        match = re.match(r"^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$", text)
        if not match:
            raise VersionFormatError(f"invalid requirement {text!r}")
        return cls(normalize_name(match.group(1)), Constraint.parse(match.group(2)), required_by)

    def __str__(self) -> str:
        origin = "root" if self.required_by is None else self.required_by
        return f"{self.name} {self.constraint} (from {origin})"


@dataclass(frozen=True)
class Package:
    name: str
    version: Version
    dependencies: tuple[tuple[str, Constraint], ...] = field(default=())

    @classmethod
    def create(cls, name: str, version: str, dependencies: Mapping[str, str] | None = None) -> "Package":
        deps = tuple(
            sorted(
                ((normalize_name(dep), Constraint.parse(spec)) for dep, spec in (dependencies or {}).items()),
                key=lambda item: item[0],
            )
        )
        return cls(normalize_name(name), Version.parse(version), deps)

    @property
    def key(self) -> str:
        return f"{self.name} {self.version}"

    def requirements(self) -> list[Requirement]:
        return [Requirement(dep, constraint, self.key) for dep, constraint in self.dependencies]


class Repository:
    """All known releases, indexed by package name."""

    def __init__(self) -> None:
        self._releases: dict[str, dict[Version, Package]] = {}

    def add(self, package: Package) -> Package:
        releases = self._releases.setdefault(package.name, {})
        if package.version in releases:
            raise DuplicatePackageError(f"{package.key} already registered")
        releases[package.version] = package
        return package

    def register(self, name: str, version: str, dependencies: Mapping[str, str] | None = None) -> Package:
        return self.add(Package.create(name, version, dependencies))

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalize_name(name) in self._releases

    def __iter__(self) -> Iterator[Package]:
        for name in sorted(self._releases):
            yield from self.versions(name)

    def names(self) -> list[str]:
        return sorted(self._releases)

    def versions(self, name: str) -> list[Package]:
        """Releases of ``name``, newest first."""
        key = normalize_name(name)
        if key not in self._releases:
            raise PackageNotFoundError(key)
        return [self._releases[key][v] for v in sorted(self._releases[key], reverse=True)]

    def get(self, name: str, version: str) -> Package:
        key = normalize_name(name)
        parsed = Version.parse(version)
        try:
            return self._releases[key][parsed]
        except KeyError:
            raise PackageNotFoundError(key, str(parsed)) from None

    def candidates(self, name: str, constraint: Constraint) -> list[Package]:
        if name not in self._releases:
            return []
        return [pkg for pkg in self.versions(name) if constraint.allows(pkg.version)]

    def latest(self, name: str) -> Package:
        return self.versions(name)[0]
