import pytest

from semverkit import InvalidVersionError, SemverError, Version, parse_version


@pytest.mark.parametrize(
    "text, fields",
    [
        ("0.0.0", (0, 0, 0, (), ())),
        ("1.2.3", (1, 2, 3, (), ())),
        ("10.20.30", (10, 20, 30, (), ())),
        ("1.0.0-alpha", (1, 0, 0, ("alpha",), ())),
        ("1.0.0-alpha.1", (1, 0, 0, ("alpha", 1), ())),
        ("1.0.0-0.3.7", (1, 0, 0, (0, 3, 7), ())),
        ("1.0.0-x.7.z.92", (1, 0, 0, ("x", 7, "z", 92), ())),
        ("1.0.0-x-y-z.--", (1, 0, 0, ("x-y-z", "--"), ())),
        ("1.0.0-0a", (1, 0, 0, ("0a",), ())),
        ("1.0.0+20130313144700", (1, 0, 0, (), ("20130313144700",))),
        ("1.0.0-beta+exp.sha.5114f85", (1, 0, 0, ("beta",), ("exp", "sha", "5114f85"))),
        ("1.0.0+21AF26D3----117B344092BD", (1, 0, 0, (), ("21AF26D3----117B344092BD",))),
        ("1.0.0+001", (1, 0, 0, (), ("001",))),
    ],
)
def test_parse_valid(text, fields):
    version = Version.parse(text)
    assert (version.major, version.minor, version.patch, version.prerelease, version.build) == fields
    assert str(version) == text


@pytest.mark.parametrize(
    "text, message",
    [
        ("1", "expected MAJOR.MINOR.PATCH, got '1'"),
        ("1.2", "expected MAJOR.MINOR.PATCH, got '1.2'"),
        ("1.2.3.4", "expected MAJOR.MINOR.PATCH, got '1.2.3.4'"),
        ("01.2.3", "major must not have leading zeros: '01'"),
        ("1.02.3", "minor must not have leading zeros: '02'"),
        ("1.2.03", "patch must not have leading zeros: '03'"),
        ("1.2.x", "patch must be a non-negative integer, got 'x'"),
        ("-1.2.3", "expected MAJOR.MINOR.PATCH, got '-1.2.3'"),
        ("1.2.3-", "invalid pre-release identifier ''"),
        ("1.2.3-a..b", "invalid pre-release identifier ''"),
        ("1.2.3-01", "numeric pre-release identifier must not have leading zeros: '01'"),
        ("1.2.3-a_b", "invalid pre-release identifier 'a_b'"),
        ("1.2.3+", "invalid build identifier ''"),
        ("1.2.3+a+b", "invalid build identifier 'a+b'"),
        ("v1.2.3", "major must be a non-negative integer, got 'v1'"),
        (" 1.2.3", "major must be a non-negative integer, got ' 1'"),
        ("１.2.3", "major must be a non-negative integer, got '１'"),
    ],
)
def test_parse_invalid(text, message):
    with pytest.raises(InvalidVersionError) as info:
        Version.parse(text)
    assert str(info.value) == message


@pytest.mark.parametrize("text", ["v1.2.3", "=1.2.3", "  1.2.3 ", "v 1.2.3"])
def test_loose_parsing(text):
    assert parse_version(text, loose=True) == Version(1, 2, 3)


def test_parse_requires_string():
    with pytest.raises(TypeError, match="expected str, got int"):
        Version.parse(123)


def test_errors_are_value_errors():
    assert issubclass(InvalidVersionError, SemverError)
    assert issubclass(SemverError, ValueError)


@pytest.mark.parametrize(
    "fields, message",
    [
        ((-1, 0, 0), "major must be a non-negative integer, got -1"),
        ((1, True, 0), "minor must be a non-negative integer, got True"),
        ((1, 0, "3"), "patch must be a non-negative integer, got '3'"),
        ((1, 0, 0, ("01x!",)), "invalid pre-release identifier '01x!'"),
        ((1, 0, 0, ("12",)), "invalid pre-release identifier '12'"),
        ((1, 0, 0, (-1,)), "invalid pre-release identifier -1"),
        ((1, 0, 0, (), ("a.b",)), "invalid build identifier 'a.b'"),
        ((1, 0, 0, (), (5,)), "invalid build identifier 5"),
    ],
)
def test_constructor_validation(fields, message):
    with pytest.raises(InvalidVersionError) as info:
        Version(*fields)
    assert str(info.value) == message


def test_repr_and_properties():
    version = Version.parse("1.2.3-rc.1+b5")
    assert repr(version) == "Version('1.2.3-rc.1+b5')"
    assert version.is_prerelease is True
    assert version.release == (1, 2, 3)
    assert version.finalize() == Version(1, 2, 3)
    assert version.finalize().build == ()
    assert Version(1, 2, 3).is_prerelease is False


def test_semver_spec_precedence_chain(v):
    chain = [
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-alpha.beta",
        "1.0.0-beta",
        "1.0.0-beta.2",
        "1.0.0-beta.11",
        "1.0.0-rc.1",
        "1.0.0",
        "1.0.1",
        "1.1.0",
        "2.0.0",
        "10.0.0",
    ]
    versions = [v(text) for text in chain]
    for lower, higher in zip(versions, versions[1:]):
        assert lower < higher
        assert higher > lower
        assert lower != higher


@pytest.mark.parametrize(
    "left, right, result",
    [
        ("1.0.0", "1.0.0", 0),
        ("1.0.0+a", "1.0.0+b", 0),
        ("1.0.0-1", "1.0.0-a", -1),
        ("1.0.0-a.b", "1.0.0-a", 1),
        ("1.0.0-2", "1.0.0-10", -1),
        ("1.0.0-b", "1.0.0-a1", 1),
        ("1.2.3", "1.2.3-z", 1),
        ("1.10.0", "1.9.9", 1),
        ("0.0.1", "0.1.0", -1),
    ],
)
def test_compare(v, left, right, result):
    assert v(left).compare(right) == result
    assert v(right).compare(v(left)) == -result


def test_equality_ignores_build_metadata(v):
    assert v("1.0.0+build.1") == v("1.0.0+build.2")
    assert hash(v("1.0.0+x")) == hash(v("1.0.0"))
    assert len({v("1.0.0+x"), v("1.0.0+y"), v("1.0.1")}) == 2


def test_comparison_with_other_types(v):
    assert v("1.0.0") != "1.0.0"
    with pytest.raises(TypeError):
        v("1.0.0") < "2.0.0"
    assert v("1.0.0") <= v("1.0.0")
    assert v("1.0.0") >= v("1.0.0-rc")
