"""Backtracking dependency resolver."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from .errors import ConflictError, PackageNotFoundError, ResolutionLimitError
from .ordering import install_layers, install_order
from .repository import Package, Repository, Requirement
from .version import Constraint, Version


@dataclass(frozen=True)
class Resolution:
    """The chosen release for every package needed by the root requirements."""

    packages: dict[str, Package]
    steps: int

    def __getitem__(self, name: str) -> Version:
        return self.packages[name].version

    def __contains__(self, name: object) -> bool:
        return name in self.packages

    def __len__(self) -> int:
        return len(self.packages)

    def dependency_graph(self) -> dict[str, set[str]]:
        return {name: {dep for dep, _ in pkg.dependencies} for name, pkg in self.packages.items()}

    def install_order(self) -> list[str]:
        return install_order(self.dependency_graph())

    def install_layers(self) -> list[list[str]]:
        return install_layers(self.dependency_graph())

    def lock_lines(self) -> list[str]:
        return [f"{name}=={self.packages[name].version}" for name in sorted(self.packages)]


class Resolver:
    """Picks the newest versions that satisfy all constraints, backtracking on conflicts.

    Unresolved names are tackled in order of fewest remaining candidates,
    then alphabetically. ``locked`` pins names to exact versions.
    """

    def __init__(self, repository: Repository, *, max_steps: int = 10_000) -> None:
        if max_steps < 1:
            raise ValueError("max_steps must be positive")
        self.repository = repository
        self.max_steps = max_steps
        self._steps = 0
        self._conflict: tuple[str, list[Requirement]] | None = None

    def resolve(
        self,
        requirements: Iterable[str | Requirement],
        locked: Mapping[str, str] | None = None,
    ) -> Resolution:
        reqs = [Requirement.parse(r) if isinstance(r, str) else r for r in requirements]
        for req in reqs:
            if req.name not in self.repository:
                raise PackageNotFoundError(req.name)
        for name, version in (locked or {}).items():
            pinned = self.repository.get(name, version)
            reqs.append(Requirement(pinned.name, Constraint.parse(f"=={version}"), "lock"))
        constraints: dict[str, list[Requirement]] = {}
        for req in reqs:
            constraints.setdefault(req.name, []).append(req)
        self._steps = 0
        self._conflict = None
        result = self._search({}, constraints)
        if result is None:
            name, failed = self._conflict
            raise ConflictError(name, [str(r) for r in failed])
        return Resolution(result, self._steps)

    def _candidates(self, name: str, reqs: list[Requirement]) -> list[Package]:
        combined = Constraint()
        for req in reqs:
            combined = combined.intersect(req.constraint)
        return self.repository.candidates(name, combined)

    def _search(
        self, selected: dict[str, Package], constraints: dict[str, list[Requirement]]
    ) -> dict[str, Package] | None:
        pending = [name for name in constraints if name not in selected]
        if not pending:
            return selected
        options = {name: self._candidates(name, constraints[name]) for name in pending}
        name = min(pending, key=lambda n: (len(options[n]), n))
        if not options[name]:
            self._conflict = (name, constraints[name])
            return None
        for package in options[name]:
            self._steps += 1
            if self._steps > self.max_steps:
                raise ResolutionLimitError(f"gave up after {self.max_steps} steps")
            clash = self._clash(package, selected)
            if clash is not None:
                dep, requirement = clash
                self._conflict = (dep, [*constraints[dep], requirement])
                continue
            extended = {key: list(value) for key, value in constraints.items()}
            for requirement in package.requirements():
                extended.setdefault(requirement.name, []).append(requirement)
            found = self._search({**selected, name: package}, extended)
            if found is not None:
                return found
        return None

    @staticmethod
    def _clash(package: Package, selected: dict[str, Package]) -> tuple[str, Requirement] | None:
        for requirement in package.requirements():
            chosen = selected.get(requirement.name)
            if chosen is not None and not requirement.constraint.allows(chosen.version):
                return requirement.name, requirement
        return None


def resolve(repository: Repository, *requirements: str) -> Resolution:
    """Resolve ``requirements`` against ``repository`` with default settings."""
    return Resolver(repository).resolve(requirements)
