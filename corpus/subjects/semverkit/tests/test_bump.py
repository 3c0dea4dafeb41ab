import pytest

from semverkit import InvalidVersionError, Part, Version


@pytest.mark.parametrize(
    "start, part, expected",
    [
        ("1.2.3", "major", "2.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("0.0.0", "patch", "0.0.1"),
        ("1.2.3+build", "patch", "1.2.4"),
        ("2.0.0-rc.1", "major", "2.0.0"),
        ("2.1.0-rc.1", "major", "3.0.0"),
        ("2.0.1-rc.1", "major", "3.0.0"),
        ("1.3.0-beta", "minor", "1.3.0"),
        ("1.3.1-beta", "minor", "1.4.0"),
        ("1.2.4-beta", "patch", "1.2.4"),
        ("1.2.3", "prerelease", "1.2.4-0"),
        ("1.2.4-0", "prerelease", "1.2.4-1"),
        ("1.2.4-alpha.1", "prerelease", "1.2.4-alpha.2"),
        ("1.2.4-alpha", "prerelease", "1.2.4-alpha.0"),
        ("1.2.4-alpha.1.beta", "prerelease", "1.2.4-alpha.2.beta"),
        ("1.2.4-alpha.9+b", "prerelease", "1.2.4-alpha.10"),
    ],
)
def test_bump(start, part, expected):
    result = Version.parse(start).bump(part)
    assert str(result) == expected


@pytest.mark.parametrize(
    "start, identifier, expected",
    [
        ("1.2.3", "rc", "1.2.4-rc.0"),
        ("1.2.4-rc.0", "rc", "1.2.4-rc.1"),
        ("1.2.4-beta.3", "rc", "1.2.4-rc.0"),
        ("1.2.4-rc", "rc", "1.2.4-rc.0"),
    ],
)
def test_bump_prerelease_with_identifier(start, identifier, expected):
    assert str(Version.parse(start).bump(Part.PRERELEASE, identifier)) == expected


def test_bump_accepts_enum_members():
    assert Version(1, 0, 0).bump(Part.MINOR) == Version(1, 1, 0)


def test_bump_returns_new_instance():
    original = Version(1, 0, 0)
    original.bump("major")
    assert str(original) == "1.0.0"


def test_bump_rejects_unknown_part():
    with pytest.raises(ValueError):
        Version(1, 0, 0).bump("micro")


@pytest.mark.parametrize("identifier", ["", "12", "a.b", "b_c"])
def test_bump_rejects_bad_identifier(identifier):
    with pytest.raises(InvalidVersionError, match="invalid pre-release identifier"):
        Version(1, 0, 0).bump("prerelease", identifier)
