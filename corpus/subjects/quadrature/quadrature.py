"""Numerical integration and scalar root finding.

Integration: composite trapezoid and Simpson rules, Romberg extrapolation and
adaptive Simpson with an absolute tolerance.  Root finding: bisection, the
secant method and a Brent-style hybrid of bisection, secant and inverse
quadratic interpolation.  Every iterative routine has an iteration limit and
raises :class:`ConvergenceError` rather than returning a poor answer.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from typing import Callable, Sequence

Function = Callable[[float], float]

_EPS = sys.float_info.epsilon

__all__ = [
    "BracketError",
    "ConvergenceError",
    "IntegrationResult",
    "QuadratureError",
    "RootResult",
    "adaptive_simpson",
    "bisection",
    "brent",
    "expand_bracket",
    "romberg",
    "secant",
    "simpson",
    "trapezoid",
    "trapezoid_samples",
]


class QuadratureError(ValueError):
    """Base class for errors raised by this module."""


class ConvergenceError(QuadratureError):
    """An iterative method hit its limit before meeting the tolerance."""

    def __init__(self, message: str, estimate: float, iterations: int) -> None:
        super().__init__(message)
        self.estimate = estimate
        self.iterations = iterations


class BracketError(QuadratureError):
    """The interval does not bracket a sign change of the function."""


class _Counted:
    """Wraps a function and counts how many times it is evaluated."""

    def __init__(self, func: Function) -> None:
        self.func = func
        self.calls = 0

    def __call__(self, x: float) -> float:
        self.calls += 1
        value = float(self.func(x))
        if math.isnan(value):
            raise QuadratureError(f"function returned NaN at x={x}")
        return value


@dataclass(frozen=True)
class IntegrationResult:
    value: float
    error_estimate: float
    evaluations: int


@dataclass(frozen=True)
class RootResult:
    root: float
    iterations: int
    evaluations: int
    method: str


def _check_positive(name: str, value: float) -> None:
    if value <= 0:
        raise QuadratureError(f"{name} must be positive, got {value}")


def trapezoid(func: Function, a: float, b: float, n: int = 100) -> float:
    """Composite trapezoid rule with ``n`` equal panels."""
    if n < 1:
        raise QuadratureError("n must be at least 1")
    if a == b:
        return 0.0
    h = (b - a) / n
    interior = math.fsum(func(a + i * h) for i in range(1, n))
    return h * (0.5 * (func(a) + func(b)) + interior)


def simpson(func: Function, a: float, b: float, n: int = 100) -> float:
    """Composite Simpson rule; ``n`` must be a positive even number of panels."""
    if n < 2 or n % 2:
        raise QuadratureError("n must be an even number of at least 2")
    if a == b:
        return 0.0
    h = (b - a) / n
    odd = math.fsum(func(a + i * h) for i in range(1, n, 2))
    even = math.fsum(func(a + i * h) for i in range(2, n, 2))
    return h / 3 * (func(a) + func(b) + 4 * odd + 2 * even)


def trapezoid_samples(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Trapezoid rule over tabulated, possibly unevenly spaced samples."""
    if len(xs) != len(ys):
        raise QuadratureError(f"got {len(xs)} x values and {len(ys)} y values")
    if len(xs) < 2:
        raise QuadratureError("at least two samples are required")
    if any(x1 <= x0 for x0, x1 in zip(xs, xs[1:])):
        raise QuadratureError("x values must be strictly increasing")
    return math.fsum(
        (x1 - x0) * (y0 + y1) / 2 for x0, x1, y0, y1 in zip(xs, xs[1:], ys, ys[1:])
    )


def romberg(
    func: Function,
    a: float,
    b: float,
    tolerance: float = 1e-10,
    max_levels: int = 20,
) -> IntegrationResult:
    """Romberg integration: Richardson extrapolation of halved trapezoid rules."""
    _check_positive("tolerance", tolerance)
    f = _Counted(func)
    h = b - a
    previous = [0.5 * h * (f(a) + f(b))]
    for level in range(1, max_levels + 1):
        h /= 2
        midpoints = math.fsum(f(a + (2 * k - 1) * h) for k in range(1, 2 ** (level - 1) + 1))
        row = [0.5 * previous[0] + h * midpoints]
        for j in range(1, level + 1):
            factor = 4 ** j
            row.append(row[j - 1] + (row[j - 1] - previous[j - 1]) / (factor - 1))
        error = abs(row[-1] - previous[-1])
        if error <= tolerance:
            return IntegrationResult(row[-1], error, f.calls)
        previous = row
    raise ConvergenceError(
        f"romberg did not converge within {max_levels} levels", previous[-1], max_levels
    )


def _simpson_panel(fa: float, fm: float, fb: float, width: float) -> float:
    return width / 6 * (fa + 4 * fm + fb)


def adaptive_simpson(
    func: Function,
    a: float,
    b: float,
    tolerance: float = 1e-10,
    max_depth: int = 50,
) -> IntegrationResult:
    """Adaptive Simpson quadrature meeting an absolute ``tolerance``.

    Each interval is split until the two half-interval estimates agree with the
    whole-interval estimate to within ``15 * tol``; the Richardson term is added.
    """
    _check_positive("tolerance", tolerance)
    if a == b:
        return IntegrationResult(0.0, 0.0, 0)
    f = _Counted(func)
    fa, fb = f(a), f(b)
    m = (a + b) / 2
    fm = f(m)
    stack = [(a, b, fa, fm, fb, _simpson_panel(fa, fm, fb, b - a), tolerance, 0)]
    total = 0.0
    error = 0.0
    while stack:
        lo, hi, flo, fmid, fhi, whole, tol, depth = stack.pop()
        mid = (lo + hi) / 2
        left_mid, right_mid = (lo + mid) / 2, (mid + hi) / 2
        fl, fr = f(left_mid), f(right_mid)
        left = _simpson_panel(flo, fl, fmid, mid - lo)
        right = _simpson_panel(fmid, fr, fhi, hi - mid)
        delta = left + right - whole
        if abs(delta) <= 15 * tol:
            total += left + right + delta / 15
            error += abs(delta) / 15
            continue
        if depth >= max_depth:
            raise ConvergenceError(
                f"adaptive_simpson exceeded max_depth={max_depth} near x={mid}",
                total,
                depth,
            )
        stack.append((mid, hi, fmid, fr, fhi, right, tol / 2, depth + 1))
        stack.append((lo, mid, flo, fl, fmid, left, tol / 2, depth + 1))
    return IntegrationResult(total, error, f.calls)


