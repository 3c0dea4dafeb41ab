import pytest

from urlparts import URL, URLError, parse_url


def test_all_components(full_url):
    assert full_url == URL("https", "user:pw", "Example.COM", 8443, "/a/b", "x=1&y=2", "frag")
    assert full_url.authority == "user:pw@Example.COM:8443"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("http://example.com", URL("http", None, "example.com", None, "")),
        ("http://example.com/", URL("http", None, "example.com", None, "/")),
        ("mailto:joe@example.com", URL("mailto", path="joe@example.com")),
        ("urn:isbn:0451450523", URL("urn", path="isbn:0451450523")),
        ("file:///etc/hosts", URL("file", host="", path="/etc/hosts")),
        ("//cdn.example/x.js", URL(None, None, "cdn.example", None, "/x.js")),
        ("/just/path", URL(path="/just/path")),
        ("relative/path", URL(path="relative/path")),
        ("?q=1", URL(query="q=1")),
        ("#top", URL(fragment="top")),
        ("", URL()),
        ("http://h?", URL("http", host="h", query="")),
        ("http://h#", URL("http", host="h", fragment="")),
        ("http://h/p?a?b#c#d", URL("http", host="h", path="/p", query="a?b", fragment="c#d")),
        ("http://h/p#f?not-query", URL("http", host="h", path="/p", fragment="f?not-query")),
        ("http://[::1]:8080/", URL("http", host="::1", port=8080, path="/")),
        ("http://[2001:db8::7]", URL("http", host="2001:db8::7")),
        ("http://h:/", URL("http", host="h", path="/")),
        ("http://a@b@c/", URL("http", userinfo="a@b", host="c", path="/")),
        ("http://@h", URL("http", userinfo="", host="h")),
        ("1abc:x", URL(path="1abc:x")),
        ("a+b.c-d:rest", URL("a+b.c-d", path="rest")),
    ],
)
def test_parse(text, expected):
    assert parse_url(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "https://user:pw@Example.COM:8443/a/b?x=1&y=2#frag",
        "file:///etc/hosts",
        "//cdn.example/x.js",
        "http://[::1]:8080/",
        "mailto:joe@example.com",
        "?q",
        "#",
        "",
        "http://h?#",
    ],
)
def test_round_trip(text):
    assert str(parse_url(text)) == text


@pytest.mark.parametrize(
    "text, message",
    [
        ("http://exa mple.com", "invalid character ' ' in URL"),
        ("http://h/\x7f", "invalid character '\\x7f' in URL"),
        ("http://h/\n", "invalid character '\\n' in URL"),
        ("http://h:80x/", "invalid port '80x'"),
        ("http://h:-1/", "invalid port '-1'"),
        ("http://h:99999/", "port out of range: 99999"),
        ("http://a:1:2/", "too many ':' in 'a:1:2'"),
        ("http://[::1/", "unterminated IPv6 literal in '[::1'"),
        ("http://[::1]x/", "unexpected text after IPv6 literal in '[::1]x'"),
        ("http://[]/", "invalid IPv6 literal ''"),
        ("http://[zz::1]/", "invalid IPv6 literal 'zz::1'"),
    ],
)
def test_parse_errors(text, message):
    with pytest.raises(URLError) as info:
        parse_url(text)
    assert str(info.value) == message


def test_parse_rejects_non_string():
    with pytest.raises(TypeError, match="expected str, got bytes"):
        parse_url(b"http://x")


def test_urlerror_is_value_error():
    assert issubclass(URLError, ValueError)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"scheme": "1http"}, "invalid scheme '1http'"),
        ({"host": "h", "port": 70000}, "port out of range: 70000"),
        ({"port": 80}, "userinfo and port require a host"),
        ({"userinfo": "u"}, "userinfo and port require a host"),
        ({"host": "h", "path": "rel"}, "path must be empty or start with '/' when an authority is present"),
        ({"path": "//x"}, "path must not start with '//' without an authority"),
    ],
)
def test_url_validation(fields, message):
    with pytest.raises(URLError) as info:
        URL(**fields)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "text, port",
    [
        ("http://h/", 80),
        ("HTTPS://h/", 443),
        ("wss://h", 443),
        ("ftp://h", 21),
        ("http://h:8080/", 8080),
        ("gopher://h/", None),
        ("/relative", None),
    ],
)
def test_effective_port(text, port):
    assert parse_url(text).effective_port == port


def test_authority_and_absolute_flags():
    assert parse_url("/p").authority is None
    assert parse_url("/p").is_absolute is False
    assert parse_url("x:y").is_absolute is True
    assert parse_url("http://u@h").authority == "u@h"


def test_replace_and_with_query(full_url):
    changed = full_url.with_query({"page": 2, "tag": ["a b", "c"]})
    assert str(changed) == "https://user:pw@Example.COM:8443/a/b?page=2&tag=a+b&tag=c#frag"
    assert str(full_url.with_query({})) == "https://user:pw@Example.COM:8443/a/b#frag"
    assert full_url.replace(fragment=None).fragment is None


def test_query_params(full_url):
    assert full_url.query_params() == [("x", "1"), ("y", "2")]
    assert URL().query_params() == []
