import pytest

from semverkit import Comparator, InvalidRangeError, Operator, Partial, Range, Version, parse_partial, parse_range


@pytest.mark.parametrize(
    "spec, expanded",
    [
        ("^1.2.3", ">=1.2.3 <2.0.0-0"),
        ("^0.2.3", ">=0.2.3 <0.3.0-0"),
        ("^0.0.3", ">=0.0.3 <0.0.4-0"),
        ("^1.2.x", ">=1.2.0 <2.0.0-0"),
        ("^0.0.x", ">=0.0.0 <0.1.0-0"),
        ("^0.0", ">=0.0.0 <0.1.0-0"),
        ("^1.x", ">=1.0.0 <2.0.0-0"),
        ("^0.x", ">=0.0.0 <1.0.0-0"),
        ("^*", ">=0.0.0"),
        ("^1.2.3-beta.2", ">=1.2.3-beta.2 <2.0.0-0"),
        ("~1.2.3", ">=1.2.3 <1.3.0-0"),
        ("~1.2", ">=1.2.0 <1.3.0-0"),
        ("~1", ">=1.0.0 <2.0.0-0"),
        ("~0.2.3", ">=0.2.3 <0.3.0-0"),
        ("~1.2.3-beta.2", ">=1.2.3-beta.2 <1.3.0-0"),
        ("*", ">=0.0.0"),
        ("x", ">=0.0.0"),
        ("", ">=0.0.0"),
        ("1.x", ">=1.0.0 <2.0.0-0"),
        ("1.2.X", ">=1.2.0 <1.3.0-0"),
        ("1", ">=1.0.0 <2.0.0-0"),
        ("1.2.3", "=1.2.3"),
        ("v1.2.3", "=1.2.3"),
        ("=1.2", ">=1.2.0 <1.3.0-0"),
        ("1.2.3 - 2.3.4", ">=1.2.3 <=2.3.4"),
        ("1.2 - 2.3.4", ">=1.2.0 <=2.3.4"),
        ("1.2.3 - 2.3", ">=1.2.3 <2.4.0-0"),
        ("1.2.3 - 2", ">=1.2.3 <3.0.0-0"),
        ("* - 2", "<3.0.0-0"),
        ("1.2.3 - *", ">=1.2.3"),
        ("* - *", ">=0.0.0"),
        (">1", ">=2.0.0"),
        (">1.2", ">=1.3.0"),
        (">1.2.3", ">1.2.3"),
        (">=1", ">=1.0.0"),
        (">=1.2", ">=1.2.0"),
        ("<1", "<1.0.0-0"),
        ("<1.2", "<1.2.0-0"),
        ("<=1", "<2.0.0-0"),
        ("<=1.2", "<1.3.0-0"),
        ("<=1.2.3", "<=1.2.3"),
        (">*", "<0.0.0-0"),
        ("<*", "<0.0.0-0"),
        (">=*", ">=0.0.0"),
        (">= 1.2.3  <  2", ">=1.2.3 <2.0.0-0"),
        ("1.2.7 || >=1.2.9 <2.0.0", "=1.2.7 || >=1.2.9 <2.0.0"),
        ("^1 || ^2", ">=1.0.0 <2.0.0-0 || >=2.0.0 <3.0.0-0"),
        ("1.2.3+build", "=1.2.3"),
    ],
)
def test_desugaring(spec, expanded):
    assert str(parse_range(spec)) == expanded


@pytest.mark.parametrize(
    "spec, version, expected",
    [
        ("^1.2.3", "1.2.3", True),
        ("^1.2.3", "1.9.9", True),
        ("^1.2.3", "2.0.0", False),
        ("^1.2.3", "1.2.2", False),
        ("^0.2.3", "0.2.9", True),
        ("^0.2.3", "0.3.0", False),
        ("^0.0.3", "0.0.4", False),
        ("~1.2.3", "1.2.9", True),
        ("~1.2.3", "1.3.0", False),
        (">=1.2.3 <2", "1.5.0", True),
        ("1.2.7 || >=1.2.9 <2.0.0", "1.2.7", True),
        ("1.2.7 || >=1.2.9 <2.0.0", "1.2.8", False),
        ("1.2.7 || >=1.2.9 <2.0.0", "1.4.6", True),
        ("1.2.3 - 2.3.4", "2.3.4", True),
        ("1.2.3 - 2.3.4", "2.3.5", False),
        ("1.2.3 - 2.3", "2.3.99", True),
        ("*", "0.0.0", True),
        (">*", "0.0.0", False),
        ("<1.2.3", "1.2.2", True),
        (">1.2.3", "1.2.3", False),
        ("<=1.2.3", "1.2.3+build", True),
        ("=1.2.3", "1.2.3", True),
        ("1.2.3", "v1.2.3", True),
    ],
)
def test_release_matching(spec, version, expected):
    assert Range.parse(spec).test(version) is expected


