"""English noun inflection: pluralization and singularization."""

from __future__ import annotations

import re
from typing import Dict, List, Pattern, Set, Tuple

from .errors import InflectionError

Rule = Tuple[Pattern[str], str]

_PLURAL_RULES = [
    (r"(quiz)$", r"\1zes"),
    (r"^(oxen)$", r"\1"),
    (r"^(ox)$", r"\1en"),
    (r"^([ml])ice$", r"\1ice"),
    (r"^([ml])ouse$", r"\1ice"),
    (r"(matr|vert|ind)(?:ix|ex)$", r"\1ices"),
    (r"(x|ch|ss|sh)$", r"\1es"),
    (r"([^aeiouy]|qu)y$", r"\1ies"),
    (r"(hive)$", r"\1s"),
    (r"(?:([^f])fe|([lr])f)$", r"\1\2ves"),
    (r"sis$", "ses"),
    (r"([ti])a$", r"\1a"),
    (r"([ti])um$", r"\1a"),
    (r"(buffal|tomat|potat|her)o$", r"\1oes"),
    (r"(bu)s$", r"\1ses"),
    (r"(alias|status)$", r"\1es"),
    (r"(octop|vir)i$", r"\1i"),
    (r"(octop|vir)us$", r"\1i"),
    (r"^(ax|test)is$", r"\1es"),
    (r"s$", "s"),
    (r"$", "s"),
]

_SINGULAR_RULES = [
    (r"(database)s$", r"\1"),
    (r"(quiz)zes$", r"\1"),
    (r"(matr)ices$", r"\1ix"),
    (r"(vert|ind)ices$", r"\1ex"),
    (r"^(ox)en", r"\1"),
    (r"(alias|status)(es)?$", r"\1"),
    (r"(octop|vir)(us|i)$", r"\1us"),
    (r"^(a)x[ie]s$", r"\1xis"),
    (r"(cris|test)(is|es)$", r"\1is"),
    (r"(shoe)s$", r"\1"),
    (r"(o)es$", r"\1"),
    (r"(bus)(es)?$", r"\1"),
    (r"^([ml])ice$", r"\1ouse"),
    (r"(x|ch|ss|sh)es$", r"\1"),
    (r"(m)ovies$", r"\1ovie"),
    (r"(s)eries$", r"\1eries"),
    (r"([^aeiouy]|qu)ies$", r"\1y"),
    (r"([lr])ves$", r"\1f"),
    (r"(tive)s$", r"\1"),
    (r"(hive)s$", r"\1"),
    (r"([^f])ves$", r"\1fe"),
    (r"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", r"\1sis"),
    (r"([ti])a$", r"\1um"),
    (r"(n)ews$", r"\1ews"),
    (r"(ss)$", r"\1"),
    (r"s$", ""),
]

_IRREGULARS = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "foot": "feet",
    "tooth": "teeth",
    "goose": "geese",
    "sex": "sexes",
    "move": "moves",
    "zombie": "zombies",
    "cactus": "cacti",
}

_UNCOUNTABLES = {
    "equipment", "information", "rice", "money", "species", "series",
    "fish", "sheep", "jeans", "police", "news", "deer", "moose",
}

_COMPOUND_RE = re.compile(r"^(.*[ _-])?([^ _-]+)$")


def _match_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class Inflector:
    """A set of pluralization rules, irregular forms and uncountable nouns."""

    def __init__(self) -> None:
        self._plurals: List[Rule] = [(re.compile(p, re.I), r) for p, r in _PLURAL_RULES]
        self._singulars: List[Rule] = [(re.compile(p, re.I), r) for p, r in _SINGULAR_RULES]
        self._irregular: Dict[str, str] = dict(_IRREGULARS)
        self._uncountable: Set[str] = set(_UNCOUNTABLES)

    @property
    def uncountables(self) -> frozenset:
        return frozenset(self._uncountable)

    def add_plural(self, pattern: str, replacement: str) -> None:
        """Register a plural rule that takes precedence over existing ones."""
        self._plurals.insert(0, (self._compile(pattern), replacement))

    def add_singular(self, pattern: str, replacement: str) -> None:
        """Register a singular rule that takes precedence over existing ones."""
        self._singulars.insert(0, (self._compile(pattern), replacement))

    def add_irregular(self, singular: str, plural: str) -> None:
        if not singular.strip() or not plural.strip():
            raise InflectionError("irregular forms must not be empty")
        self._irregular[singular.lower()] = plural.lower()

    def add_uncountable(self, *words: str) -> None:
        self._uncountable.update(word.lower() for word in words)

    @staticmethod
    def _compile(pattern: str) -> Pattern[str]:
        try:
            return re.compile(pattern, re.I)
        except re.error as exc:
            raise InflectionError(f"invalid rule pattern {pattern!r}: {exc}") from None

    def _inflect(self, text: str, rules: List[Rule], lookup: Dict[str, str]) -> str:
        if not isinstance(text, str):
            raise InflectionError(f"expected a word, got {type(text).__name__}")
        match = _COMPOUND_RE.match(text)
        if match is None:
            return text
        prefix, word = match.group(1) or "", match.group(2)
        lower = word.lower()
        if lower in self._uncountable:
            return text
        if lower in lookup:
            return prefix + _match_case(word, lookup[lower])
        if lower in lookup.values():
            return text
        for pattern, replacement in rules:
            if pattern.search(lower):
                return prefix + _match_case(word, pattern.sub(replacement, lower, count=1))
        return text

    def pluralize(self, word: str) -> str:
        """Return the plural of *word*; the last part of a compound is inflected."""
        return self._inflect(word, self._plurals, self._irregular)

    def singularize(self, word: str) -> str:
        """Return the singular of *word*; the last part of a compound is inflected."""
        reverse = {plural: singular for singular, plural in self._irregular.items()}
        return self._inflect(word, self._singulars, reverse)

    def quantify(self, count: int, word: str) -> str:
        """Return ``"<count> <word>"`` with *word* inflected to agree with *count*."""
        noun = self.singularize(word) if abs(count) == 1 else self.pluralize(word)
        return f"{count} {noun}"


DEFAULT_INFLECTOR = Inflector()


def pluralize(word: str) -> str:
    return DEFAULT_INFLECTOR.pluralize(word)


def singularize(word: str) -> str:
    return DEFAULT_INFLECTOR.singularize(word)


def quantify(count: int, word: str) -> str:
    return DEFAULT_INFLECTOR.quantify(count, word)
