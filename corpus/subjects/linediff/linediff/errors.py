"""Exceptions raised by linediff."""

from typing import Optional


class DiffError(Exception):
    """Base class for all linediff errors."""


class PatchParseError(DiffError):
    """Raised when patch text is not a well-formed unified diff."""

    def __init__(self, message: str, line_number: Optional[int] = None) -> None:
        self.line_number = line_number
        where = f"line {line_number}: " if line_number is not None else ""
        super().__init__(where + message)


class PatchConflictError(DiffError):
    """Raised when a hunk does not match the text it is applied to."""

    def __init__(self, hunk_index: int, line_number: int, expected: str,
                 found: Optional[str]) -> None:
        self.hunk_index = hunk_index
        self.line_number = line_number
        self.expected = expected
        self.found = found
        actual = "end of file" if found is None else repr(found)
        super().__init__(
            f"hunk #{hunk_index + 1} does not apply at line {line_number}: "
            f"expected {expected!r}, found {actual}"
        )
