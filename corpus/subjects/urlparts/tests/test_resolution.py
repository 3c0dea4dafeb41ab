import pytest

from urlparts import URL, URLError, parse_url, remove_dot_segments, resolve


@pytest.mark.parametrize(
    "reference, expected",
    [
        ("g:h", "g:h"),
        ("g", "http://a/b/c/g"),
        ("./g", "http://a/b/c/g"),
        ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"),
        ("//g", "http://g"),
        ("?y", "http://a/b/c/d;p?y"),
        ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"),
        ("g#s", "http://a/b/c/g#s"),
        ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"),
        ("g;x", "http://a/b/c/g;x"),
        ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"),
        (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"),
        ("..", "http://a/b/"),
        ("../", "http://a/b/"),
        ("../g", "http://a/b/g"),
        ("../..", "http://a/"),
        ("../../", "http://a/"),
        ("../../g", "http://a/g"),
    ],
)
def test_rfc3986_normal_examples(rfc_base, reference, expected):
    assert str(resolve(rfc_base, reference)) == expected


@pytest.mark.parametrize(
    "reference, expected",
    [
        ("../../../g", "http://a/g"),
        ("../../../../g", "http://a/g"),
        ("/./g", "http://a/g"),
        ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."),
        (".g", "http://a/b/c/.g"),
        ("g..", "http://a/b/c/g.."),
        ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"),
        ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"),
        ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"),
        ("g?y/./x", "http://a/b/c/g?y/./x"),
        ("g?y/../x", "http://a/b/c/g?y/../x"),
        ("g#s/./x", "http://a/b/c/g#s/./x"),
        ("g#s/../x", "http://a/b/c/g#s/../x"),
        ("http:g", "http:g"),
    ],
)
def test_rfc3986_abnormal_examples(rfc_base, reference, expected):
    assert str(resolve(rfc_base, reference)) == expected


def test_resolve_accepts_strings_and_urls():
    assert resolve("http://h/a/b", URL(path="c")) == parse_url("http://h/a/c")


def test_resolve_against_base_with_empty_path():
    assert str(resolve("http://h", "x")) == "http://h/x"
    assert str(resolve("http://h?q", "")) == "http://h?q"


def test_resolve_scheme_relative_keeps_base_scheme():
    assert str(resolve("https://a/b", "//c/./d/../e")) == "https://c/e"


def test_resolve_absolute_reference_removes_dots():
    assert str(resolve("http://a/", "ftp://x/a/../b")) == "ftp://x/b"


def test_resolve_requires_absolute_base():
    with pytest.raises(URLError, match="base URL must be absolute: '/relative'"):
        resolve("/relative", "x")


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/a/b/c/./../../g", "/a/g"),
        ("mid/content=5/../6", "mid/6"),
        ("/..", "/"),
        ("/.", "/"),
        ("..", ""),
        (".", ""),
        ("../x", "x"),
        ("./x", "x"),
        ("/a/b/..", "/a/"),
        ("a/../b", "/b"),
        ("", ""),
        ("/a//b/../c", "/a//c"),
    ],
)
def test_remove_dot_segments(path, expected):
    assert remove_dot_segments(path) == expected
