"""Univariate polynomials with real (or exact rational) coefficients.

Coefficients are stored in ascending order of power: ``Polynomial([1, 0, 3])``
is ``3x^2 + 1``.  Arithmetic preserves the numeric type of the coefficients,
so polynomials built from :class:`fractions.Fraction` stay exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from numbers import Number
from typing import Iterable, Sequence

__all__ = [
    "ConvergenceError",
    "NewtonResult",
    "Polynomial",
    "PolynomialError",
    "lagrange_interpolate",
    "newton_root",
]


class PolynomialError(ValueError):
    """Raised for invalid polynomial operations or inputs."""


class ConvergenceError(PolynomialError):
    """Raised when an iterative method does not reach the requested tolerance."""

    def __init__(self, message: str, last_estimate: float, iterations: int) -> None:
        super().__init__(message)
        self.last_estimate = last_estimate
        self.iterations = iterations


def _is_scalar(value: object) -> bool:
    return isinstance(value, Number) and not isinstance(value, bool)


class Polynomial:
    """An immutable polynomial ``c0 + c1*x + c2*x^2 + ...``."""

    __slots__ = ("_coeffs",)

    def __init__(self, coefficients: Iterable[Number] = ()) -> None:
        coeffs = list(coefficients)
        for c in coeffs:
            if not _is_scalar(c):
                raise TypeError(f"coefficients must be numbers, got {c!r}")
        while coeffs and coeffs[-1] == 0:
            coeffs.pop()
        self._coeffs = tuple(coeffs)

    @classmethod
    def monomial(cls, degree: int, coefficient: Number = 1) -> "Polynomial":
        if degree < 0:
            raise PolynomialError("degree must be non-negative")
        return cls([0] * degree + [coefficient])

    @classmethod
    def from_roots(cls, roots: Iterable[Number]) -> "Polynomial":
        """The monic polynomial whose roots are exactly ``roots`` (with multiplicity)."""
        result = cls([1])
        for r in roots:
            result = result * cls([-r, 1])
        return result

    @property
    def coefficients(self) -> tuple[Number, ...]:
        return self._coeffs

    @property
    def degree(self) -> int:
        """Degree of the polynomial; -1 for the zero polynomial."""
        return len(self._coeffs) - 1

    @property
    def leading_coefficient(self) -> Number:
        return self._coeffs[-1] if self._coeffs else 0

    def is_zero(self) -> bool:
        return not self._coeffs

    def __call__(self, x: Number) -> Number:
        """Evaluate at ``x`` using Horner's scheme."""
        result: Number = 0
        for c in reversed(self._coeffs):
            result = result * x + c
        return result

    def evaluate_many(self, xs: Iterable[Number]) -> list[Number]:
        return [self(x) for x in xs]

    @staticmethod
    def _coerce(other: object) -> "Polynomial | None":
        if isinstance(other, Polynomial):
            return other
        if _is_scalar(other):
            return Polynomial([other])
        return None

    def __eq__(self, other: object) -> bool:
        poly = self._coerce(other)
        if poly is None:
            return NotImplemented
        return self._coeffs == poly._coeffs

    def __hash__(self) -> int:
        return hash(self._coeffs)

    def __add__(self, other: object) -> "Polynomial":
        poly = self._coerce(other)
        if poly is None:
            return NotImplemented
        size = max(len(self._coeffs), len(poly._coeffs))
        a = self._coeffs + (0,) * (size - len(self._coeffs))
        b = poly._coeffs + (0,) * (size - len(poly._coeffs))
        return Polynomial(x + y for x, y in zip(a, b))

    __radd__ = __add__

    def __neg__(self) -> "Polynomial":
        return Polynomial(-c for c in self._coeffs)

    def __sub__(self, other: object) -> "Polynomial":
        poly = self._coerce(other)
        if poly is None:
            return NotImplemented
        return self + (-poly)

    def __rsub__(self, other: object) -> "Polynomial":
        poly = self._coerce(other)
        if poly is None:
            return NotImplemented
        return poly + (-self)

    def __mul__(self, other: object) -> "Polynomial":
        poly = self._coerce(other)
        if poly is None:
            return NotImplemented
        if self.is_zero() or poly.is_zero():
            return Polynomial()
        product: list[Number] = [0] * (len(self._coeffs) + len(poly._coeffs) - 1)
        for i, a in enumerate(self._coeffs):
            for j, b in enumerate(poly._coeffs):
                product[i + j] += a * b
        return Polynomial(product)

    __rmul__ = __mul__

    def __pow__(self, exponent: int) -> "Polynomial":
        if not isinstance(exponent, int) or exponent < 0:
            raise PolynomialError("exponent must be a non-negative integer")
        result = Polynomial([1])
        base = self
        while exponent:
            if exponent & 1:
                result = result * base
            base = base * base
            exponent >>= 1
        return result

    def __divmod__(self, other: object) -> tuple["Polynomial", "Polynomial"]:
        """Long division: returns ``(quotient, remainder)`` with deg(remainder) < deg(divisor)."""
        divisor = self._coerce(other)
        if divisor is None:
            return NotImplemented
        if divisor.is_zero():
            raise ZeroDivisionError("polynomial division by zero")
        remainder = list(self._coeffs)
        shift_count = len(remainder) - len(divisor._coeffs)
        if shift_count < 0:
            return Polynomial(), self
        quotient: list[Number] = [0] * (shift_count + 1)
        lead = divisor.leading_coefficient
        for shift in range(shift_count, -1, -1):
            factor = remainder[shift + divisor.degree] / lead
            quotient[shift] = factor
            for i, c in enumerate(divisor._coeffs):
                remainder[shift + i] -= factor * c
        return Polynomial(quotient), Polynomial(remainder[: divisor.degree])

    def __floordiv__(self, other: object) -> "Polynomial":
        return divmod(self, other)[0]

    def __mod__(self, other: object) -> "Polynomial":
        return divmod(self, other)[1]

    def derivative(self, order: int = 1) -> "Polynomial":
        if order < 0:
            raise PolynomialError("derivative order must be non-negative")
        coeffs = list(self._coeffs)
        for _ in range(order):
            coeffs = [power * c for power, c in enumerate(coeffs)][1:]
        return Polynomial(coeffs)

    def integral(self, constant: Number = 0) -> "Polynomial":
        """Antiderivative whose value at zero is ``constant``."""
        return Polynomial([constant] + [c / (power + 1) for power, c in enumerate(self._coeffs)])

    def definite_integral(self, lower: Number, upper: Number) -> Number:
        antiderivative = self.integral()
        return antiderivative(upper) - antiderivative(lower)

    def compose(self, inner: "Polynomial") -> "Polynomial":
        """``self(inner(x))`` evaluated with Horner's scheme over polynomials."""
        result = Polynomial()
        for c in reversed(self._coeffs):
            result = result * inner + c
        return result

    def __repr__(self) -> str:
        return f"Polynomial({list(self._coeffs)!r})"

    def format(self, variable: str = "x") -> str:
        """Human-readable form, highest power first, e.g. ``3x^2 - x + 0.5``."""
        if not self._coeffs:
            return "0"
        terms: list[str] = []
        for power in range(self.degree, -1, -1):
            c = self._coeffs[power]
            if c == 0:
                continue
            negative = c < 0
            magnitude = -c if negative else c
            text = f"{magnitude:g}" if isinstance(magnitude, float) else str(magnitude)
            if power > 0 and magnitude == 1:
                text = ""
            if power == 1:
                text += variable
            elif power > 1:
                text += f"{variable}^{power}"
            if not terms:
                terms.append(f"-{text}" if negative else text)
            else:
                terms.append(f"- {text}" if negative else f"+ {text}")
        return " ".join(terms)

    def __str__(self) -> str:
        return self.format()


