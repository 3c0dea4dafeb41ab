"""Index arithmetic shared by the sorted containers."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Sequence


class InvalidRangeError(ValueError):
    """Raised for malformed range arguments."""


def check_inclusive(inclusive: object) -> tuple[bool, bool]:
    """Validate an ``(include_minimum, include_maximum)`` pair."""
    if (
        not isinstance(inclusive, tuple)
        or len(inclusive) != 2
        or not all(isinstance(flag, bool) for flag in inclusive)
    ):
        raise InvalidRangeError(f"inclusive must be a pair of bools, got {inclusive!r}")
    return inclusive[0], inclusive[1]


def key_range(
    keys: Sequence[Any],
    minimum: Any = None,
    maximum: Any = None,
    inclusive: tuple[bool, bool] = (True, True),
) -> range:
    """Positions in sorted ``keys`` lying between ``minimum`` and ``maximum``.

    ``None`` leaves that side unbounded; ``inclusive`` says whether each
    bound itself belongs to the range.
    """
    include_min, include_max = check_inclusive(inclusive)
    if minimum is None:
        start = 0
    elif include_min:
        start = bisect_left(keys, minimum)
    else:
        start = bisect_right(keys, minimum)
    if maximum is None:
        stop = len(keys)
    elif include_max:
        stop = bisect_right(keys, maximum)
    else:
        stop = bisect_left(keys, maximum)
    return range(start, max(start, stop))


def slice_range(size: int, start: int | None = None, stop: int | None = None) -> range:
    """Positions selected by ``[start:stop]`` on a sequence of length ``size``."""
    return range(*slice(start, stop).indices(size))


def ordered(positions: range, reverse: bool) -> range:
    """``positions`` in ascending order, or descending when ``reverse``."""
    return positions[::-1] if reverse else positions
