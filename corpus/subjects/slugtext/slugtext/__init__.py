"""Slugs, transliteration, English inflection and case conversion."""

from .cases import (
    SMALL_WORDS,
    humanize,
    split_words,
    to_camel,
    to_constant,
    to_kebab,
    to_pascal,
    to_snake,
    to_title,
)
from .errors import InflectionError, SlugError, SlugTextError
from .plurals import DEFAULT_INFLECTOR, Inflector, pluralize, quantify, singularize
from .slugs import Slugifier, slugify, unique_slug
from .translit import DEFAULT_TABLE, extend_table, transliterate, transliterate_char

__all__ = [
    "DEFAULT_INFLECTOR", "DEFAULT_TABLE", "InflectionError", "Inflector", "SMALL_WORDS",
    "SlugError", "SlugTextError", "Slugifier", "extend_table", "humanize", "pluralize",
    "quantify", "singularize", "slugify", "split_words", "to_camel", "to_constant",
    "to_kebab", "to_pascal", "to_snake", "to_title", "transliterate", "transliterate_char",
    "unique_slug",
]
