"""Exact rational arithmetic implemented from first principles.

:class:`Rational` values are always stored in lowest terms with a positive
denominator.  They interoperate with ``int`` exactly and with ``float`` by
falling back to floating point, mirroring the behaviour of the numeric tower.
"""

from __future__ import annotations

import math
import operator
import sys
from typing import Callable, Iterable, Iterator, Union

__all__ = ["Rational", "RationalParseError", "gcd"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

IntoRational = Union["Rational", int]


class RationalParseError(ValueError):
    """Raised when a string cannot be parsed as a rational number."""


def gcd(a: int, b: int) -> int:
    """Greatest common divisor by Euclid's algorithm; always non-negative."""
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _parse_int(text: str, original: str) -> int:
    body = text[1:] if text[:1] in ("+", "-") else text
    if not body.isdigit() or not body.isascii():
        raise RationalParseError(f"invalid rational literal {original!r}")
    return int(text)


class Rational:
    """An exact fraction ``numerator / denominator``."""

    __slots__ = ("_num", "_den")

    def __init__(self, numerator: IntoRational = 0, denominator: IntoRational = 1) -> None:
        num, den = self._split(numerator), self._split(denominator)
        top = num[0] * den[1]
        bottom = num[1] * den[0]
        if bottom == 0:
            raise ZeroDivisionError(f"Rational({top}, 0)")
        if bottom < 0:
            top, bottom = -top, -bottom
        divisor = gcd(top, bottom)
        self._num = top // divisor
        self._den = bottom // divisor

    @staticmethod
    def _split(value: object) -> tuple[int, int]:
        if isinstance(value, Rational):
            return value._num, value._den
        if isinstance(value, int) and not isinstance(value, bool):
            return value, 1
        raise TypeError(f"Rational components must be int or Rational, got {value!r}")

    @property
    def numerator(self) -> int:
        return self._num

    @property
    def denominator(self) -> int:
        return self._den

    @classmethod
    def from_float(cls, value: float) -> "Rational":
        """The exact value of a binary float."""
        if isinstance(value, int):
            return cls(value)
        if not isinstance(value, float):
            raise TypeError(f"expected a float, got {value!r}")
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"cannot convert {value} to Rational")
        mantissa, exponent = math.frexp(value)
        digits = int(mantissa * (1 << 53))
        exponent -= 53
        if exponent >= 0:
            return cls(digits << exponent)
        return cls(digits, 1 << -exponent)

    @classmethod
    def from_string(cls, text: str) -> "Rational":
        """Parse ``"3/4"``, ``"-12"``, ``"0.125"``, ``"1.5e-3"`` or ``".5"``."""
        stripped = text.strip()
        if not stripped:
            raise RationalParseError("empty string is not a rational number")
        if "/" in stripped:
            top, _, bottom = stripped.partition("/")
            return cls(_parse_int(top.strip(), text), _parse_int(bottom.strip(), text))
        mantissa, exponent = stripped, 0
        marker = stripped.lower().find("e")
        if marker >= 0:
            mantissa = stripped[:marker]
            exponent = _parse_int(stripped[marker + 1:], text)
        sign = 1
        if mantissa[:1] in ("+", "-"):
            sign = -1 if mantissa[0] == "-" else 1
            mantissa = mantissa[1:]
        whole, _, fraction = mantissa.partition(".")
        combined = whole + fraction
        if not (combined.isdigit() and combined.isascii()):
            raise RationalParseError(f"invalid rational literal {text!r}")
        digits = int(combined)
        scale = exponent - len(fraction)
        if scale >= 0:
            return cls(sign * digits * 10 ** scale)
        return cls(sign * digits, 10 ** -scale)

    @classmethod
    def from_continued_fraction(cls, terms: Iterable[int]) -> "Rational":
        """Rebuild ``[a0; a1, a2, ...]``."""
        items = list(terms)
        if not items:
            raise ValueError("a continued fraction needs at least one term")
        result = cls(items[-1])
        for term in reversed(items[:-1]):
            result = term + 1 / result
        return result

    def continued_fraction(self) -> list[int]:
        """Terms ``[a0; a1, ...]`` with floor division, so only ``a0`` can be negative."""
        terms: list[int] = []
        num, den = self._num, self._den
        while den:
            whole, rest = divmod(num, den)
            terms.append(whole)
            num, den = den, rest
        return terms

    def convergents(self) -> Iterator["Rational"]:
        """Successive best approximations from the continued fraction."""
        prev_num, num = 0, 1
        prev_den, den = 1, 0
        for term in self.continued_fraction():
            prev_num, num = num, term * num + prev_num
            prev_den, den = den, term * den + prev_den
            yield Rational(num, den)

    def limit_denominator(self, max_denominator: int = 1_000_000) -> "Rational":
        """The closest rational with denominator at most ``max_denominator``."""
        if max_denominator < 1:
            raise ValueError("max_denominator must be at least 1")
        if self._den <= max_denominator:
            return self
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._num, self._den
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        lower = Rational(p0 + k * p1, q0 + k * q1)
        upper = Rational(p1, q1)
        if abs(upper - self) <= abs(lower - self):
            return upper
        return lower

    def __repr__(self) -> str:
        return f"Rational({self._num}, {self._den})"

    def __str__(self) -> str:
        return str(self._num) if self._den == 1 else f"{self._num}/{self._den}"

    def to_mixed(self) -> str:
        """Mixed-number form such as ``"-2 1/3"``."""
        whole, rest = divmod(abs(self._num), self._den)
        sign = "-" if self._num < 0 else ""
        if rest == 0:
            return f"{sign}{whole}"
        if whole == 0:
            return f"{sign}{rest}/{self._den}"
        return f"{sign}{whole} {rest}/{self._den}"

    def to_decimal(self) -> str:
        """Exact decimal expansion with a repeating block in parentheses: ``1/6 -> 0.1(6)``."""
        whole, rest = divmod(abs(self._num), self._den)
        sign = "-" if self._num < 0 else ""
        if rest == 0:
            return f"{sign}{whole}"
        digits: list[str] = []
        seen: dict[int, int] = {}
        while rest and rest not in seen:
            seen[rest] = len(digits)
            rest *= 10
            digits.append(str(rest // self._den))
            rest %= self._den
        if rest:
            start = seen[rest]
            fraction = "".join(digits[:start]) + "(" + "".join(digits[start:]) + ")"
        else:
            fraction = "".join(digits)
        return f"{sign}{whole}.{fraction}"

    def __float__(self) -> float:
        return self._num / self._den

    def __int__(self) -> int:
        return -(-self._num // self._den) if self._num < 0 else self._num // self._den

    def __floor__(self) -> int:
        return self._num // self._den

    def __ceil__(self) -> int:
        return -(-self._num // self._den)

    def __round__(self, ndigits: int | None = None) -> "int | Rational":
        """Round half to even, like the built-in numeric types."""
        if ndigits is None:
            floor, remainder = divmod(self._num, self._den)
            twice = remainder * 2
            if twice < self._den or (twice == self._den and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        scaled = self * shift if ndigits > 0 else self / shift
        rounded = round(scaled)
        return Rational(rounded, shift) if ndigits > 0 else Rational(rounded * shift)

    def __bool__(self) -> bool:
        return self._num != 0

    def __hash__(self) -> int:
        try:
            inverse = pow(self._den, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(abs(self._num)) * inverse % _HASH_MODULUS
        result = value if self._num >= 0 else -value
        return -2 if result == -1 else result

    @staticmethod
    def _coerce(other: object) -> "Rational | None":
        if isinstance(other, Rational):
            return other
        if isinstance(other, int) and not isinstance(other, bool):
            return Rational(other)
        return None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False
            return self == Rational.from_float(other)
        value = self._coerce(other)
        if value is None:
            return NotImplemented
        return self._num == value._num and self._den == value._den

    def _compare(self, other: object, test: Callable[[int, float], bool]) -> bool:
        if isinstance(other, float):
            if math.isnan(other):
                return False
            if math.isinf(other):
                return test(0, other)
            other = Rational.from_float(other)
        value = self._coerce(other)
        if value is None:
            return NotImplemented
        return test(self._num * value._den, value._num * self._den)

    def __lt__(self, other: object) -> bool:
        return self._compare(other, operator.lt)

    def __le__(self, other: object) -> bool:
        return self._compare(other, operator.le)

    def __gt__(self, other: object) -> bool:
        return self._compare(other, operator.gt)

    def __ge__(self, other: object) -> bool:
        return self._compare(other, operator.ge)

    def _binary(self, other: object, exact, inexact, reflected: bool = False):
        if isinstance(other, float):
            a, b = (other, float(self)) if reflected else (float(self), other)
            return inexact(a, b)
        value = self._coerce(other)
        if value is None:
            return NotImplemented
        return exact(value, self) if reflected else exact(self, value)

    @staticmethod
    def _add(a: "Rational", b: "Rational") -> "Rational":
        return Rational(a._num * b._den + b._num * a._den, a._den * b._den)

    @staticmethod
    def _sub(a: "Rational", b: "Rational") -> "Rational":
        return Rational(a._num * b._den - b._num * a._den, a._den * b._den)

    @staticmethod
    def _mul(a: "Rational", b: "Rational") -> "Rational":
        return Rational(a._num * b._num, a._den * b._den)

    @staticmethod
    def _div(a: "Rational", b: "Rational") -> "Rational":
        if b._num == 0:
            raise ZeroDivisionError("division by zero")
        return Rational(a._num * b._den, a._den * b._num)

    @staticmethod
    def _floordiv(a: "Rational", b: "Rational") -> int:
        if b._num == 0:
            raise ZeroDivisionError("integer division by zero")
        return (a._num * b._den) // (a._den * b._num)

    @staticmethod
    def _mod(a: "Rational", b: "Rational") -> "Rational":
        return a - b * Rational._floordiv(a, b)

    def __add__(self, other: object):
        return self._binary(other, self._add, lambda a, b: a + b)

    def __radd__(self, other: object):
        return self._binary(other, self._add, lambda a, b: a + b, True)

    def __sub__(self, other: object):
        return self._binary(other, self._sub, lambda a, b: a - b)

    def __rsub__(self, other: object):
        return self._binary(other, self._sub, lambda a, b: a - b, True)

    def __mul__(self, other: object):
        return self._binary(other, self._mul, lambda a, b: a * b)

    def __rmul__(self, other: object):
        return self._binary(other, self._mul, lambda a, b: a * b, True)

    def __truediv__(self, other: object):
        return self._binary(other, self._div, lambda a, b: a / b)

    def __rtruediv__(self, other: object):
        return self._binary(other, self._div, lambda a, b: a / b, True)

    def __floordiv__(self, other: object):
        return self._binary(other, self._floordiv, lambda a, b: a // b)

    def __rfloordiv__(self, other: object):
        return self._binary(other, self._floordiv, lambda a, b: a // b, True)

    def __mod__(self, other: object):
        return self._binary(other, self._mod, lambda a, b: a % b)

    def __rmod__(self, other: object):
        return self._binary(other, self._mod, lambda a, b: a % b, True)


    def __divmod__(self, other):
        return (self // other, self % other)

    def __pow__(self, exponent: object) -> "Rational | float":
        if isinstance(exponent, int) and not isinstance(exponent, bool):
            if exponent >= 0:
                return Rational(self._num ** exponent, self._den ** exponent)
            if self._num == 0:
                raise ZeroDivisionError("zero cannot be raised to a negative power")
            return Rational(self._den ** -exponent, self._num ** -exponent)
        if isinstance(exponent, Rational) and exponent._den == 1:
            return self ** exponent._num
        if isinstance(exponent, (float, Rational)):
            return float(self) ** float(exponent)
        return NotImplemented

    def __rpow__(self, base: object) -> "Rational | float":
        if self._den == 1 and isinstance(base, int) and not isinstance(base, bool):
            return Rational(base) ** self._num
        if isinstance(base, (int, float)) and not isinstance(base, bool):
            return base ** float(self)
        return NotImplemented

    def __neg__(self) -> "Rational":
        return Rational(-self._num, self._den)

    def __pos__(self) -> "Rational":
        return self

    def __abs__(self) -> "Rational":
        return Rational(abs(self._num), self._den)
