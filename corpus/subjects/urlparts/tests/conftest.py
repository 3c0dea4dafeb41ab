import pytest

from urlparts import parse_url

RFC_BASE = "http://a/b/c/d;p?q"


@pytest.fixture
def rfc_base():
    return parse_url(RFC_BASE)


@pytest.fixture
def full_url():
    return parse_url("https://user:pw@Example.COM:8443/a/b?x=1&y=2#frag")
