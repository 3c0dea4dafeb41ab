import pytest

from depsolver import (
    Constraint,
    DuplicatePackageError,
    Package,
    PackageNotFoundError,
    Repository,
    Requirement,
    Version,
    VersionFormatError,
    normalize_name,
)


@pytest.mark.parametrize("raw, expected", [("Web", "web"), ("my_pkg", "my-pkg"), (" a1 ", "a1")])
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


@pytest.mark.parametrize("raw", ["", "1abc", "a b", "a.b"])
def test_normalize_name_rejects(raw):
    with pytest.raises(ValueError):
        normalize_name(raw)


def test_requirement_parse():
    req = Requirement.parse("Web_Kit >=1.0, <2", required_by="app 1.0.0")
    assert req.name == "web-kit"
    assert str(req) == "web-kit >=1.0.0,<2.0.0 (from app 1.0.0)"
    assert str(Requirement.parse("http")) == "http * (from root)"
    with pytest.raises(VersionFormatError):
        Requirement.parse(">=1.0")


def test_package_create_sorts_dependencies():
    pkg = Package.create("App", "1.0", {"zeta": "*", "Alpha": ">=1"})
    assert pkg.key == "app 1.0.0"
    assert [name for name, _ in pkg.dependencies] == ["alpha", "zeta"]
    assert [str(r) for r in pkg.requirements()] == [
        "alpha >=1.0.0 (from app 1.0.0)",
        "zeta * (from app 1.0.0)",
    ]


def test_versions_newest_first(repo):
    assert [str(p.version) for p in repo.versions("sockets")] == ["2.1.0", "1.5.0", "1.4.5"]
    assert str(repo.latest("http").version) == "1.3.0"


def test_membership_and_names(repo):
    assert "HTTP" in repo
    assert "nothing" not in repo
    assert 42 not in repo
    assert repo.names() == ["cli", "http", "markup", "sockets", "templating", "web"]
    assert len(list(repo)) == 13
    assert next(iter(repo)).key == "cli 1.0.0"


def test_get_and_missing(repo):
    assert repo.get("http", "1.2").version == Version(1, 2, 0)
    with pytest.raises(PackageNotFoundError, match="package http 9.0.0 not found"):
        repo.get("http", "9")
    with pytest.raises(PackageNotFoundError, match="package nope not found"):
        repo.versions("nope")


def test_duplicate_release(repo):
    with pytest.raises(DuplicatePackageError):
        repo.register("http", "1.3")


def test_candidates(repo):
    assert [str(p.version) for p in repo.candidates("sockets", Constraint.parse("<2"))] == ["1.5.0", "1.4.5"]
    assert repo.candidates("ghost", Constraint()) == []
