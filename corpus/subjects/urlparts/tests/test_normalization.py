import pytest

from urlparts import URL, normalize, urls_equivalent


@pytest.mark.parametrize(
    "text, expected",
    [
        ("HTTP://Example.COM/", "http://example.com/"),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/", "https://example.com/"),
        ("https://example.com:80/", "https://example.com:80/"),
        ("http://example.com:/", "http://example.com/"),
        ("gopher://h:70/", "gopher://h:70/"),
        ("http://h/a/./b/../c", "http://h/a/c"),
        ("http://h/%7euser/%41%2f%2a", "http://h/~user/A%2F%2A"),
        ("http://h/p?q=%7e%3d#f%5f%2d", "http://h/p?q=~%3D#f_-"),
        ("http://Us%65r@H/", "http://User@h/"),
        ("http://h/%zz", "http://h/%zz"),
        ("http://h/50%", "http://h/50%"),
        ("http://%C3%A9X.org/", "http://%C3%A9x.org/"),
        ("mailto:Joe@Example.COM", "mailto:Joe@Example.COM"),
        ("rel/./a/../b", "rel/./a/../b"),
        ("/abs/./a/../b", "/abs/b"),
        ("HTTP://[2001:DB8::1]:80", "http://[2001:db8::1]/"),
    ],
)
def test_normalize(text, expected):
    assert str(normalize(text)) == expected


def test_normalize_accepts_url_objects():
    assert normalize(URL("HTTP", host="A", port=80)) == URL("http", host="a", path="/")


def test_normalize_is_idempotent():
    once = normalize("HTTP://a.B:80/x/../%7ey?%61#%62")
    assert normalize(once) == once


@pytest.mark.parametrize(
    "first, second, equal",
    [
        ("http://example.com", "HTTP://EXAMPLE.com:80/", True),
        ("http://h/~a", "http://h/%7Ea", True),
        ("http://h/a", "http://h/b/../a", True),
        ("http://h/a", "http://h/A", False),
        ("http://h/a?x", "http://h/a", False),
        ("http://h/%2F", "http://h//", False),
    ],
)
def test_urls_equivalent(first, second, equal):
    assert urls_equivalent(first, second) is equal
