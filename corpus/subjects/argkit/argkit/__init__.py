"""A compact command-line argument parser."""

from argkit.errors import ArgumentError, HelpRequested, SpecError
from argkit.parsing import Parser, ParseResult
from argkit.spec import Option, Positional

__all__ = ["ArgumentError", "HelpRequested", "Option", "ParseResult", "Parser", "Positional", "SpecError"]
