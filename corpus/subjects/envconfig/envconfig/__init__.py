"""Layered configuration loading with typed settings and masked secrets."""

from envconfig.casting import Secret, cast_bool, cast_list, parse_duration
from envconfig.errors import CastError, ConfigError, InvalidConfigError, MissingKeyError, SourceError
from envconfig.loader import Config, load
from envconfig.spec import Setting, Spec
from envconfig.sources import EnvSource, MappingSource

__all__ = [
    "CastError",
    "Config",
    "ConfigError",
    "EnvSource",
    "InvalidConfigError",
    "MappingSource",
    "MissingKeyError",
    "Secret",
    "Setting",
    "SourceError",
    "Spec",
    "cast_bool",
    "cast_list",
    "load",
    "parse_duration",
]
