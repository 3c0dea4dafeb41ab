"""Plain-text paragraph layout.

Word wrapping to a fixed width, line justification (left, right, center and
full), first-line and hanging indentation, breaking of words that do not fit
on a line, and splitting, unwrapping and joining of paragraphs.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Iterable, List, Optional, Sequence, Tuple, Union

__all__ = [
    "Alignment",
    "LayoutError",
    "LayoutOptions",
    "break_word",
    "bullet",
    "dedent",
    "fill",
    "indent_lines",
    "join_paragraphs",
    "justify_line",
    "layout",
    "measure",
    "reflow",
    "shorten",
    "split_paragraphs",
    "unwrap",
    "words",
    "wrap",
]

_WORD_RE = re.compile(r"\S+")
_HYPHEN_BREAK_RE = re.compile(r"(?<=[A-Za-z])-$")


class LayoutError(ValueError):
    """Raised when layout parameters cannot produce valid output."""


class Alignment(Enum):
    """Horizontal alignment of a line inside its available width."""

    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"
    FULL = "full"

    @classmethod
    def parse(cls, value: Union["Alignment", str]) -> "Alignment":
        """Return the alignment named by *value* (case-insensitive)."""
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            key = value.strip().lower()
            for member in cls:
                if member.value == key:
                    return member
        raise LayoutError(f"unknown alignment: {value!r}")


@dataclass(frozen=True)
class LayoutOptions:
    """Settings that control how a paragraph is laid out."""

    width: int = 70
    indent: str = ""
    subsequent_indent: str = ""
    align: Alignment = Alignment.LEFT
    break_long_words: bool = True
    hyphen: str = ""
    justify_last_line: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.width, int) or isinstance(self.width, bool):
            raise LayoutError("width must be an integer")
        if self.width < 1:
            raise LayoutError(f"width must be positive, got {self.width}")
        object.__setattr__(self, "align", Alignment.parse(self.align))
        for name in ("indent", "subsequent_indent"):
            if len(getattr(self, name)) >= self.width:
                raise LayoutError(f"{name} leaves no room for text at width {self.width}")
        if self.break_long_words and len(self.hyphen) >= self.min_available:
            raise LayoutError("hyphen is too long for the available width")

    def available(self, first: bool) -> int:
        """Number of columns left for text on the first or a later line."""
        prefix = self.indent if first else self.subsequent_indent
        return self.width - len(prefix)

    @property
    def min_available(self) -> int:
        return min(self.available(True), self.available(False))

    @property
    def hanging(self) -> int:
        """How far later lines are indented relative to the first line."""
        return len(self.subsequent_indent) - len(self.indent)


def words(text: str) -> List[str]:
    """Split *text* into whitespace-separated words."""
    return _WORD_RE.findall(text)


def break_word(word: str, size: int, hyphen: str = "") -> List[str]:
    """Cut *word* into pieces no longer than *size* characters.

    Every piece except the last ends with *hyphen*, which counts towards
    the size of that piece.
    """
    if size < 1:
        raise LayoutError("size must be positive")
    if len(word) <= size:
        return [word]
    step = size - len(hyphen)
    if step < 1:
        raise LayoutError("hyphen leaves no room for characters")
    pieces = []
    start = 0
    while len(word) - start > size:
        pieces.append(word[start:start + step] + hyphen)
        start += step
    pieces.append(word[start:])
    return pieces


def justify_line(line_words: Sequence[str], width: int,
                 align: Union[Alignment, str] = Alignment.LEFT,
                 last: bool = False) -> str:
    """Join *line_words* into a single line aligned within *width* columns.

    Fully justified lines distribute the extra spaces over the gaps between
    words, giving the leftmost gaps one more space when they do not divide
    evenly. The last line of a paragraph and single-word lines are left
    aligned under full justification.
    """
    align = Alignment.parse(align)
    text = " ".join(line_words)
    if align is Alignment.LEFT or len(text) >= width:
        return text
    padding = width - len(text)
    if align is Alignment.RIGHT:
        return " " * padding + text
    if align is Alignment.CENTER:
        return " " * (padding // 2) + text
    gaps = len(line_words) - 1
    if last or gaps == 0:
        return text
    spaces = width - sum(len(word) for word in line_words)
    base, extra = divmod(spaces, gaps)
    parts = []
    for index, word in enumerate(line_words[:-1]):
        parts.append(word)
        parts.append(" " * (base + (1 if index < extra else 0)))
    parts.append(line_words[-1])
    return "".join(parts)


def _break_lines(tokens: Iterable[str], options: LayoutOptions) -> List[List[str]]:
    queue = deque(tokens)
    lines: List[List[str]] = []
    current: List[str] = []
    current_len = 0
    while queue:
        word = queue.popleft()
        limit = options.available(not lines)
        needed = len(word) if not current else current_len + 1 + len(word)
        if needed <= limit:
            current.append(word)
            current_len = needed
        elif current:
            lines.append(current)
            current = []
            current_len = 0
            queue.appendleft(word)
        elif options.break_long_words:
            step = limit - len(options.hyphen)
            lines.append([word[:step] + options.hyphen])
            queue.appendleft(word[step:])
        else:
            lines.append([word])
    if current:
        lines.append(current)
    return lines


def layout(text: str, options: LayoutOptions) -> List[str]:
    """Lay out *text* as one paragraph and return its lines."""
    tokens = words(text)
    if not tokens:
        return []
    grouped = _break_lines(tokens, options)
    result = []
    final = len(grouped) - 1
    for index, line_words in enumerate(grouped):
        first = index == 0
        prefix = options.indent if first else options.subsequent_indent
        is_last = index == final and not options.justify_last_line
        body = justify_line(line_words, options.available(first), options.align, last=is_last)
        result.append(prefix + body)
    return result


def wrap(text: str, width: int = 70, *, indent: str = "", subsequent_indent: str = "",
         align: Union[Alignment, str] = Alignment.LEFT, break_long_words: bool = True,
         hyphen: str = "", justify_last_line: bool = False) -> List[str]:
    """Wrap *text* to *width* columns and return the list of lines."""
    options = LayoutOptions(width=width, indent=indent, subsequent_indent=subsequent_indent,
                            align=align, break_long_words=break_long_words, hyphen=hyphen,
                            justify_last_line=justify_last_line)
    return layout(text, options)


def fill(text: str, width: int = 70, **kwargs) -> str:
    """Wrap *text* and return it as a single newline-separated string."""
    return "\n".join(wrap(text, width, **kwargs))


def bullet(label: str, text: str, width: int = 70, **kwargs) -> str:
    """Fill *text* after *label*, aligning later lines under the text."""
    return fill(text, width, indent=label, subsequent_indent=" " * len(label), **kwargs)


def shorten(text: str, width: int, placeholder: str = " [...]") -> str:
    """Collapse whitespace and truncate at a word boundary to fit *width*."""
    if width < len(placeholder.lstrip()):
        raise LayoutError("placeholder does not fit in width")
    collapsed = " ".join(words(text))
    if len(collapsed) <= width:
        return collapsed
    kept: List[str] = []
    length = 0
    for word in words(collapsed):
        extra = len(word) + (1 if kept else 0)
        if length + extra + len(placeholder) > width:
            break
        kept.append(word)
        length += extra
    if not kept:
        return placeholder.lstrip()
    return " ".join(kept) + placeholder


def measure(lines: Sequence[str]) -> Tuple[int, int]:
    """Return the ``(width, height)`` of a block of lines."""
    if not lines:
        return (0, 0)
    return (max(len(line) for line in lines), len(lines))


def indent_lines(text: str, prefix: str,
                 predicate: Optional[Callable[[str], bool]] = None) -> str:
    """Add *prefix* to the lines of *text* selected by *predicate*.

    By default only lines containing non-whitespace characters are indented.
    """
    if predicate is None:
        def predicate(line: str) -> bool:
            return bool(line.strip())
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(keepends=True))


def dedent(text: str) -> str:
    """Remove the leading whitespace common to all non-blank lines."""
    lines = text.split("\n")
    margins = [line[:len(line) - len(line.lstrip())] for line in lines if line.strip()]
    if not margins:
        return "\n".join("" for _ in lines)
    common = margins[0]
    for margin in margins[1:]:
        size = 0
        while size < min(len(common), len(margin)) and common[size] == margin[size]:
            size += 1
        common = common[:size]
    cut = len(common)
    return "\n".join(line[cut:] if line.strip() else "" for line in lines)


def split_paragraphs(text: str) -> List[str]:
    """Split *text* at blank lines into paragraphs, dropping empty ones."""
    paragraphs: List[str] = []
    current: List[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def unwrap(paragraph: str, rejoin_hyphens: bool = True) -> str:
    """Join the lines of a hard-wrapped paragraph into one line.

    With *rejoin_hyphens*, a word split by a hyphen at the end of a line is
    joined back together when the next line starts with a lowercase letter.
    """
    pieces: List[str] = []
    pending_join = False
    for raw in paragraph.splitlines():
        line = raw.strip()
        if not line:
            continue
        if pending_join and line[0].islower():
            pieces[-1] = pieces[-1][:-1] + line
        elif pending_join:
            pieces[-1] = pieces[-1] + line
        else:
            pieces.append(line)
        pending_join = rejoin_hyphens and bool(_HYPHEN_BREAK_RE.search(pieces[-1]))
    return " ".join(" ".join(words(piece)) for piece in pieces)


def join_paragraphs(paragraphs: Iterable[str], blank_lines: int = 1) -> str:
    """Join paragraphs, separating them by *blank_lines* empty lines."""
    if blank_lines < 0:
        raise LayoutError("blank_lines cannot be negative")
    separator = "\n" * (blank_lines + 1)
    return separator.join(p.strip("\n") for p in paragraphs if p.strip())


def reflow(text: str, width: int = 70, blank_lines: int = 1, **kwargs) -> str:
    """Rewrap every paragraph of *text* to *width* columns."""
    filled = [fill(unwrap(paragraph), width, **kwargs) for paragraph in split_paragraphs(text)]
    return join_paragraphs(filled, blank_lines)
