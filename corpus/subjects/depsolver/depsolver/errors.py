"""Exceptions raised while parsing and resolving dependencies."""
from __future__ import annotations

from typing import Sequence


class DependencyError(Exception):
    """Base class for all depsolver errors."""


class VersionFormatError(DependencyError, ValueError):
    """Raised for an unparseable version or constraint string."""


class PackageNotFoundError(DependencyError):
    def __init__(self, name: str, version: str | None = None) -> None:
        what = name if version is None else f"{name} {version}"
        super().__init__(f"package {what} not found")
        self.name = name
        self.version = version


class DuplicatePackageError(DependencyError):
    """Raised when the same name and version are registered twice."""


class CycleError(DependencyError):
    def __init__(self, cycle: Sequence[str]) -> None:
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = list(cycle)


class ConflictError(DependencyError):
    """No version of ``name`` satisfies every requirement placed on it."""

    def __init__(self, name: str, requirements: Sequence[str]) -> None:
        joined = "; ".join(requirements)
        super().__init__(f"cannot satisfy {name}: {joined}")
        self.name = name
        self.requirements = list(requirements)


class ResolutionLimitError(DependencyError):
    """Raised when the backtracking search exceeds its step budget."""
