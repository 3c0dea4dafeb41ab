import pytest

from depsolver import (
    ConflictError,
    CycleError,
    PackageNotFoundError,
    Repository,
    Requirement,
    ResolutionLimitError,
    Resolver,
    Version,
    resolve,
)


def test_resolves_newest_compatible(resolver):
    result = resolver.resolve(["web"])
    assert result.lock_lines() == [
        "http==1.3.0",
        "markup==1.1.0",
        "sockets==2.1.0",
        "templating==3.1.0",
        "web==2.0.0",
    ]
    assert result["web"] == Version(2, 0, 0)
    assert "http" in result
    assert len(result) == 5


def test_install_order_and_layers(resolver):
    result = resolver.resolve(["web"])
    assert result.install_order() == ["markup", "sockets", "http", "templating", "web"]
    assert result.install_layers() == [["markup", "sockets"], ["http", "templating"], ["web"]]


def test_backtracks_when_sibling_constrains(resolver):
    result = resolver.resolve(["web", "cli"])
    assert result["http"] == Version(1, 2, 0)
    assert result["sockets"] == Version(1, 5, 0)
    assert result["web"] == Version(2, 0, 0)


def test_backtracks_into_older_root(resolver):
    result = resolver.resolve(["web", "markup<1"])
    assert result["web"] == Version(1, 5, 0)
    assert result["templating"] == Version(2, 4, 0)
    assert result["http"] == Version(1, 2, 0)
    assert result.steps > 5


def test_conflict_error_names_package(resolver):
    with pytest.raises(ConflictError) as info:
        resolver.resolve(["http>=1.3", "cli"])
    assert info.value.name == "http"
    assert "http >=1.3.0 (from root)" in info.value.requirements
    assert "http <1.3.0 (from cli 1.0.0)" in info.value.requirements


def test_conflict_against_already_selected(repo):
    repo.register("solo", "1.0.0", {"markup": "==0.9"})
    with pytest.raises(ConflictError) as info:
        Resolver(repo).resolve(["markup==1.1", "solo"])
    assert info.value.name == "markup"
    assert str(info.value).startswith("cannot satisfy markup: ")


def test_missing_dependency_is_conflict(repo):
    repo.register("broken", "1.0.0", {"ghost": ">=1"})
    with pytest.raises(ConflictError) as info:
        Resolver(repo).resolve(["broken"])
    assert info.value.requirements == ["ghost >=1.0.0 (from broken 1.0.0)"]


def test_missing_dependency_falls_back_to_older_release(repo):
    repo.register("broken", "2.0.0", {"ghost": ">=1"})
    repo.register("broken", "1.0.0")
    assert Resolver(repo).resolve(["broken"])["broken"] == Version(1)


def test_unknown_root_package(resolver):
    with pytest.raises(PackageNotFoundError):
        resolver.resolve(["nothing"])


def test_locked_versions(resolver):
    result = resolver.resolve(["web"], locked={"sockets": "1.5.0", "web": "1.5.0"})
    assert result["sockets"] == Version(1, 5, 0)
    assert result["web"] == Version(1, 5, 0)
    with pytest.raises(PackageNotFoundError):
        resolver.resolve(["web"], locked={"sockets": "3.0"})


def test_requirement_objects_accepted(resolver):
    result = resolver.resolve([Requirement.parse("sockets ~=1.4")])
    assert result.lock_lines() == ["sockets==1.5.0"]


def test_cyclic_packages_resolve_but_cannot_be_ordered():
    repo = Repository()
    repo.register("egg", "1.0", {"hen": "*"})
    repo.register("hen", "1.0", {"egg": "*"})
    result = resolve(repo, "egg")
    assert result.lock_lines() == ["egg==1.0.0", "hen==1.0.0"]
    with pytest.raises(CycleError) as info:
        result.install_order()
    assert info.value.cycle == ["egg", "hen", "egg"]


def test_step_limit(repo):
    with pytest.raises(ResolutionLimitError, match="gave up after 2 steps"):
        Resolver(repo, max_steps=2).resolve(["web"])
    with pytest.raises(ValueError):
        Resolver(repo, max_steps=0)


def test_empty_requirements(resolver):
    result = resolver.resolve([])
    assert len(result) == 0
    assert result.install_order() == []