def _bracket_values(f: _Counted, a: float, b: float) -> tuple[float, float]:
    if not a < b:
        raise BracketError(f"interval must satisfy a < b, got [{a}, {b}]")
    fa, fb = f(a), f(b)
    if fa * fb > 0:
        raise BracketError(
            f"f(a) and f(b) must have opposite signs, got f({a})={fa} and f({b})={fb}"
        )
    return fa, fb


def bisection(
    func: Function,
    a: float,
    b: float,
    xtol: float = 1e-12,
    max_iterations: int = 200,
) -> RootResult:
    """Halve the bracket until it is narrower than ``2 * xtol``."""
    _check_positive("xtol", xtol)
    f = _Counted(func)
    fa, fb = _bracket_values(f, a, b)
    if fa == 0:
        return RootResult(a, 0, f.calls, "bisection")
    if fb == 0:
        return RootResult(b, 0, f.calls, "bisection")
    for iteration in range(1, max_iterations + 1):
        mid = a + (b - a) / 2
        fmid = f(mid)
        if fmid == 0 or (b - a) / 2 < xtol:
            return RootResult(mid, iteration, f.calls, "bisection")
        if (fmid < 0) == (fa < 0):
            a, fa = mid, fmid
        else:
            b = mid
    raise ConvergenceError(
        f"bisection did not converge in {max_iterations} iterations", a + (b - a) / 2, max_iterations
    )


def secant(
    func: Function,
    x0: float,
    x1: float,
    xtol: float = 1e-12,
    max_iterations: int = 100,
) -> RootResult:
    """Secant iteration from two starting points (no bracket required)."""
    _check_positive("xtol", xtol)
    if x0 == x1:
        raise QuadratureError("secant needs two distinct starting points")
    f = _Counted(func)
    f0, f1 = f(x0), f(x1)
    for iteration in range(1, max_iterations + 1):
        if f1 == 0:
            return RootResult(x1, iteration - 1, f.calls, "secant")
        if f1 == f0:
            raise ConvergenceError(f"secant stalled: flat secant at x={x1}", x1, iteration - 1)
        x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x2 - x1) <= xtol * max(1.0, abs(x2)):
            return RootResult(x2, iteration, f.calls, "secant")
        x0, f0 = x1, f1
        x1, f1 = x2, f(x2)
    raise ConvergenceError(f"secant did not converge in {max_iterations} iterations", x1, max_iterations)


def brent(
    func: Function,
    a: float,
    b: float,
    xtol: float = 1e-12,
    max_iterations: int = 100,
) -> RootResult:
    """Brent's method: keeps a bracket, prefers interpolation, falls back to bisection."""
    _check_positive("xtol", xtol)
    f = _Counted(func)
    fa, fb = _bracket_values(f, a, b)
    if fa == 0:
        return RootResult(a, 0, f.calls, "brent")
    c, fc = a, fa
    d = e = b - a
    for iteration in range(1, max_iterations + 1):
        if (fb > 0 and fc > 0) or (fb < 0 and fc < 0):
            c, fc = a, fa
            d = e = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        tol = 2 * _EPS * abs(b) + 0.5 * xtol
        half = 0.5 * (c - b)
        if abs(half) <= tol or fb == 0:
            return RootResult(b, iteration - 1, f.calls, "brent")
        if abs(e) >= tol and abs(fa) > abs(fb):
            s = fb / fa
            if a == c:
                p = 2 * half * s
                q = 1 - s
            else:
                q, r = fa / fc, fb / fc
                p = s * (2 * half * q * (q - r) - (b - a) * (r - 1))
                q = (q - 1) * (r - 1) * (s - 1)
            if p > 0:
                q = -q
            p = abs(p)
            if 2 * p < min(3 * half * q - abs(tol * q), abs(e * q)):
                e, d = d, p / q
            else:
                d = e = half
        else:
            d = e = half
        a, fa = b, fb
        b += d if abs(d) > tol else math.copysign(tol, half)
        fb = f(b)
    raise ConvergenceError(f"brent did not converge in {max_iterations} iterations", b, max_iterations)


def expand_bracket(
    func: Function,
    a: float,
    b: float,
    factor: float = 1.6,
    max_expansions: int = 50,
) -> tuple[float, float]:
    """Grow ``[a, b]`` geometrically until the function changes sign across it."""
    if not a < b:
        raise BracketError(f"interval must satisfy a < b, got [{a}, {b}]")
    if factor <= 1:
        raise QuadratureError("factor must be greater than 1")
    fa, fb = func(a), func(b)
    for _ in range(max_expansions):
        if fa * fb <= 0:
            return a, b
        if abs(fa) < abs(fb):
            a += factor * (a - b)
            fa = func(a)
        else:
            b += factor * (b - a)
            fb = func(b)
    raise BracketError(f"no sign change found after {max_expansions} expansions")
