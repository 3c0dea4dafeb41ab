"""Exceptions raised by inireader."""
from __future__ import annotations


class IniError(Exception):
    """Base class for all inireader errors."""


class ParseError(IniError):
    """The text is not valid INI; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class MissingSectionError(ParseError):
    """A key appeared before any section header."""


class DuplicateSectionError(ParseError):
    """A section header appeared twice."""


class DuplicateKeyError(ParseError):
    """A key appeared twice in one section."""


class NoSectionError(IniError):
    def __init__(self, section: str) -> None:
        super().__init__(f"no section {section!r}")
        self.section = section


class NoOptionError(IniError):
    def __init__(self, section: str, key: str) -> None:
        super().__init__(f"no option {key!r} in section {section!r}")
        self.section = section
        self.key = key


class InterpolationError(IniError):
    """A ``${...}`` reference could not be expanded."""


class InterpolationSyntaxError(InterpolationError):
    """Malformed ``$`` usage in a value."""


class InterpolationMissingError(InterpolationError):
    """A reference names a section or key that does not exist."""


class InterpolationCycleError(InterpolationError):
    """References form a cycle; ``chain`` lists the ``section:key`` names involved."""

    def __init__(self, chain: list[str]) -> None:
        super().__init__("interpolation cycle: " + " -> ".join(chain))
        self.chain = chain


class ConversionError(IniError, ValueError):
    """A value could not be converted to the requested type."""
