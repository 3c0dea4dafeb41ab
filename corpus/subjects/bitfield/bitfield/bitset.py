"""A fixed-size set of bits backed by a Python integer."""
from __future__ import annotations

from typing import Iterable, Iterator

from .errors import BitIndexError, SizeMismatchError


def _check_size(size: object) -> int:
    if isinstance(size, bool) or not isinstance(size, int):
        raise TypeError(f"size must be an int, got {type(size).__name__}")
    if size < 0:
        raise ValueError(f"size must be non-negative, got {size}")
    return size


class BitSet:
    """``size`` bits numbered from 0 (least significant) to ``size - 1``."""

    __slots__ = ("_size", "_bits")

    def __init__(self, size: int, indices: Iterable[int] = ()) -> None:
        self._size = _check_size(size)
        self._bits = 0
        for index in indices:
            self.set(index)

    @classmethod
    def from_int(cls, value: int, size: int) -> BitSet:
        """Bits of a non-negative integer that fits in ``size`` bits."""
        if value < 0 or value.bit_length() > size:
            raise ValueError(f"{value} does not fit in {size} bits")
        result = cls(size)
        result._bits = value
        return result

    @classmethod
    def from_string(cls, text: str) -> BitSet:
        """Parse ``'0'``/``'1'`` characters, bit 0 first; underscores are ignored."""
        digits = text.replace("_", "")
        if any(char not in "01" for char in digits):
            raise ValueError(f"bit strings may only contain 0, 1 and _: {text!r}")
        return cls(len(digits), (index for index, char in enumerate(digits) if char == "1"))

    @classmethod
    def from_bytes(cls, data: bytes, size: int | None = None, byteorder: str = "little") -> BitSet:
        width = len(data) * 8 if size is None else size
        return cls.from_int(int.from_bytes(data, byteorder), width)  # type: ignore[arg-type]

    @property
    def size(self) -> int:
        return self._size

    @property
    def value(self) -> int:
        return self._bits

    def __int__(self) -> int:
        return self._bits

    def __len__(self) -> int:
        return self._size

    @property
    def _full(self) -> int:
        return (1 << self._size) - 1

    def _position(self, index: int) -> int:
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError(f"bit index must be an int, got {type(index).__name__}")
        position = index + self._size if index < 0 else index
        if not 0 <= position < self._size:
            raise BitIndexError(f"bit {index} out of range for size {self._size}")
        return position

    def _range_mask(self, start: int, stop: int) -> int:
        if not 0 <= start <= stop <= self._size:
            raise BitIndexError(f"range [{start}, {stop}) invalid for size {self._size}")
        return ((1 << (stop - start)) - 1) << start

    def test(self, index: int) -> bool:
        return bool(self._bits >> self._position(index) & 1)

    def set(self, index: int) -> None:
        self._bits |= 1 << self._position(index)

    def clear(self, index: int) -> None:
        self._bits &= ~(1 << self._position(index))

    def flip(self, index: int) -> None:
        self._bits ^= 1 << self._position(index)

    def __getitem__(self, index: int) -> bool:
        return self.test(index)

    def __setitem__(self, index: int, value: bool) -> None:
        if value:
            self.set(index)
        else:
            self.clear(index)

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and 0 <= index < self._size and bool(self._bits >> index & 1)

    def set_range(self, start: int, stop: int) -> None:
        self._bits |= self._range_mask(start, stop)

    def clear_range(self, start: int, stop: int) -> None:
        self._bits &= ~self._range_mask(start, stop)

    def flip_range(self, start: int, stop: int) -> None:
        self._bits ^= self._range_mask(start, stop)

    def count(self) -> int:
        """Number of set bits."""
        return self._bits.bit_count()

    def count_range(self, start: int, stop: int) -> int:
        return (self._bits & self._range_mask(start, stop)).bit_count()

    def any(self) -> bool:
        return self._bits != 0

    def all(self) -> bool:
        return self._bits == self._full

    def __iter__(self) -> Iterator[int]:
        """Indices of set bits in increasing order."""
        remaining = self._bits
        while remaining:
            lowest = remaining & -remaining
            yield lowest.bit_length() - 1
            remaining ^= lowest

    def first(self) -> int | None:
        """Index of the lowest set bit, or ``None``."""
        if not self._bits:
            return None
        return (self._bits & -self._bits).bit_length() - 1

    def last(self) -> int | None:
        """Index of the highest set bit, or ``None``."""
        return self._bits.bit_length() - 1 if self._bits else None

    def next_set(self, start: int) -> int | None:
        """Lowest set bit at or after ``start``."""
        position = self._position(start)
        shifted = self._bits >> position
        if not shifted:
            return None
        return position + (shifted & -shifted).bit_length() - 1

    def next_clear(self, start: int) -> int | None:
        """Lowest clear bit at or after ``start``."""
        position = self._position(start)
        shifted = (~self._bits & self._full) >> position
        if not shifted:
            return None
        return position + (shifted & -shifted).bit_length() - 1

    def runs(self) -> list[tuple[int, int]]:
        """Maximal runs of set bits as half-open ``(start, stop)`` pairs."""
        result: list[tuple[int, int]] = []
        position = self.first()
        while position is not None:
            end = self.next_clear(position)
            stop = self._size if end is None else end
            result.append((position, stop))
            position = self.next_set(stop) if stop < self._size else None
        return result

    def _same_size(self, other: BitSet) -> None:
        if other._size != self._size:
            raise SizeMismatchError(f"bit sets have sizes {self._size} and {other._size}")

    def _derive(self, bits: int) -> BitSet:
        result = BitSet(self._size)
        result._bits = bits & self._full
        return result

    def __and__(self, other: BitSet) -> BitSet:
        self._same_size(other)
        return self._derive(self._bits & other._bits)

    def __or__(self, other: BitSet) -> BitSet:
        self._same_size(other)
        return self._derive(self._bits | other._bits)

    def __xor__(self, other: BitSet) -> BitSet:
        self._same_size(other)
        return self._derive(self._bits ^ other._bits)

    def __sub__(self, other: BitSet) -> BitSet:
        self._same_size(other)
        return self._derive(self._bits & ~other._bits)

    def __invert__(self) -> BitSet:
        return self._derive(~self._bits)

    def __lshift__(self, amount: int) -> BitSet:
        if amount < 0:
            raise ValueError("shift amount must be non-negative")
        return self._derive(self._bits << amount)

    def __rshift__(self, amount: int) -> BitSet:
        if amount < 0:
            raise ValueError("shift amount must be non-negative")
        return self._derive(self._bits >> amount)

    def issubset(self, other: BitSet) -> bool:
        self._same_size(other)
        return self._bits & ~other._bits == 0

    def isdisjoint(self, other: BitSet) -> bool:
        self._same_size(other)
        return self._bits & other._bits == 0

    def resize(self, size: int) -> BitSet:
        """A copy with ``size`` bits; higher bits are dropped when shrinking."""
        result = BitSet(_check_size(size))
        result._bits = self._bits & ((1 << size) - 1)
        return result

    def copy(self) -> BitSet:
        return self._derive(self._bits)

    def to_string(self, group: int = 0) -> str:
        """Bits as ``0``/``1`` characters, bit 0 first, optionally grouped with ``_``."""
        digits = "".join("1" if self._bits >> index & 1 else "0" for index in range(self._size))
        if group <= 0:
            return digits
        return "_".join(digits[i:i + group] for i in range(0, len(digits), group))

    def to_bytes(self, byteorder: str = "little") -> bytes:
        return self._bits.to_bytes((self._size + 7) // 8, byteorder)  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BitSet):
            return NotImplemented
        return self._size == other._size and self._bits == other._bits

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"BitSet({self._size}, {list(self)})"
