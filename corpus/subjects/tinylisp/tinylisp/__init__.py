"""A small Lisp interpreter with a reader, lexical environments and a printer."""
from .datatypes import Lambda, Primitive, Symbol, type_name
from .environment import Environment
from .errors import ArityError, FormError, LispError, LispTypeError, ReaderError, UnboundSymbolError
from .evaluator import Interpreter
from .printer import to_string
from .reader import read, read_all

__all__ = [
    "ArityError", "Environment", "FormError", "Interpreter", "Lambda", "LispError",
    "LispTypeError", "Primitive", "ReaderError", "Symbol", "UnboundSymbolError",
    "read", "read_all", "to_string", "type_name",
]