@pytest.mark.parametrize(
    "spec, version, expected, included",
    [
        ("^1.2.3", "1.2.4-beta.1", False, True),
        ("^1.2.3-beta.2", "1.2.3-beta.4", True, True),
        ("^1.2.3-beta.2", "1.2.3-beta.1", False, False),
        ("^1.2.3-beta.2", "1.2.4-beta.2", False, True),
        (">=1.0.0-rc.1", "1.0.0-rc.2", True, True),
        ("*", "1.0.0-alpha", False, True),
        ("^1.2.3", "2.0.0-alpha", False, False),
        ("<2.0.0", "2.0.0-alpha", False, True),
        ("<2", "2.0.0-alpha", False, False),
    ],
)
def test_prerelease_matching(spec, version, expected, included):
    parsed = Range.parse(spec)
    assert parsed.test(version) is expected
    assert parsed.test(version, include_prerelease=True) is included


def test_contains(v):
    spec = Range.parse("^1.0.0")
    assert v("1.4.0") in spec
    assert "1.4.0" in spec
    assert "2.0.0" not in spec
    assert 1 not in spec


def test_comparator_operators(v):
    target = v("1.2.3")
    assert Comparator(Operator.EQ, target).test(v("1.2.3+x")) is True
    assert Comparator(Operator.GT, target).test(v("1.2.4")) is True
    assert Comparator(Operator.GTE, target).test(v("1.2.2")) is False
    assert str(Comparator(Operator.LTE, target)) == "<=1.2.3"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1", Partial(1)),
        ("1.2", Partial(1, 2)),
        ("1.2.3", Partial(1, 2, 3)),
        ("1.x.x", Partial(1)),
        ("*", Partial(None)),
        ("v2.0.0-rc.1+b", Partial(2, 0, 0, ("rc", 1))),
        ("=3.1", Partial(3, 1)),
    ],
)
def test_parse_partial(text, expected):
    assert parse_partial(text) == expected


def test_partial_floor():
    assert Partial(1).floor() == Version(1, 0, 0)
    assert Partial(1, 2, 3, ("a",)).floor() == Version(1, 2, 3, ("a",))
    assert Partial(1, 2).is_complete is False


@pytest.mark.parametrize(
    "spec, message",
    [
        ("1.2.3.4", "invalid version '1.2.3.4' in range"),
        ("^", "operator '^' without a version"),
        (">=", "operator '>=' without a version"),
        ("1.x.3", "number after wildcard in '1.x.3'"),
        ("01.2", "invalid version '01.2' in range: major must not have leading zeros: '01'"),
        ("1.2-beta", "pre-release requires a complete version in '1.2-beta'"),
        ("1.2.3-be_ta", "invalid version '1.2.3-be_ta' in range: invalid pre-release identifier 'be_ta'"),
        ("1.2.3+", "invalid version '1.2.3+' in range: invalid build identifier ''"),
        ("abc", "invalid version 'abc' in range: major must be a non-negative integer, got 'abc'"),
        ("1.2.3 - ", "invalid version '-' in range"),
        ("v", "invalid version 'v' in range"),
        ("1 - 2 - 3", "invalid version '-' in range"),
    ],
)
def test_invalid_ranges(spec, message):
    with pytest.raises(InvalidRangeError) as info:
        Range.parse(spec)
    assert str(info.value) == message


def test_parse_requires_string():
    with pytest.raises(TypeError, match="expected str, got NoneType"):
        Range.parse(None)
