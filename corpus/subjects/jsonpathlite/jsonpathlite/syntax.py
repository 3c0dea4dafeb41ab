"""Recursive-descent parser from tokens to segments and filter expressions."""
from __future__ import annotations

from typing import Any

from .errors import JSONPathSyntaxError
from .lexer import Kind, Token, tokenize
from .predicates import And, Comparison, Exists, FilterQuery, Literal, Not, Or
from .segments import FilterSelector, IndexSelector, NameSelector, Segment, SliceSelector, WildcardSelector

KEYWORDS = {"true": True, "false": False, "null": None}
LOGICAL = (Exists, Comparison, Not, And, Or)


class Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.index = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def _advance(self) -> Token:
        token = self.current
        if token.kind is not Kind.END:
            self.index += 1
        return token

    def _error(self, message: str, token: Token | None = None) -> JSONPathSyntaxError:
        return JSONPathSyntaxError(message, (token or self.current).position)

    def _describe(self, token: Token) -> str:
        return "end of query" if token.kind is Kind.END else repr(str(token.value))

    def _expect(self, kind: Kind, description: str) -> Token:
        if self.current.kind is not kind:
            raise self._error(f"expected {description}, found {self._describe(self.current)}")
        return self._advance()

    def parse(self) -> tuple[Segment, ...]:
        self._expect(Kind.ROOT, "'$'")
        segments = self._segments()
        if self.current.kind is not Kind.END:
            raise self._error(f"unexpected {self._describe(self.current)}")
        return segments

    def _segments(self) -> tuple[Segment, ...]:
        segments: list[Segment] = []
        while self.current.kind in (Kind.DOT, Kind.DESCENDANT, Kind.LBRACKET):
            token = self.current
            if token.kind is Kind.LBRACKET:
                segments.append(Segment(self._bracket()))
                continue
            self._advance()
            descendant = token.kind is Kind.DESCENDANT
            if self.current.kind is Kind.NAME:
                selectors: tuple[Any, ...] = (NameSelector(self._advance().value),)
            elif self.current.kind is Kind.STAR:
                self._advance()
                selectors = (WildcardSelector(),)
            elif descendant and self.current.kind is Kind.LBRACKET:
                selectors = self._bracket()
            else:
                raise self._error(f"expected a name or '*' after '{token.value}'")
            segments.append(Segment(selectors, descendant))
        return tuple(segments)

    def _bracket(self) -> tuple[Any, ...]:
        self._expect(Kind.LBRACKET, "'['")
        selectors = [self._selector()]
        while self.current.kind is Kind.COMMA:
            self._advance()
            selectors.append(self._selector())
        self._expect(Kind.RBRACKET, "']'")
        return tuple(selectors)

    def _selector(self) -> Any:
        token = self.current
        if token.kind is Kind.STRING:
            self._advance()
            return NameSelector(token.value)
        if token.kind is Kind.STAR:
            self._advance()
            return WildcardSelector()
        if token.kind is Kind.QUESTION:
            self._advance()
            return FilterSelector(self._logical())
        if token.kind in (Kind.INT, Kind.COLON):
            return self._index_or_slice()
        raise self._error(f"unexpected {self._describe(token)} in brackets")

    def _optional_int(self) -> int | None:
        if self.current.kind is Kind.INT:
            return self._advance().value
        return None

    def _index_or_slice(self) -> Any:
        start = self._optional_int()
        if self.current.kind is not Kind.COLON:
            return IndexSelector(start)
        self._advance()
        stop = self._optional_int()
        step = 1
        if self.current.kind is Kind.COLON:
            self._advance()
            step_token = self.current
            given = self._optional_int()
            if given == 0:
                raise self._error("slice step cannot be zero", step_token)
            step = 1 if given is None else given
        return SliceSelector(start, stop, step)

    def _logical(self) -> Any:
        expression = self._or()
        if not isinstance(expression, LOGICAL):
            raise self._error("filter must be a test or comparison")
        return expression

    def _or(self) -> Any:
        operands = [self._and()]
        while self.current.kind is Kind.OR:
            self._advance()
            operands.append(self._and())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def _and(self) -> Any:
        operands = [self._not()]
        while self.current.kind is Kind.AND:
            self._advance()
            operands.append(self._not())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def _not(self) -> Any:
        if self.current.kind is Kind.NOT:
            token = self._advance()
            operand = self._not()
            if not isinstance(operand, LOGICAL):
                raise self._error("'!' must be followed by a test", token)
            return Not(operand)
        return self._comparison()

    def _comparison(self) -> Any:
        start = self.current
        left = self._operand()
        if self.current.kind is Kind.COMPARE:
            operator = self._advance()
            right_start = self.current
            right = self._operand()
            for side, token in ((left, start), (right, right_start)):
                self._check_comparable(side, token)
            return Comparison(operator.value, left, right)
        if isinstance(left, FilterQuery):
            return Exists(left)
        return left

    def _check_comparable(self, operand: Any, token: Token) -> None:
        if isinstance(operand, FilterQuery) and not operand.is_singular:
            raise self._error("only singular queries can be compared", token)
        if isinstance(operand, LOGICAL):
            raise self._error("a test cannot be compared", token)

    def _operand(self) -> Any:
        token = self.current
        if token.kind is Kind.LPAREN:
            self._advance()
            expression = self._or()
            self._expect(Kind.RPAREN, "')'")
            return expression
        if token.kind in (Kind.CURRENT, Kind.ROOT):
            self._advance()
            return FilterQuery(token.kind is Kind.CURRENT, self._segments())
        if token.kind in (Kind.INT, Kind.NUMBER, Kind.STRING):
            self._advance()
            return Literal(token.value)
        if token.kind is Kind.NAME and token.value in KEYWORDS:
            self._advance()
            return Literal(KEYWORDS[token.value])
        raise self._error(f"unexpected {self._describe(token)} in filter")


def parse(source: str) -> tuple[Segment, ...]:
    return Parser(source).parse()
