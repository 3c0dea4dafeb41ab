"""Sorted list and sorted dict containers built on the bisect module."""
from .ranges import InvalidRangeError, key_range
from .sorteddict import SortedDict
from .sortedlist import SortedList
from .views import SortedItemsView, SortedKeysView, SortedValuesView

__all__ = [
    "InvalidRangeError",
    "SortedDict",
    "SortedItemsView",
    "SortedKeysView",
    "SortedList",
    "SortedValuesView",
    "key_range",
]
