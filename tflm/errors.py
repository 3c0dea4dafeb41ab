"""The one exception tree of tflm.

Every error a user can cause is a :class:`TflmError`. The CLI turns it into a message and an
exit status in exactly one place (``tflm.cli.main``); library code never prints or exits.
Subclasses also inherit the fitting builtin so callers can catch what they expect.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NOTHING_TO_LOCALIZE = 1
EXIT_USAGE = 2
EXIT_CANNOT_RUN = 3


class TflmError(Exception):
    """Base of all tflm errors. ``exit_status`` is what the CLI exits with."""

    exit_status: int = EXIT_CANNOT_RUN

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if self.hint is None else f"{self.message}\n{self.hint}"


class UsageError(TflmError, ValueError):
    """A bad option, path or argument: exit 2."""

    exit_status = EXIT_USAGE


class NothingToLocalize(TflmError):
    """The suite ran and no test failed: exit 1."""

    exit_status = EXIT_NOTHING_TO_LOCALIZE


class ProjectRunError(TflmError, RuntimeError):
    """The project could not be run (no tests, collection errors, no interpreter): exit 3."""

    exit_status = EXIT_CANNOT_RUN


class SourceError(TflmError, SyntaxError):
    """A project source file cannot be read or parsed: exit 3."""

    exit_status = EXIT_CANNOT_RUN


class ModelError(TflmError, ValueError):
    """A model file is missing, truncated, of another schema version or not a model: exit 3."""

    exit_status = EXIT_CANNOT_RUN


class NotFittedError(TflmError, AttributeError):
    """A model was used for inference before ``fit``."""

    exit_status = EXIT_CANNOT_RUN


class CorpusError(TflmError, ValueError):
    """A corpus, subject or import source is unusable: exit 3."""

    exit_status = EXIT_CANNOT_RUN
