"""Serialising a :class:`~inireader.document.Document` back to INI text."""
from __future__ import annotations

from os import PathLike

from .document import Document, Section


def _section_lines(section: Section, delimiter: str, indent: str) -> list[str]:
    lines = [*section.comments, f"[{section.name}]"]
    for entry in section.entries.values():
        lines.extend(entry.comments)
        first, *rest = entry.value.split("\n")
        lines.append(f"{entry.key} {delimiter} {first}".rstrip())
        lines.extend(indent + part for part in rest)
    return lines


def dumps(document: Document, delimiter: str = "=", indent: str = "    ") -> str:
    """Render ``document`` so that :func:`~inireader.loader.loads` reproduces it.

    Sections are separated by one blank line; the DEFAULT section is written
    first when it has content.
    """
    if delimiter not in ("=", ":"):
        raise ValueError("delimiter must be '=' or ':'")
    if not indent or not indent.isspace() or "\n" in indent:
        raise ValueError("indent must be non-empty horizontal whitespace")
    sections = list(document.sections.values())
    if document.defaults.entries or document.defaults.comments:
        sections.insert(0, document.defaults)
    blocks = [_section_lines(section, delimiter, indent) for section in sections]
    if document.trailing_comments:
        blocks.append(list(document.trailing_comments))
    if not blocks:
        return ""
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def dump(document: Document, path: str | PathLike[str], encoding: str = "utf-8", **options: str) -> None:
    with open(path, "w", encoding=encoding) as handle:
        handle.write(dumps(document, **options))
