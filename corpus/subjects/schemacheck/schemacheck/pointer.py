"""JSON pointer (RFC 6901) helpers."""

from __future__ import annotations

from typing import Any, Iterable

from schemacheck.errors import SchemaError


def escape_token(token: str | int) -> str:
    """Escape a single reference token for use in a pointer."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    """Reverse :func:`escape_token`."""
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    """Append escaped tokens to an existing pointer."""
    return base + "".join("/" + escape_token(token) for token in tokens)


def split_pointer(pointer: str) -> list[str]:
    """Split a pointer into unescaped reference tokens."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise SchemaError(f"invalid JSON pointer {pointer!r}: must start with '/'")
    return [unescape_token(part) for part in pointer[1:].split("/")]


def _step(document: Any, token: str, walked: Iterable[str]) -> Any:
    if isinstance(document, dict):
        if token not in document:
            raise SchemaError(f"pointer segment {token!r} not found", join_pointer("", *walked))
        return document[token]
    if isinstance(document, list):
        if not token.isdigit() or (len(token) > 1 and token.startswith("0")):
            raise SchemaError(f"invalid array index {token!r}", join_pointer("", *walked))
        index = int(token)
        if index >= len(document):
            raise SchemaError(f"array index {index} out of range", join_pointer("", *walked))
        return document[index]
    raise SchemaError(f"cannot descend into scalar with {token!r}", join_pointer("", *walked))


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Return the value addressed by ``pointer`` inside ``document``."""
    current = document
    walked: list[str] = []
    for token in split_pointer(pointer):
        current = _step(current, token, walked)
        walked.append(token)
    return current
