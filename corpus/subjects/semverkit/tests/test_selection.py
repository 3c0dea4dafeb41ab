import pytest

from semverkit import (
    InvalidVersionError,
    Range,
    Version,
    filter_satisfying,
    latest,
    max_satisfying,
    min_satisfying,
    satisfies,
    sort_versions,
)


def strings(versions):
    return [str(version) for version in versions]


def test_sort_versions(releases):
    shuffled = releases[::-1]
    assert strings(sort_versions(shuffled)) == releases
    assert strings(sort_versions(shuffled, reverse=True)) == releases[::-1]


def test_sort_uses_build_as_tiebreaker():
    assert strings(sort_versions(["1.0.0+b", "1.0.0", "1.0.0+a"])) == ["1.0.0", "1.0.0+a", "1.0.0+b"]


def test_sort_empty():
    assert sort_versions([]) == []


@pytest.mark.parametrize(
    "spec, expected",
    [
        ("^1.2.0", "1.10.1"),
        ("~1.2.0", "1.2.4"),
        ("<1.0.0", "0.9.0"),
        ("1.2.3 - 1.3", "1.3.0"),
        ("^2", "2.1.0"),
        ("^4", None),
        (">=2.0.0 <2.1.0 || 1.0.x", "2.0.0"),
        ("*", "2.1.0"),
    ],
)
def test_max_satisfying(releases, spec, expected):
    result = max_satisfying(releases, spec)
    assert (str(result) if result else None) == expected


@pytest.mark.parametrize(
    "spec, expected",
    [("^1.2.0", "1.2.0"), (">1.2.3", "1.2.4"), ("^2", "2.0.0"), ("^9", None)],
)
def test_min_satisfying(releases, spec, expected):
    result = min_satisfying(releases, spec)
    assert (str(result) if result else None) == expected


def test_max_satisfying_with_prereleases(releases):
    assert str(max_satisfying(releases, ">=2.1.0", include_prerelease=True)) == "3.0.0-alpha"
    assert str(max_satisfying(releases, ">=2.1.0")) == "2.1.0"
    assert str(max_satisfying(releases, ">=3.0.0-alpha")) == "3.0.0-alpha"


def test_filter_satisfying(releases):
    assert strings(filter_satisfying(releases, "~1.2")) == ["1.2.0", "1.2.3", "1.2.4"]
    assert strings(filter_satisfying(releases, "~1.2", include_prerelease=True)) == [
        "1.2.0",
        "1.2.3",
        "1.2.4-beta.1",
        "1.2.4",
    ]


def test_accepts_parsed_objects():
    versions = [Version(1, 0, 0), Version(1, 5, 0)]
    assert max_satisfying(versions, Range.parse("^1")) == Version(1, 5, 0)


def test_satisfies():
    assert satisfies("1.2.3", "^1") is True
    assert satisfies("v1.2.3", "^2") is False
    assert satisfies("2.0.0-rc.1", "^2.0.0-rc.0") is True
    assert satisfies("2.0.0-rc.1", "^1", include_prerelease=True) is False


def test_latest(releases):
    assert str(latest(releases)) == "2.1.0"
    assert str(latest(releases, include_prerelease=True)) == "3.0.0-alpha"
    assert latest(["1.0.0-rc.1"]) is None
    assert latest([]) is None


def test_invalid_version_in_collection():
    with pytest.raises(InvalidVersionError):
        max_satisfying(["1.0.0", "banana"], "*")
