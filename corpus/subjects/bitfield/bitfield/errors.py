"""Exceptions raised by bitfield."""


class BitfieldError(Exception):
    """Base class for bitfield errors."""


class SizeMismatchError(BitfieldError, ValueError):
    """Raised when combining bit sets of different sizes."""


class BitIndexError(BitfieldError, IndexError):
    """Raised when a bit index or range lies outside a bit set."""


class FieldDefinitionError(BitfieldError, ValueError):
    """Raised when a field or flag definition is invalid."""


class FieldValueError(BitfieldError, ValueError):
    """Raised when a value does not fit in its field or a word in its layout."""


class UnknownFieldError(BitfieldError, KeyError):
    """Raised when a field or flag name is not defined."""
