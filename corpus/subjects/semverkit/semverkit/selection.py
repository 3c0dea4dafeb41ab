"""Choosing versions from a collection: sorting, filtering and best matches."""
from __future__ import annotations

from typing import Iterable

from .ranges import Range
from .version import Version

VersionLike = Version | str
RangeLike = Range | str


def _version(value: VersionLike) -> Version:
    return value if isinstance(value, Version) else Version.parse(value, loose=True)


def _range(value: RangeLike) -> Range:
    return value if isinstance(value, Range) else Range.parse(value)


def sort_versions(versions: Iterable[VersionLike], reverse: bool = False) -> list[Version]:
    """Sort by precedence; versions differing only in build metadata sort by build text."""
    parsed = [_version(value) for value in versions]
    return sorted(parsed, key=lambda version: (version.precedence_key(), version.build), reverse=reverse)


def satisfies(version: VersionLike, spec: RangeLike, include_prerelease: bool = False) -> bool:
    return _range(spec).test(_version(version), include_prerelease)


def filter_satisfying(
    versions: Iterable[VersionLike], spec: RangeLike, include_prerelease: bool = False
) -> list[Version]:
    """All matching versions, in ascending precedence order."""
    parsed_range = _range(spec)
    return [version for version in sort_versions(versions) if parsed_range.test(version, include_prerelease)]


def max_satisfying(
    versions: Iterable[VersionLike], spec: RangeLike, include_prerelease: bool = False
) -> Version | None:
    matching = filter_satisfying(versions, spec, include_prerelease)
    return matching[-1] if matching else None


def min_satisfying(
    versions: Iterable[VersionLike], spec: RangeLike, include_prerelease: bool = False
) -> Version | None:
    matching = filter_satisfying(versions, spec, include_prerelease)
    return matching[0] if matching else None


def latest(versions: Iterable[VersionLike], include_prerelease: bool = False) -> Version | None:
    """The highest version, skipping pre-releases unless asked to include them."""
    candidates = [version for version in sort_versions(versions) if include_prerelease or not version.prerelease]
    return candidates[-1] if candidates else None
