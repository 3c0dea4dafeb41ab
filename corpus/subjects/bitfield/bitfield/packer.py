"""Pack named integer fields of fixed widths into a single word and back."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .errors import FieldDefinitionError, FieldValueError, UnknownFieldError


@dataclass(frozen=True)
class Field:
    """A field ``width`` bits wide; signed fields use two's complement.

    Names starting with an underscore are reserved padding: they are always
    packed as their default and left out of unpacked results.
    """

    name: str
    width: int
    signed: bool = False
    default: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.isidentifier():
            raise FieldDefinitionError(f"field name must be an identifier, got {self.name!r}")
        if isinstance(self.width, bool) or not isinstance(self.width, int) or self.width < 1:
            raise FieldDefinitionError(f"field {self.name!r} needs a positive int width, got {self.width!r}")
        if self.signed and self.width < 2:
            raise FieldDefinitionError(f"signed field {self.name!r} needs at least 2 bits")
        self.check(self.default)

    @property
    def reserved(self) -> bool:
        return self.name.startswith("_")

    @property
    def min_value(self) -> int:
        return -(1 << (self.width - 1)) if self.signed else 0

    @property
    def max_value(self) -> int:
        return (1 << (self.width - 1)) - 1 if self.signed else (1 << self.width) - 1

    def check(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FieldValueError(f"field {self.name!r} takes an int, got {type(value).__name__}")
        if not self.min_value <= value <= self.max_value:
            raise FieldValueError(
                f"{value} does not fit field {self.name!r} ({self.min_value}..{self.max_value})"
            )
        return value

    def encode(self, value: int) -> int:
        """The raw unsigned bits representing ``value``."""
        return self.check(value) & ((1 << self.width) - 1)

    def decode(self, raw: int) -> int:
        """The value represented by ``width`` raw bits."""
        if self.signed and raw >> (self.width - 1):
            return raw - (1 << self.width)
        return raw


class BitLayout:
    """An ordered list of fields packed from the least significant bit upwards."""

    def __init__(self, *fields: Field | tuple[Any, ...], total_width: int | None = None) -> None:
        self._fields: list[Field] = []
        self._offsets: dict[str, int] = {}
        offset = 0
        for spec in fields:
            field = spec if isinstance(spec, Field) else Field(*spec)
            if field.name in self._offsets:
                raise FieldDefinitionError(f"duplicate field name {field.name!r}")
            self._fields.append(field)
            self._offsets[field.name] = offset
            offset += field.width
        if not self._fields:
            raise FieldDefinitionError("a layout needs at least one field")
        if total_width is not None and total_width < offset:
            raise FieldDefinitionError(f"fields need {offset} bits but total_width is {total_width}")
        self._width = offset if total_width is None else total_width

    @property
    def width(self) -> int:
        """Total number of bits in a packed word."""
        return self._width

    @property
    def names(self) -> list[str]:
        """Names of the non-reserved fields, least significant first."""
        return [field.name for field in self._fields if not field.reserved]

    def field(self, name: str) -> Field:
        for field in self._fields:
            if field.name == name:
                return field
        raise UnknownFieldError(name)

    def offset(self, name: str) -> int:
        if name not in self._offsets:
            raise UnknownFieldError(name)
        return self._offsets[name]

    def mask(self, name: str) -> int:
        """Bits occupied by field ``name`` within a packed word."""
        return ((1 << self.field(name).width) - 1) << self.offset(name)

    def _check_names(self, values: Mapping[str, int]) -> None:
        for name in values:
            if self.field(name).reserved:
                raise FieldValueError(f"reserved field {name!r} cannot be set")

    def pack(self, values: Mapping[str, int] | None = None, **kwargs: int) -> int:
        """Build a word; omitted fields take their defaults."""
        merged = {**(values or {}), **kwargs}
        self._check_names(merged)
        word = 0
        for field in self._fields:
            value = merged.get(field.name, field.default)
            word |= field.encode(value) << self._offsets[field.name]
        return word

    def _check_word(self, word: int) -> None:
        if isinstance(word, bool) or not isinstance(word, int):
            raise FieldValueError(f"packed words are ints, got {type(word).__name__}")
        if word < 0 or word.bit_length() > self._width:
            raise FieldValueError(f"word {word} does not fit in {self._width} bits")

    def get(self, word: int, name: str) -> int:
        self._check_word(word)
        field = self.field(name)
        return field.decode((word >> self.offset(name)) & ((1 << field.width) - 1))

    def unpack(self, word: int) -> dict[str, int]:
        """Field values of ``word`` (reserved fields omitted)."""
        self._check_word(word)
        return {
            field.name: field.decode((word >> self._offsets[field.name]) & ((1 << field.width) - 1))
            for field in self._fields
            if not field.reserved
        }

    def replace(self, word: int, **changes: int) -> int:
        """``word`` with some fields changed and the others kept."""
        self._check_word(word)
        self._check_names(changes)
        for name, value in changes.items():
            field = self.field(name)
            word = (word & ~self.mask(name)) | (field.encode(value) << self._offsets[name])
        return word

    @property
    def byte_length(self) -> int:
        return (self._width + 7) // 8

    def pack_bytes(self, values: Mapping[str, int] | None = None, *, byteorder: str = "big", **kwargs: int) -> bytes:
        return self.pack(values, **kwargs).to_bytes(self.byte_length, byteorder)  # type: ignore[arg-type]

    def unpack_bytes(self, data: bytes, *, byteorder: str = "big") -> dict[str, int]:
        if len(data) != self.byte_length:
            raise FieldValueError(f"expected {self.byte_length} bytes, got {len(data)}")
        return self.unpack(int.from_bytes(data, byteorder))  # type: ignore[arg-type]

    def describe(self, word: int) -> str:
        """``name=value`` pairs, most significant field first."""
        values = self.unpack(word)
        return " ".join(f"{name}={values[name]}" for name in reversed(self.names))

    def __repr__(self) -> str:
        parts = ", ".join(f"{field.name}:{'s' if field.signed else 'u'}{field.width}" for field in self._fields)
        return f"BitLayout({parts}; width={self._width})"
