"""Arithmetic expression tokenizer, parser and evaluator."""
from .errors import EvalError, ExprError, LexError, ParseError
from .evaluator import BUILTINS, CONSTANTS, Calculator, Evaluator, evaluate, round_half_away
from .lexer import Token, TokenKind, tokenize
from .nodes import Assign, BinaryOp, Call, Name, Number, UnaryOp, depth, free_variables, to_text
from .syntax import Parser, parse, parse_statement

__all__ = [
    "Assign",
    "BUILTINS",
    "BinaryOp",
    "CONSTANTS",
    "Calculator",
    "Call",
    "EvalError",
    "Evaluator",
    "ExprError",
    "LexError",
    "Name",
    "Number",
    "ParseError",
    "Parser",
    "Token",
    "TokenKind",
    "UnaryOp",
    "depth",
    "evaluate",
    "free_variables",
    "parse",
    "parse_statement",
    "round_half_away",
    "to_text",
    "tokenize",
]
