"""INI configuration parsing with interpolation, typed getters and a round-tripping writer."""
from .conversion import to_bool, to_float, to_int, to_list
from .document import DEFAULT_SECTION, MISSING, Document, Entry, Section
from .errors import (
    ConversionError,
    DuplicateKeyError,
    DuplicateSectionError,
    IniError,
    InterpolationCycleError,
    InterpolationError,
    InterpolationMissingError,
    InterpolationSyntaxError,
    MissingSectionError,
    NoOptionError,
    NoSectionError,
    ParseError,
)
from .interpolation import Interpolator
from .loader import load, loads
from .writer import dump, dumps

__all__ = [
    "ConversionError", "DEFAULT_SECTION", "Document", "DuplicateKeyError", "DuplicateSectionError",
    "Entry", "IniError", "InterpolationCycleError", "InterpolationError", "InterpolationMissingError",
    "InterpolationSyntaxError", "Interpolator", "MISSING", "MissingSectionError", "NoOptionError",
    "NoSectionError", "ParseError", "Section", "dump", "dumps", "load", "loads",
    "to_bool", "to_float", "to_int", "to_list",
]
