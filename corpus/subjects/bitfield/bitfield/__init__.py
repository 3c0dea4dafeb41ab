"""Bit sets, named bit flags and a packer for fixed-width integer fields."""
from .bitset import BitSet
from .errors import (
    BitfieldError,
    BitIndexError,
    FieldDefinitionError,
    FieldValueError,
    SizeMismatchError,
    UnknownFieldError,
)
from .flags import FlagSet
from .packer import BitLayout, Field

__all__ = [
    "BitIndexError",
    "BitLayout",
    "BitSet",
    "BitfieldError",
    "Field",
    "FieldDefinitionError",
    "FieldValueError",
    "FlagSet",
    "SizeMismatchError",
    "UnknownFieldError",
]
