"""Inline syntax: escapes, code spans, emphasis, strong emphasis, links and line breaks."""
from __future__ import annotations

import re

from .escaping import ESCAPABLE, escape_html, safe_href

AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
LINK_TITLE = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'')


def _backtick_run(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] == "`":
        end += 1
    return end - start


def _find_code_close(text: str, start: int, length: int) -> int:
    """Index of a backtick run of exactly ``length`` at or after ``start``, or -1."""
    index = start
    while index < len(text):
        if text[index] == "`":
            run = _backtick_run(text, index)
            if run == length:
                return index
            index += run
        else:
            index += 1
    return -1


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda match: match.group(1) if match.group(1) in ESCAPABLE else match.group(0), text)


class InlineRenderer:
    """Converts the inline content of a block to HTML."""

    def render(self, text: str) -> str:
        out: list[str] = []
        index = 0
        while index < len(text):
            char = text[index]
            handled = None
            if char == "\\":
                handled = self._backslash(text, index)
            elif char == "`":
                handled = self._code_span(text, index)
            elif char == "[":
                handled = self._link(text, index)
            elif char == "<":
                handled = self._autolink(text, index)
            elif char in "*_":
                handled = self._emphasis(text, index)
            elif char == " ":
                handled = self._spaces(text, index)
            if handled is None:
                out.append(escape_html(char))
                index += 1
            else:
                html, index = handled
                out.append(html)
        return "".join(out)

    def _backslash(self, text: str, index: int) -> tuple[str, int] | None:
        following = text[index + 1 : index + 2]
        if following == "\n":
            return "<br />\n", index + 2
        if following and following in ESCAPABLE:
            return escape_html(following), index + 2
        return None

    def _spaces(self, text: str, index: int) -> tuple[str, int] | None:
        end = index
        while end < len(text) and text[end] == " ":
            end += 1
        if end < len(text) and text[end] == "\n":
            return ("<br />\n" if end - index >= 2 else "\n"), end + 1
        return " " * (end - index), end

    def _code_span(self, text: str, index: int) -> tuple[str, int]:
        length = _backtick_run(text, index)
        close = _find_code_close(text, index + length, length)
        if close == -1:
            return "`" * length, index + length
        code = text[index + length : close].replace("\n", " ")
        if len(code) >= 2 and code[0] == " " and code[-1] == " " and code.strip(" "):
            code = code[1:-1]
        return f"<code>{escape_html(code)}</code>", close + length

    def _autolink(self, text: str, index: int) -> tuple[str, int] | None:
        match = AUTOLINK.match(text, index)
        if match is None:
            return None
        url = match.group(1)
        return f'<a href="{safe_href(url)}">{escape_html(url)}</a>', match.end()

    def _find_bracket_close(self, text: str, index: int) -> int:
        depth = 0
        position = index
        while position < len(text):
            char = text[position]
            if char == "\\":
                position += 2
                continue
            if char == "`":
                length = _backtick_run(text, position)
                close = _find_code_close(text, position + length, length)
                position = close + length if close != -1 else position + length
                continue
            if char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
                if depth == 0:
                    return position
            position += 1
        return -1

    def _link(self, text: str, index: int) -> tuple[str, int] | None:
        close = self._find_bracket_close(text, index)
        if close == -1 or text[close + 1 : close + 2] != "(":
            return None
        end = text.find(")", close + 2)
        if end == -1:
            return None
        destination = text[close + 2 : end].strip()
        if destination.startswith("<") and ">" in destination:
            url, _, rest = destination[1:].partition(">")
        else:
            url, _, rest = destination.partition(" ")
        title = None
        if rest.strip():
            title_match = LINK_TITLE.fullmatch(rest.strip())
            if title_match is None:
                return None
            title = _unescape(title_match.group(1) if title_match.group(1) is not None else title_match.group(2))
        label = self.render(text[index + 1 : close])
        title_attr = f' title="{escape_html(title)}"' if title is not None else ""
        return f'<a href="{safe_href(_unescape(url))}"{title_attr}>{label}</a>', end + 1

    def _emphasis(self, text: str, index: int) -> tuple[str, int] | None:
        char = text[index]
        if char == "_" and index > 0 and text[index - 1].isalnum():
            return None
        if text.startswith(char * 2, index):
            close = self._find_closer(text, index + 2, char * 2)
            if close != -1:
                return f"<strong>{self.render(text[index + 2 : close])}</strong>", close + 2
        close = self._find_closer(text, index + 1, char)
        if close != -1:
            return f"<em>{self.render(text[index + 1 : close])}</em>", close + 1
        return None

    def _find_closer(self, text: str, start: int, delimiter: str) -> int:
        """Find the delimiter closing an emphasis whose content begins at ``start``."""
        if start >= len(text) or text[start].isspace():
            return -1
        char = delimiter[0]
        position = start
        while position < len(text):
            current = text[position]
            if current == "\\":
                position += 2
                continue
            if current == "`":
                length = _backtick_run(text, position)
                close = _find_code_close(text, position + length, length)
                position = close + length if close != -1 else position + length
                continue
            if text.startswith(delimiter, position) and position > start and not text[position - 1].isspace():
                after = text[position + len(delimiter) : position + len(delimiter) + 1]
                if after == char:
                    position += 1 if len(delimiter) == 2 else 2
                    continue
                if not (char == "_" and after.isalnum()):
                    return position
            if current == char and len(delimiter) == 1 and text.startswith(char * 2, position):
                position += 2
                continue
            position += 1
        return -1


def render_inline(text: str) -> str:
    """Render inline Markdown ``text`` to HTML."""
    return InlineRenderer().render(text)
