"""Exceptions raised while loading configuration."""

from __future__ import annotations


class ConfigError(Exception):
    """Base class for configuration problems."""


class CastError(ConfigError, ValueError):
    """A raw value could not be converted to the declared type."""


class SourceError(ConfigError):
    """A configuration source holds inconsistent keys."""


class MissingKeyError(ConfigError, KeyError):
    """A key was looked up that the configuration does not define."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "missing key"


class InvalidConfigError(ConfigError):
    """Loading found one or more invalid or missing settings."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(sorted(problems.items()))
        details = "; ".join(f"{key}: {message}" for key, message in self.problems.items())
        super().__init__(f"{len(self.problems)} invalid setting(s): {details}")
