"""Expansion of ``${key}`` and ``${section:key}`` references with cycle detection."""
from __future__ import annotations

from typing import Protocol

from .errors import (
    InterpolationCycleError,
    InterpolationMissingError,
    InterpolationSyntaxError,
    NoOptionError,
    NoSectionError,
)


class RawSource(Protocol):
    def get_raw(self, section: str, key: str) -> str: ...


def _label(section: str, key: str) -> str:
    return f"{section}:{key}"


class Interpolator:
    """Resolves references in values of a document.

    ``$$`` stands for a literal dollar sign. A reference without a section
    part is looked up in the section that is being resolved, so values
    inherited from DEFAULT see the keys of the section that asked for them.
    """

    def __init__(self, source: RawSource) -> None:
        self.source = source

    def resolve(self, section: str, key: str) -> str:
        return self._resolve(section, key.strip().lower(), [])

    def expand(self, text: str, section: str) -> str:
        """Expand references in arbitrary ``text`` as if it were a value of ``section``."""
        return self._expand(text, section, [])

    def _resolve(self, section: str, key: str, chain: list[tuple[str, str]]) -> str:
        reference = (section, key)
        if reference in chain:
            cycle = chain[chain.index(reference):] + [reference]
            raise InterpolationCycleError([_label(*item) for item in cycle])
        raw = self.source.get_raw(section, key)
        return self._expand(raw, section, [*chain, reference])

    def _expand(self, text: str, section: str, chain: list[tuple[str, str]]) -> str:
        pieces: list[str] = []
        index = 0
        while index < len(text):
            start = text.find("$", index)
            if start == -1:
                pieces.append(text[index:])
                break
            pieces.append(text[index:start])
            follower = text[start + 1 : start + 2]
            if follower == "$":
                pieces.append("$")
                index = start + 2
                continue
            if follower != "{":
                raise InterpolationSyntaxError(f"'$' must be followed by '$' or '{{' at offset {start} in {text!r}")
            end = text.find("}", start + 2)
            if end == -1:
                raise InterpolationSyntaxError(f"unclosed reference at offset {start} in {text!r}")
            pieces.append(self._lookup(text[start + 2 : end], section, chain))
            index = end + 1
        return "".join(pieces)

    def _lookup(self, reference: str, section: str, chain: list[tuple[str, str]]) -> str:
        target_section, separator, target_key = reference.rpartition(":")
        target_section = target_section.strip() if separator else section
        target_key = target_key.strip().lower()
        if not target_key or (separator and not target_section):
            raise InterpolationSyntaxError(f"malformed reference ${{{reference}}}")
        try:
            return self._resolve(target_section, target_key, chain)
        except (NoOptionError, NoSectionError):
            origin = _label(*chain[-1]) if chain else section
            raise InterpolationMissingError(
                f"{origin} refers to missing ${{{_label(target_section, target_key)}}}"
            ) from None
