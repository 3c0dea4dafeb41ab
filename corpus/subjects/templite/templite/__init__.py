"""A small template engine with filters, conditionals, loops and autoescaping."""
from .errors import TemplateError, TemplateRuntimeError, TemplateSyntaxError, UndefinedError
from .expressions import Undefined, parse_expression
from .filters import FILTERS, register
from .lexer import Token, TokenType, iter_tokens
from .markup import Markup, escape
from .template import Template, render

__all__ = [
    "FILTERS", "Markup", "Template", "TemplateError", "TemplateRuntimeError", "TemplateSyntaxError",
    "Token", "TokenType", "Undefined", "UndefinedError", "escape", "iter_tokens", "parse_expression",
    "register", "render",
]
