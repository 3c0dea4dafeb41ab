"""JSONPath-like queries over nested dicts and lists."""
from .errors import JSONPathError, JSONPathSyntaxError
from .lexer import Kind, Token, tokenize
from .predicates import NOTHING, compare, values_equal
from .query import JSONPath, compile_path, query
from .segments import Node, slice_indices
from .syntax import parse

__all__ = [
    "JSONPath", "JSONPathError", "JSONPathSyntaxError", "Kind", "NOTHING", "Node", "Token",
    "compare", "compile_path", "parse", "query", "slice_indices", "tokenize", "values_equal",
]