@dataclass(frozen=True)
class NewtonResult:
    root: float
    iterations: int
    residual: float


def newton_root(
    poly: Polynomial,
    x0: float,
    tolerance: float = 1e-12,
    max_iterations: int = 50,
) -> NewtonResult:
    """Find a root of ``poly`` by Newton's method starting from ``x0``."""
    if tolerance <= 0:
        raise PolynomialError("tolerance must be positive")
    if max_iterations < 1:
        raise PolynomialError("max_iterations must be at least 1")
    if poly.degree < 1:
        raise PolynomialError("Newton's method needs a polynomial of degree at least 1")
    slope_poly = poly.derivative()
    x = float(x0)
    for iteration in range(1, max_iterations + 1):
        value = poly(x)
        if value == 0:
            return NewtonResult(x, iteration - 1, 0.0)
        slope = slope_poly(x)
        if slope == 0:
            raise ConvergenceError(f"zero derivative at x={x}", x, iteration - 1)
        step = value / slope
        x -= step
        if abs(step) <= tolerance * max(1.0, abs(x)):
            return NewtonResult(x, iteration, abs(poly(x)))
    raise ConvergenceError(
        f"no convergence after {max_iterations} iterations", x, max_iterations
    )


def lagrange_interpolate(points: Sequence[tuple[Number, Number]]) -> Polynomial:
    """The unique polynomial of degree < n through ``n`` points with distinct x values."""
    if not points:
        raise PolynomialError("at least one point is required")
    xs = [x for x, _ in points]
    if len(set(xs)) != len(xs):
        raise PolynomialError("interpolation points must have distinct x values")
    result = Polynomial()
    for i, (xi, yi) in enumerate(points):
        basis = Polynomial([1])
        denominator: Number = 1
        for j, xj in enumerate(xs):
            if j != i:
                basis = basis * Polynomial([-xj, 1])
                denominator *= xi - xj
        result = result + basis * (yi / denominator)
    return result
