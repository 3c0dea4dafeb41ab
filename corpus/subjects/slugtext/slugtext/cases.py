"""Conversions between identifier and title case styles."""

from __future__ import annotations

import re
from typing import Collection, List

from .translit import transliterate

SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "en", "for", "from", "if", "in",
    "nor", "of", "on", "or", "per", "the", "to", "vs", "via", "with",
})

_CHUNK_RE = re.compile(r"[A-Za-z0-9]+")
_PART_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_CLAUSE_END = (":", ".", "?", "!", "\u2014")


def split_words(text: str) -> List[str]:
    """Split *text* into words at separators, case changes and digit runs.

    ``"parseHTTPResponse2xx"`` becomes ``["parse", "HTTP", "Response", "2", "xx"]``.
    """
    words: List[str] = []
    for chunk in _CHUNK_RE.findall(transliterate(text)):
        words.extend(_PART_RE.findall(chunk))
    return words


def to_snake(text: str) -> str:
    return "_".join(word.lower() for word in split_words(text))


def to_kebab(text: str) -> str:
    return "-".join(word.lower() for word in split_words(text))


def to_constant(text: str) -> str:
    return "_".join(word.upper() for word in split_words(text))


def _cap(word: str, acronyms: Collection[str]) -> str:
    if word.upper() in acronyms:
        return word.upper()
    return word[:1].upper() + word[1:].lower()


def to_pascal(text: str, acronyms: Collection[str] = ()) -> str:
    """Convert to PascalCase, keeping words listed in *acronyms* uppercase."""
    wanted = {a.upper() for a in acronyms}
    return "".join(_cap(word, wanted) for word in split_words(text))


def to_camel(text: str, acronyms: Collection[str] = ()) -> str:
    """Convert to camelCase; the first word is always lowercase."""
    words = split_words(text)
    if not words:
        return ""
    wanted = {a.upper() for a in acronyms}
    return words[0].lower() + "".join(_cap(word, wanted) for word in words[1:])


def humanize(text: str) -> str:
    """Turn an identifier such as ``author_id`` into ``Author``."""
    words = [word.lower() for word in split_words(text)]
    if len(words) > 1 and words[-1] == "id":
        words.pop()
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:]


def _title_word(word: str, force: bool, small_words: Collection[str]) -> str:
    if any(char.isupper() for char in word[1:]):
        return word
    parts = word.split("-")
    if len(parts) > 1:
        last = len(parts) - 1
        return "-".join(_title_word(part, force or i in (0, last), small_words)
                        for i, part in enumerate(parts))
    core = word.lstrip("\"'([{")
    lead = word[:len(word) - len(core)]
    if not force and core.lower().rstrip(".,;:!?)]}\"'") in small_words:
        return lead + core.lower()
    return lead + core[:1].upper() + core[1:].lower()


def to_title(text: str, small_words: Collection[str] = SMALL_WORDS) -> str:
    """Title-case *text* following common headline style.

    Small words are lowercased unless they start or end the title or follow
    a clause-ending punctuation mark. Words with inner capitals such as
    ``iPhone`` are left alone, and hyphenated words are capitalized part by
    part.
    """
    words = text.split()
    result = []
    last = len(words) - 1
    for index, word in enumerate(words):
        after_clause = index > 0 and words[index - 1].endswith(_CLAUSE_END)
        force = index == 0 or index == last or after_clause
        result.append(_title_word(word, force, small_words))
    return " ".join(result)
