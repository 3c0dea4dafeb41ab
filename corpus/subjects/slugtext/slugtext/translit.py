"""Transliteration of non-ASCII text into plain ASCII."""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import Mapping, Optional

_LATIN = {
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe",
    "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i",
}

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

_SYMBOLS = {
    "&": " and ", "@": " at ", "%": " percent ", "+": " plus ",
    "€": " euro ", "£": " pound ", "$": " dollar ", "©": " c ",
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-",
}

DEFAULT_TABLE: Mapping[str, str] = MappingProxyType({**_LATIN, **_CYRILLIC, **_SYMBOLS})


def _decompose(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if ord(c) < 128)


def transliterate_char(char: str, table: Mapping[str, str] = DEFAULT_TABLE) -> str:
    """Return the ASCII replacement for a single character.

    Uppercase letters whose lowercase form is in *table* map to the
    capitalized replacement. Characters without an entry are decomposed
    and stripped of combining marks; those with no ASCII part vanish.
    """
    if len(char) != 1:
        raise ValueError(f"expected a single character, got {char!r}")
    if char in table:
        return table[char]
    lower = char.lower()
    if lower != char and lower in table:
        mapped = table[lower]
        return mapped[:1].upper() + mapped[1:]
    if ord(char) < 128:
        return char
    return _decompose(char)


def transliterate(text: str, table: Optional[Mapping[str, str]] = None) -> str:
    """Convert *text* to ASCII using *table* plus Unicode decomposition."""
    active = DEFAULT_TABLE if table is None else table
    return "".join(transliterate_char(char, active) for char in text)


def extend_table(extra: Mapping[str, str],
                 base: Mapping[str, str] = DEFAULT_TABLE) -> Mapping[str, str]:
    """Return a read-only table combining *base* with *extra* entries."""
    for key, value in extra.items():
        if len(key) != 1:
            raise ValueError(f"table keys must be single characters, got {key!r}")
        if not value.isascii():
            raise ValueError(f"replacement for {key!r} is not ASCII: {value!r}")
    return MappingProxyType({**base, **extra})
