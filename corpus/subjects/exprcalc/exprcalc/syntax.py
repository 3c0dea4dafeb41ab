"""Recursive-descent parser producing the AST defined in :mod:`exprcalc.nodes`.

Grammar::

    statement := NAME '=' expression | expression
    expression := term (('+' | '-') term)*
    term       := unary (('*' | '/' | '%') unary)*
    unary      := ('+' | '-') unary | power
    power      := primary ('^' unary)?
    primary    := NUMBER | NAME | NAME '(' arguments? ')' | '(' expression ')'
"""
from __future__ import annotations

from .errors import ParseError
from .lexer import Token, TokenKind, tokenize
from .nodes import Assign, BinaryOp, Call, Name, Node, Number, UnaryOp

ADDITIVE = frozenset("+-")
MULTIPLICATIVE = frozenset("*/%")


class Parser:
    """Parses a single expression or assignment statement."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.index = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def _peek(self, offset: int = 1) -> Token:
        return self.tokens[min(self.index + offset, len(self.tokens) - 1)]

    def _advance(self) -> Token:
        token = self.current
        if token.kind is not TokenKind.END:
            self.index += 1
        return token

    def _at_operator(self, operators: frozenset[str] | str) -> bool:
        token = self.current
        return token.kind is TokenKind.OPERATOR and token.text in operators

    def _unexpected(self, token: Token) -> ParseError:
        if token.kind is TokenKind.END:
            return ParseError("Unexpected end of expression", token.position)
        return ParseError(f"Unexpected token {token.text!r}", token.position)

    def _finish(self, node: Node) -> Node:
        if self.current.kind is not TokenKind.END:
            raise self._unexpected(self.current)
        return node

    def parse_expression(self) -> Node:
        return self._finish(self._expression())

    def parse_statement(self) -> Node:
        if self.current.kind is TokenKind.NAME and self._peek().kind is TokenKind.ASSIGN:
            target = self._advance()
            self._advance()
            value = self._expression()
            return self._finish(Assign(target.text, value, target.position))
        return self.parse_expression()

    def _expression(self) -> Node:
        node = self._term()
        while self._at_operator(ADDITIVE):
            operator = self._advance()
            node = BinaryOp(operator.text, node, self._term(), operator.position)
        return node

    def _term(self) -> Node:
        node = self._unary()
        while self._at_operator(MULTIPLICATIVE):
            operator = self._advance()
            node = BinaryOp(operator.text, node, self._unary(), operator.position)
        return node

    def _unary(self) -> Node:
        if self._at_operator(ADDITIVE):
            operator = self._advance()
            return UnaryOp(operator.text, self._unary(), operator.position)
        return self._power()

    def _power(self) -> Node:
        base = self._primary()
        if self._at_operator("^"):
            operator = self._advance()
            return BinaryOp("^", base, self._unary(), operator.position)
        return base

    def _primary(self) -> Node:
        token = self.current
        if token.kind is TokenKind.NUMBER:
            self._advance()
            return Number(token.value, token.position)
        if token.kind is TokenKind.NAME:
            self._advance()
            if self.current.kind is TokenKind.LPAREN:
                return self._call(token)
            return Name(token.text, token.position)
        if token.kind is TokenKind.LPAREN:
            self._advance()
            node = self._expression()
            if self.current.kind is not TokenKind.RPAREN:
                raise ParseError("Expected ')' to close '('", self.current.position)
            self._advance()
            return node
        raise self._unexpected(token)

    def _call(self, name: Token) -> Call:
        self._advance()
        arguments: list[Node] = []
        if self.current.kind is not TokenKind.RPAREN:
            arguments.append(self._expression())
            while self.current.kind is TokenKind.COMMA:
                self._advance()
                arguments.append(self._expression())
        if self.current.kind is not TokenKind.RPAREN:
            raise ParseError(f"Expected ',' or ')' in call to {name.text!r}", self.current.position)
        self._advance()
        return Call(name.text, tuple(arguments), name.position)


def parse(source: str) -> Node:
    """Parse ``source`` as a single expression."""
    return Parser(source).parse_expression()


def parse_statement(source: str) -> Node:
    """Parse ``source`` as an assignment ``name = expression`` or an expression."""
    return Parser(source).parse_statement()
