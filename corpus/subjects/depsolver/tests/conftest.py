import pytest

from depsolver import Repository, Resolver


@pytest.fixture
def repo():
    r = Repository()
    r.register("web", "2.0.0", {"http": ">=1.2", "templating": "^3.0"})
    r.register("web", "1.5.0", {"http": ">=1.0,<1.3", "templating": "^2.1"})
    r.register("http", "1.3.0", {"sockets": ">=2"})
    r.register("http", "1.2.0", {"sockets": "~=1.4"})
    r.register("http", "1.0.0")
    r.register("sockets", "2.1.0")
    r.register("sockets", "1.4.5")
    r.register("sockets", "1.5.0")
    r.register("templating", "3.1.0", {"markup": ">=1.0"})
    r.register("templating", "2.4.0", {"markup": "<1.0"})
    r.register("markup", "1.1.0")
    r.register("markup", "0.9.0")
    r.register("cli", "1.0.0", {"http": "<1.3"})
    return r


@pytest.fixture
def resolver(repo):
    return Resolver(repo)
