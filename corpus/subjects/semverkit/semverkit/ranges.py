"""Range specifiers in the npm style: comparators, ``^``, ``~``, x-ranges, hyphens and ``||``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .errors import InvalidRangeError, InvalidVersionError
from .version import Identifier, Version, parse_build, parse_number, parse_prerelease

WILDCARDS = frozenset({"x", "X", "*"})
OPERATOR_SPACING = re.compile(r"(<=|>=|<|>|=|\^|~)\s+")
HYPHEN = re.compile(r"^\s*(\S+)\s+-\s+(\S+)\s*$")
TOKEN = re.compile(r"^(<=|>=|<|>|=|\^|~)?(.*)$")
FLOOR = (0,)


class Operator(Enum):
    EQ = "="
    LT = "<"
    LTE = "<="
    GT = ">"
    GTE = ">="


@dataclass(frozen=True)
class Comparator:
    operator: Operator
    version: Version

    def test(self, version: Version) -> bool:
        if self.operator is Operator.EQ:
            return version == self.version
        if self.operator is Operator.LT:
            return version < self.version
        if self.operator is Operator.LTE:
            return version <= self.version
        if self.operator is Operator.GT:
            return version > self.version
        return version >= self.version

    def __str__(self) -> str:
        return f"{self.operator.value}{self.version}"


@dataclass(frozen=True)
class Partial:
    """A version with optional trailing components, as written in ranges (``1``, ``1.2.x``)."""

    major: int | None
    minor: int | None = None
    patch: int | None = None
    prerelease: tuple[Identifier, ...] = ()

    @property
    def is_complete(self) -> bool:
        return self.patch is not None

    def floor(self) -> Version:
        return Version(self.major or 0, self.minor or 0, self.patch or 0, self.prerelease)


def parse_partial(text: str) -> Partial:
    body = text[1:] if text[:1] in ("v", "=") else text
    body, plus, build = body.partition("+")
    body, dash, prerelease = body.partition("-")
    pieces = body.split(".")
    if not body or len(pieces) > 3:
        raise InvalidRangeError(f"invalid version {text!r} in range")
    numbers: list[int | None] = []
    try:
        for index, piece in enumerate(pieces):
            if piece in WILDCARDS:
                numbers.append(None)
            elif numbers and numbers[-1] is None:
                raise InvalidRangeError(f"number after wildcard in {text!r}")
            else:
                numbers.append(parse_number(piece, ("major", "minor", "patch")[index]))
        if plus:
            parse_build(build)
        pre = parse_prerelease(prerelease) if dash else ()
    except InvalidVersionError as error:
        raise InvalidRangeError(f"invalid version {text!r} in range: {error}") from None
    numbers += [None] * (3 - len(numbers))
    if pre and numbers[2] is None:
        raise InvalidRangeError(f"pre-release requires a complete version in {text!r}")
    return Partial(numbers[0], numbers[1], numbers[2], pre)


def _upper(major: int, minor: int = 0, patch: int = 0) -> Comparator:
    """An exclusive upper bound that also excludes pre-releases of the bound itself."""
    return Comparator(Operator.LT, Version(major, minor, patch, FLOOR))


def _at_least(version: Version) -> Comparator:
    return Comparator(Operator.GTE, version)


def _x_range(partial: Partial) -> list[Comparator]:
    if partial.major is None:
        return [_at_least(Version(0, 0, 0))]
    if partial.minor is None:
        return [_at_least(partial.floor()), _upper(partial.major + 1)]
    if partial.patch is None:
        return [_at_least(partial.floor()), _upper(partial.major, partial.minor + 1)]
    return [Comparator(Operator.EQ, partial.floor())]


def _caret(partial: Partial) -> list[Comparator]:
    if partial.major is None or partial.minor is None:
        return _x_range(partial)
    lower = _at_least(partial.floor())
    if partial.major > 0:
        return [lower, _upper(partial.major + 1)]
    if partial.patch is None or partial.minor > 0:
        return [lower, _upper(0, partial.minor + 1)]
    return [lower, _upper(0, 0, partial.patch + 1)]


def _tilde(partial: Partial) -> list[Comparator]:
    if partial.major is None or partial.minor is None:
        return _x_range(partial)
    return [_at_least(partial.floor()), _upper(partial.major, partial.minor + 1)]


def _primitive(operator: str, partial: Partial) -> list[Comparator]:
    if partial.major is None:
        return [_at_least(Version(0, 0, 0))] if operator in (">=", "<=") else [_upper(0)]
    if partial.is_complete:
        return [Comparator(Operator(operator), partial.floor())]
    major = partial.major
    if operator == ">":
        return [_at_least(Version(major + 1, 0, 0) if partial.minor is None else Version(major, partial.minor + 1, 0))]
    if operator == ">=":
        return [_at_least(partial.floor())]
    if operator == "<":
        return [_upper(major, partial.minor or 0)]
    return [_upper(major + 1) if partial.minor is None else _upper(major, partial.minor + 1)]


def _hyphen(low_text: str, high_text: str) -> list[Comparator]:
    low, high = parse_partial(low_text), parse_partial(high_text)
    comparators = [] if low.major is None else [_at_least(low.floor())]
    if high.major is None:
        return comparators or [_at_least(Version(0, 0, 0))]
    if high.is_complete:
        return comparators + [Comparator(Operator.LTE, high.floor())]
    if high.minor is None:
        return comparators + [_upper(high.major + 1)]
    return comparators + [_upper(high.major, high.minor + 1)]


def _parse_token(token: str) -> list[Comparator]:
    operator, rest = TOKEN.match(token).groups()
    if not rest:
        raise InvalidRangeError(f"operator {operator!r} without a version")
    partial = parse_partial(rest)
    if operator == "^":
        return _caret(partial)
    if operator == "~":
        return _tilde(partial)
    if operator in (None, "="):
        return _x_range(partial)
    return _primitive(operator, partial)


def _parse_set(text: str) -> tuple[Comparator, ...]:
    hyphen = HYPHEN.match(text)
    if hyphen:
        return tuple(_hyphen(*hyphen.groups()))
    tokens = OPERATOR_SPACING.sub(r"\1", text).split()
    if not tokens:
        return tuple(_x_range(Partial(None)))
    return tuple(comparator for token in tokens for comparator in _parse_token(token))


@dataclass(frozen=True)
class Range:
    """A union (``||``) of comparator sets; a version matches if it satisfies every comparator of one set."""

    sets: tuple[tuple[Comparator, ...], ...]

    @classmethod
    def parse(cls, text: str) -> "Range":
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        return cls(tuple(_parse_set(alternative) for alternative in text.split("||")))

    def __str__(self) -> str:
        return " || ".join(" ".join(str(comparator) for comparator in group) for group in self.sets)

    def test(self, version: Version | str, include_prerelease: bool = False) -> bool:
        """Whether ``version`` satisfies the range.

        A pre-release only matches a set that names a pre-release of the same
        ``MAJOR.MINOR.PATCH``, unless ``include_prerelease`` is true.
        """
        candidate = version if isinstance(version, Version) else Version.parse(version, loose=True)
        for group in self.sets:
            if not all(comparator.test(candidate) for comparator in group):
                continue
            if not candidate.prerelease or include_prerelease:
                return True
            if any(c.version.prerelease and c.version.release == candidate.release for c in group):
                return True
        return False

    def __contains__(self, version: object) -> bool:
        return isinstance(version, (Version, str)) and self.test(version)


def parse_range(text: str) -> Range:
    return Range.parse(text)
