"""depsolver: package dependency resolution with backtracking."""
from .errors import (
    ConflictError,
    CycleError,
    DependencyError,
    DuplicatePackageError,
    PackageNotFoundError,
    ResolutionLimitError,
    VersionFormatError,
)
from .ordering import find_cycle, install_layers, install_order
from .repository import Package, Repository, Requirement, normalize_name
from .resolver import Resolution, Resolver, resolve
from .version import Constraint, Version

__all__ = [
    "ConflictError",
    "Constraint",
    "CycleError",
    "DependencyError",
    "DuplicatePackageError",
    "Package",
    "PackageNotFoundError",
    "Repository",
    "Requirement",
    "Resolution",
    "ResolutionLimitError",
    "Resolver",
    "Version",
    "VersionFormatError",
    "find_cycle",
    "install_layers",
    "install_order",
    "normalize_name",
    "resolve",
]
