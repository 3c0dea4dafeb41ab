"""Parsing INI text into a :class:`~inireader.document.Document`."""
from __future__ import annotations

from os import PathLike

from .document import COMMENT_PREFIXES, DEFAULT_SECTION, Document, Entry, Section
from .errors import DuplicateKeyError, DuplicateSectionError, IniError, MissingSectionError, ParseError


def _split_pair(line: str) -> tuple[str, str] | None:
    """Split ``key = value`` or ``key: value`` at the first delimiter."""
    positions = [index for index in (line.find("="), line.find(":")) if index != -1]
    if not positions:
        return None
    cut = min(positions)
    return line[:cut].strip(), line[cut + 1 :].strip()


class _Loader:
    def __init__(self) -> None:
        self.document = Document()
        self.section: Section | None = None
        self.entry: Entry | None = None
        self.pending: list[str] = []
        self.seen_default = False

    def feed(self, number: int, line: str) -> None:
        stripped = line.strip()
        if not stripped:
            self.entry = None
        elif stripped.startswith(COMMENT_PREFIXES):
            self.entry = None
            self.pending.append(stripped)
        elif line[0].isspace():
            if self.entry is None:
                raise ParseError("unexpected indented line", number)
            separator = "\n" if self.entry.value else ""
            self.entry.value = f"{self.entry.value}{separator}{stripped}"
        elif stripped.startswith("["):
            self._header(number, stripped)
        else:
            self._pair(number, stripped)

    def _header(self, number: int, stripped: str) -> None:
        if not stripped.endswith("]"):
            raise ParseError(f"section header must end with ']': {stripped!r}", number)
        name = stripped[1:-1].strip()
        if not name:
            raise ParseError("empty section name", number)
        if name == DEFAULT_SECTION:
            if self.seen_default:
                raise DuplicateSectionError(f"duplicate section {name!r}", number)
            self.seen_default = True
            self.section = self.document.defaults
        else:
            if self.document.has_section(name):
                raise DuplicateSectionError(f"duplicate section {name!r}", number)
            try:
                self.section = self.document.add_section(name)
            except IniError as error:
                raise ParseError(str(error), number) from None
        self.section.comments = self.pending
        self.pending = []
        self.entry = None

    def _pair(self, number: int, stripped: str) -> None:
        pair = _split_pair(stripped)
        if pair is None:
            raise ParseError(f"expected 'key = value', got {stripped!r}", number)
        key, value = pair
        if not key:
            raise ParseError("empty key", number)
        if self.section is None:
            raise MissingSectionError(f"key {key!r} appears before any section header", number)
        if key.lower() in self.section:
            raise DuplicateKeyError(f"duplicate key {key.lower()!r} in section {self.section.name!r}", number)
        self.entry = self.section.set(key, value, comments=self.pending, line=number)
        self.pending = []

    def finish(self) -> Document:
        self.document.trailing_comments = self.pending
        return self.document


def loads(text: str) -> Document:
    """Parse INI ``text``.

    Lines starting with ``#`` or ``;`` are comments and are kept with the
    section or key that follows them. Indented lines continue the previous
    value; a blank line or a comment ends a value.
    """
    loader = _Loader()
    for number, line in enumerate(text.splitlines(), start=1):
        loader.feed(number, line)
    return loader.finish()


def load(path: str | PathLike[str], encoding: str = "utf-8") -> Document:
    with open(path, encoding=encoding) as handle:
        return loads(handle.read())
