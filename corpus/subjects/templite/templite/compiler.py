"""Turns tokens into the node tree, reporting unbalanced or unknown tags."""
from __future__ import annotations

import re
from typing import Any, Callable, Mapping

from .errors import TemplateSyntaxError
from .expressions import parse_expression
from .lexer import Token, TokenType, iter_tokens
from .nodes import For, If, Output, Text

FOR_HEADER = re.compile(r"([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s+in\s+(.+)", re.DOTALL)
BRANCH_TAGS = frozenset({"elif", "else", "endif", "endfor"})


class Compiler:
    def __init__(self, source: str, filters: Mapping[str, Callable[..., Any]]) -> None:
        self.tokens = list(iter_tokens(source))
        self.position = 0
        self.filters = filters

    def compile(self) -> tuple[Any, ...]:
        return self._body(frozenset())[0]

    def _expression(self, source: str, line: int) -> Any:
        return parse_expression(source, line, self.filters)

    def _body(self, stop: frozenset[str]) -> tuple[tuple[Any, ...], str | None, Token | None]:
        nodes: list[Any] = []
        while self.position < len(self.tokens):
            token = self.tokens[self.position]
            self.position += 1
            if token.type is TokenType.TEXT:
                nodes.append(Text(token.content))
            elif token.type is TokenType.OUTPUT:
                nodes.append(Output(self._expression(token.content, token.line), token.line))
            elif token.type is TokenType.BLOCK:
                keyword, _, rest = token.content.partition(" ")
                if keyword in stop:
                    return tuple(nodes), keyword, token
                if keyword == "if":
                    nodes.append(self._if(token, rest))
                elif keyword == "for":
                    nodes.append(self._for(token, rest))
                elif keyword in BRANCH_TAGS:
                    raise TemplateSyntaxError(f"unexpected '{keyword}'", token.line)
                else:
                    raise TemplateSyntaxError(f"unknown tag '{keyword or token.content}'", token.line)
        return tuple(nodes), None, None

    @staticmethod
    def _no_arguments(token: Token, keyword: str) -> None:
        if token.content != keyword:
            raise TemplateSyntaxError(f"'{keyword}' takes no arguments", token.line)

    def _if(self, opening: Token, condition_source: str) -> If:
        branches: list[tuple[Any, tuple[Any, ...]]] = []
        condition = self._expression(condition_source, opening.line)
        while True:
            body, end, token = self._body(frozenset({"elif", "else", "endif"}))
            if token is None:
                raise TemplateSyntaxError(f"unclosed 'if' block opened at line {opening.line}", opening.line)
            branches.append((condition, body))
            if end == "elif":
                condition = self._expression(token.content[4:], token.line)
                continue
            if end == "endif":
                self._no_arguments(token, "endif")
                return If(tuple(branches), ())
            self._no_arguments(token, "else")
            otherwise, _, closing = self._body(frozenset({"endif"}))
            if closing is None:
                raise TemplateSyntaxError(f"unclosed 'if' block opened at line {opening.line}", opening.line)
            self._no_arguments(closing, "endif")
            return If(tuple(branches), otherwise)

    def _for(self, opening: Token, header: str) -> For:
        match = FOR_HEADER.fullmatch(header.strip())
        if match is None:
            raise TemplateSyntaxError("expected 'for name in expression'", opening.line)
        first, second, iterable_source = match.groups()
        targets = (first, second) if second else (first,)
        if "loop" in targets or first == second:
            raise TemplateSyntaxError(f"invalid loop variable names: {', '.join(targets)}", opening.line)
        iterable = self._expression(iterable_source, opening.line)
        body, end, token = self._body(frozenset({"else", "endfor"}))
        otherwise: tuple[Any, ...] = ()
        if token is not None and end == "else":
            self._no_arguments(token, "else")
            otherwise, end, token = self._body(frozenset({"endfor"}))
        if token is None:
            raise TemplateSyntaxError(f"unclosed 'for' block opened at line {opening.line}", opening.line)
        self._no_arguments(token, "endfor")
        return For(targets, iterable, body, otherwise, opening.line)
