"""A string-keyed mapping stored as a prefix tree.

Besides the usual mapping operations, :class:`TrieDict` answers prefix
questions: sorted iteration below a prefix, counting keys with a prefix,
longest-prefix matching and autocompletion.
"""
from __future__ import annotations

from typing import Any, Callable, Generic, Iterator, MutableMapping, TypeVar

__all__ = ["TrieDict", "TrieError", "InvalidKeyError"]

V = TypeVar("V")

_MISSING: Any = object()


class TrieError(Exception):
    """Base class for trie errors."""


class InvalidKeyError(TrieError, TypeError):
    """Raised when a key is not a string."""


class _Node:
    __slots__ = ("children", "value", "size")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.value: Any = _MISSING
        self.size = 0

    @property
    def has_value(self) -> bool:
        return self.value is not _MISSING


class TrieDict(MutableMapping[str, V], Generic[V]):
    """Mapping from strings to values with prefix queries.

    With ``case_insensitive=True`` keys are case-folded on the way in, so
    ``"Apple"`` and ``"apple"`` are the same key and keys are reported folded.
    """

    def __init__(self, data: Any = (), *, case_insensitive: bool = False) -> None:
        self._root = _Node()
        self._case_insensitive = case_insensitive
        self.update(data)

    @property
    def case_insensitive(self) -> bool:
        return self._case_insensitive

    def _normalize(self, key: object) -> str:
        if not isinstance(key, str):
            raise InvalidKeyError(f"trie keys must be str, got {type(key).__name__}")
        return key.casefold() if self._case_insensitive else key

    def _find(self, key: str) -> _Node | None:
        node = self._root
        for char in key:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def __setitem__(self, key: str, value: V) -> None:
        key = self._normalize(key)
        path = [self._root]
        node = self._root
        for char in key:
            node = node.children.setdefault(char, _Node())
            path.append(node)
        if not node.has_value:
            for visited in path:
                visited.size += 1
        node.value = value

    def __getitem__(self, key: str) -> V:
        node = self._find(self._normalize(key))
        if node is None or not node.has_value:
            raise KeyError(key)
        return node.value

    def __delitem__(self, key: str) -> None:
        path, node = self._locate_path(self._normalize(key))
        if node is None or not node.has_value:
            raise KeyError(key)
        node.value = _MISSING
        node.size -= 1
        self._detach(path, 1)

    def _locate_path(self, key: str) -> tuple[list[tuple[_Node, str]], _Node | None]:
        path: list[tuple[_Node, str]] = []
        node = self._root
        for char in key:
            child = node.children.get(char)
            if child is None:
                return path, None
            path.append((node, char))
            node = child
        return path, node

    @staticmethod
    def _detach(path: list[tuple[_Node, str]], amount: int) -> None:
        for parent, char in reversed(path):
            parent.size -= amount
            if parent.children[char].size == 0:
                del parent.children[char]

    def delete_prefix(self, prefix: str) -> int:
        """Remove every key starting with ``prefix`` and return how many were removed."""
        path, node = self._locate_path(self._normalize(prefix))
        if node is None:
            return 0
        removed = node.size
        node.size = 0
        node.value = _MISSING
        node.children.clear()
        self._detach(path, removed)
        return removed

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        node = self._find(self._normalize(key))
        return node is not None and node.has_value

    def __len__(self) -> int:
        return self._root.size

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self._walk(self._root, ""))

    def _walk(self, start: _Node, prefix: str) -> Iterator[tuple[str, _Node]]:
        stack = [(prefix, start)]
        while stack:
            path, node = stack.pop()
            if node.has_value:
                yield path, node
            for char in sorted(node.children, reverse=True):
                stack.append((path + char, node.children[char]))

    def iterkeys(self, prefix: str = "") -> Iterator[str]:
        """Keys starting with ``prefix`` in sorted order."""
        return (key for key, _ in self.iteritems(prefix))

    def iteritems(self, prefix: str = "") -> Iterator[tuple[str, V]]:
        """``(key, value)`` pairs whose key starts with ``prefix``, sorted by key."""
        prefix = self._normalize(prefix)
        node = self._find(prefix)
        if node is None:
            return iter(())
        return ((key, found.value) for key, found in self._walk(node, prefix))

    def has_prefix(self, prefix: str) -> bool:
        """Whether at least one key starts with ``prefix``."""
        return self.count(prefix) > 0

    def count(self, prefix: str = "") -> int:
        """Number of keys starting with ``prefix``."""
        node = self._find(self._normalize(prefix))
        return 0 if node is None else node.size

    def longest_prefix(self, text: str, default: Any = _MISSING) -> tuple[str, V]:
        """The longest key that is a prefix of ``text``, with its value."""
        text = self._normalize(text)
        node = self._root
        best = 0 if node.has_value else -1
        best_value = node.value
        for depth, char in enumerate(text, start=1):
            node = node.children.get(char)
            if node is None:
                break
            if node.has_value:
                best, best_value = depth, node.value
        if best < 0:
            if default is _MISSING:
                raise KeyError(f"no key is a prefix of {text!r}")
            return default
        return text[:best], best_value

    def prefixes_of(self, text: str) -> Iterator[tuple[str, V]]:
        """Every key that is a prefix of ``text``, shortest first."""
        text = self._normalize(text)
        node: _Node | None = self._root
        depth = 0
        while node is not None:
            if node.has_value:
                yield text[:depth], node.value
            if depth == len(text):
                return
            node = node.children.get(text[depth])
            depth += 1

    def autocomplete(
        self,
        prefix: str,
        limit: int | None = 10,
        *,
        score: Callable[[str, V], float] | None = None,
    ) -> list[str]:
        """Up to ``limit`` completions of ``prefix``.

        Without ``score`` the completions are the first keys in sorted order.
        With ``score`` they are the highest scoring, ties broken alphabetically.
        """
        if limit is not None and limit < 0:
            raise ValueError(f"limit must be non-negative, got {limit}")
        if limit == 0:
            return []
        if score is None:
            found: list[str] = []
            for key in self.iterkeys(prefix):
                found.append(key)
                if len(found) == limit:
                    break
            return found
        ranked = sorted(self.iteritems(prefix), key=lambda pair: (-score(pair[0], pair[1]), pair[0]))
        chosen = ranked if limit is None else ranked[:limit]
        return [key for key, _ in chosen]

    def shortest_unique_prefix(self, key: str) -> str:
        """The shortest prefix of ``key`` that no other stored key starts with.

        When another key extends ``key`` no such prefix exists and the whole
        key is returned.
        """
        normalized = self._normalize(key)
        if normalized not in self:
            raise KeyError(key)
        node = self._root
        for depth, char in enumerate(normalized, start=1):
            node = node.children[char]
            if node.size == 1:
                return normalized[:depth]
        return normalized

    def common_prefix(self) -> str:
        """The longest prefix shared by every key ("" when empty)."""
        parts: list[str] = []
        node = self._root
        while len(node.children) == 1 and not node.has_value:
            char, node = next(iter(node.children.items()))
            parts.append(char)
        return "".join(parts)

    @property
    def node_count(self) -> int:
        """Number of nodes in the tree, including the root."""
        total = 0
        stack = [self._root]
        while stack:
            node = stack.pop()
            total += 1
            stack.extend(node.children.values())
        return total

    def clear(self) -> None:
        self._root = _Node()

    def __repr__(self) -> str:
        body = ", ".join(f"{key!r}: {value!r}" for key, value in self.iteritems())
        return f"TrieDict({{{body}}})"
