"""URL slug generation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Collection, Mapping, Optional, Sequence, Tuple

from .errors import SlugError
from .translit import DEFAULT_TABLE, transliterate

_TOKEN_RE = re.compile(r"[A-Za-z0-9]+")
_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])")


@dataclass(frozen=True)
class Slugifier:
    """Configurable converter from arbitrary text to URL slugs."""

    separator: str = "-"
    lowercase: bool = True
    max_length: int = 0
    word_boundary: bool = True
    stopwords: Collection[str] = ()
    replacements: Sequence[Tuple[str, str]] = ()
    table: Mapping[str, str] = field(default_factory=lambda: DEFAULT_TABLE, repr=False, compare=False)

    def __post_init__(self) -> None:
        if any(char.isalnum() for char in self.separator):
            raise SlugError(f"separator must not contain letters or digits: {self.separator!r}")
        if self.max_length < 0:
            raise SlugError("max_length cannot be negative")
        object.__setattr__(self, "stopwords", frozenset(w.lower() for w in self.stopwords))

    def tokens(self, text: str) -> list:
        """Return the words that make up the slug of *text*, before truncation."""
        for old, new in self.replacements:
            text = text.replace(old, new)
        ascii_text = _APOSTROPHE_RE.sub("", transliterate(text, self.table))
        if self.lowercase:
            ascii_text = ascii_text.lower()
        return [tok for tok in _TOKEN_RE.findall(ascii_text) if tok.lower() not in self.stopwords]

    def _truncate(self, tokens: list) -> str:
        joined = self.separator.join(tokens)
        if not self.max_length or len(joined) <= self.max_length:
            return joined
        if not self.word_boundary:
            return joined[:self.max_length].rstrip(self.separator) if self.separator else joined[:self.max_length]
        kept: list = []
        length = 0
        for token in tokens:
            extra = len(token) + (len(self.separator) if kept else 0)
            if length + extra > self.max_length:
                break
            kept.append(token)
            length += extra
        if not kept:
            return tokens[0][:self.max_length]
        return self.separator.join(kept)

    def __call__(self, text: str) -> str:
        if not isinstance(text, str):
            raise SlugError(f"expected text, got {type(text).__name__}")
        return self._truncate(self.tokens(text))


def slugify(text: str, separator: str = "-", **options) -> str:
    """Convert *text* into a slug using a one-off :class:`Slugifier`."""
    return Slugifier(separator=separator, **options)(text)


def unique_slug(slug: str, taken: Collection[str], separator: str = "-",
                start: int = 2, limit: Optional[int] = None) -> str:
    """Return *slug*, or *slug* with the first free numeric suffix appended."""
    if not slug:
        raise SlugError("cannot make an empty slug unique")
    if slug not in taken:
        return slug
    number = start
    while limit is None or number < start + limit:
        candidate = f"{slug}{separator}{number}"
        if candidate not in taken:
            return candidate
        number += 1
    raise SlugError(f"no free slug for {slug!r} after {limit} attempts")
