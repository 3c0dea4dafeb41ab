import pytest

from depsolver import Constraint, Version, VersionFormatError


@pytest.mark.parametrize(
    "text, expected, precision",
    [("1", (1, 0, 0), 1), ("1.2", (1, 2, 0), 2), ("1.2.3", (1, 2, 3), 3), (" 10.0.1 ", (10, 0, 1), 3)],
)
def test_parse_version(text, expected, precision):
    version = Version.parse(text)
    assert (version.major, version.minor, version.patch) == expected
    assert version.precision == precision


@pytest.mark.parametrize("text", ["", "1.", "a.b", "1.2.3.4", "v1", "-1"])
def test_parse_version_rejects(text):
    with pytest.raises(VersionFormatError):
        Version.parse(text)


def test_version_ordering_ignores_precision():
    assert Version.parse("1.2") == Version.parse("1.2.0")
    assert Version.parse("1.10") > Version.parse("1.9.9")
    assert str(Version.parse("2")) == "2.0.0"


@pytest.mark.parametrize(
    "part, expected",
    [("major", "2.0.0"), ("minor", "1.3.0"), ("patch", "1.2.4")],
)
def test_bump(part, expected):
    assert str(Version(1, 2, 3).bump(part)) == expected


def test_bump_unknown_part():
    with pytest.raises(ValueError):
        Version(1).bump("build")


@pytest.mark.parametrize(
    "spec, allowed, denied",
    [
        ("*", ["0.0.1", "9.9.9"], []),
        ("", ["1.0"], []),
        (">=1.2, <2", ["1.2", "1.9.9"], ["1.1.9", "2.0"]),
        ("==1.4", ["1.4.0"], ["1.4.1"]),
        ("1.4", ["1.4.0"], ["1.5"]),
        ("!=1.4", ["1.3", "1.5"], ["1.4"]),
        (">1, <=1.5", ["1.0.1", "1.5"], ["1.0", "1.5.1"]),
        ("^1.2.3", ["1.2.3", "1.99"], ["1.2.2", "2.0"]),
        ("^0.2.3", ["0.2.9"], ["0.3.0"]),
        ("^0.0.3", ["0.0.3"], ["0.0.4"]),
        ("~=1.4", ["1.4", "1.9"], ["1.3", "2.0"]),
        ("~=1.4.2", ["1.4.2", "1.4.9"], ["1.4.1", "1.5.0"]),
    ],
)
def test_constraint_allows(spec, allowed, denied):
    constraint = Constraint.parse(spec)
    assert all(constraint.allows(Version.parse(v)) for v in allowed)
    assert not any(constraint.allows(Version.parse(v)) for v in denied)


@pytest.mark.parametrize("spec", ["~=1", ">=", ">= 1 2", "=>1.0", ">=1.0,"])
def test_constraint_rejects(spec):
    with pytest.raises(VersionFormatError):
        Constraint.parse(spec)


def test_constraint_str_and_intersect():
    a = Constraint.parse("^1.2")
    b = Constraint.parse(">=1.2, !=1.5")
    assert str(a) == ">=1.2.0,<2.0.0"
    assert str(Constraint.parse("*")) == "*"
    both = a.intersect(b)
    assert str(both) == ">=1.2.0,<2.0.0,!=1.5.0"
    assert both.allows(Version(1, 5)) is False
    assert Constraint().is_any is True
    assert both.is_any is False
