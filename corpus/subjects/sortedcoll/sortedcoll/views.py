"""Indexable views over a SortedDict."""
from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any, Iterator, Sequence

if TYPE_CHECKING:
    from .sorteddict import SortedDict


class _SortedView(Sequence[Any]):
    """A live, read-only, position-indexable view of a SortedDict."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping: SortedDict[Any, Any]) -> None:
        self._mapping = mapping

    @abstractmethod
    def _project(self, key: Any) -> Any:
        """What the view shows for ``key``."""

    def __len__(self) -> int:
        return len(self._mapping)

    def __getitem__(self, index: Any) -> Any:
        keys = self._mapping.sorted_keys
        if isinstance(index, slice):
            return [self._project(key) for key in keys[index]]
        return self._project(keys[index])

    def __iter__(self) -> Iterator[Any]:
        return (self._project(key) for key in self._mapping.sorted_keys)

    def __reversed__(self) -> Iterator[Any]:
        return (self._project(key) for key in reversed(self._mapping.sorted_keys))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (_SortedView, list)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class SortedKeysView(_SortedView):
    def _project(self, key: Any) -> Any:
        return key

    def __contains__(self, key: object) -> bool:
        return key in self._mapping


class SortedValuesView(_SortedView):
    def _project(self, key: Any) -> Any:
        return self._mapping[key]


class SortedItemsView(_SortedView):
    def _project(self, key: Any) -> Any:
        return key, self._mapping[key]

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, tuple) or len(item) != 2:
            return False
        key, value = item
        return key in self._mapping and self._mapping[key] == value
