"""Units: a scale factor (and optional offset) relative to SI, plus a dimension."""

from __future__ import annotations

from dataclasses import dataclass

from .dimensions import DIMENSIONLESS, Dimension
from .errors import DimensionalityError, OffsetUnitError

PREFIXES: dict[str, float] = {
    "Y": 1e24,
    "Z": 1e21,
    "E": 1e18,
    "P": 1e15,
    "T": 1e12,
    "G": 1e9,
    "M": 1e6,
    "k": 1e3,
    "h": 1e2,
    "da": 1e1,
    "d": 1e-1,
    "c": 1e-2,
    "m": 1e-3,
    "µ": 1e-6,
    "u": 1e-6,
    "n": 1e-9,
    "p": 1e-12,
    "f": 1e-15,
    "a": 1e-18,
}


def _needs_parentheses(symbol: str, operators: str) -> bool:
    return any(op in symbol for op in operators)


@dataclass(frozen=True)
class Unit:
    """A unit converting to SI as ``si = value * factor + offset``."""

    symbol: str
    dimension: Dimension
    factor: float = 1.0
    offset: float = 0.0
    prefixable: bool = False

    def __post_init__(self) -> None:
        if not self.symbol:
            raise ValueError("unit symbol must not be empty")
        if self.factor <= 0:
            raise ValueError(f"unit factor must be positive, got {self.factor}")

    @property
    def has_offset(self) -> bool:
        return self.offset != 0

    @property
    def is_dimensionless(self) -> bool:
        return self.dimension.is_dimensionless

    def is_compatible(self, other: "Unit") -> bool:
        return self.dimension == other.dimension

    def is_equivalent(self, other: "Unit") -> bool:
        """Same dimension and same conversion to SI, regardless of symbol."""
        return (
            self.dimension == other.dimension
            and self.factor == other.factor
            and self.offset == other.offset
        )

    def with_prefix(self, prefix: str) -> "Unit":
        scale = PREFIXES[prefix]
        return Unit(prefix + self.symbol, self.dimension, self.factor * scale, self.offset)

    def to_si(self, value: float) -> float:
        return value * self.factor + self.offset

    def from_si(self, value: float) -> float:
        return (value - self.offset) / self.factor

    def conversion_to(self, other: "Unit") -> tuple[float, float]:
        """``(scale, shift)`` such that ``value_in_other = value * scale + shift``."""
        if not self.is_compatible(other):
            raise DimensionalityError(
                self.symbol, other.symbol, self.dimension.describe(), other.dimension.describe()
            )
        scale = self.factor / other.factor
        shift = (self.offset - other.offset) / other.factor
        return scale, shift

    def convert(self, value: float, other: "Unit") -> float:
        scale, shift = self.conversion_to(other)
        return value * scale + shift

    def _require_no_offset(self, operation: str) -> None:
        if self.has_offset:
            raise OffsetUnitError(f"cannot {operation} offset unit {self.symbol!r}")

    def __mul__(self, other: "Unit") -> "Unit":
        if not isinstance(other, Unit):
            return NotImplemented
        self._require_no_offset("multiply")
        other._require_no_offset("multiply")
        return Unit(
            f"{self.symbol}*{other.symbol}",
            self.dimension * other.dimension,
            self.factor * other.factor,
        )

    def __truediv__(self, other: "Unit") -> "Unit":
        if not isinstance(other, Unit):
            return NotImplemented
        self._require_no_offset("divide")
        other._require_no_offset("divide")
        right = f"({other.symbol})" if _needs_parentheses(other.symbol, "*/") else other.symbol
        return Unit(
            f"{self.symbol}/{right}",
            self.dimension / other.dimension,
            self.factor / other.factor,
        )

    def __pow__(self, power: int) -> "Unit":
        if isinstance(power, bool) or not isinstance(power, int):
            raise TypeError("units can only be raised to integer powers")
        self._require_no_offset("exponentiate")
        if power == 1:
            return self
        base = f"({self.symbol})" if _needs_parentheses(self.symbol, "*/^") else self.symbol
        return Unit(f"{base}^{power}", self.dimension ** power, self.factor ** power)

    def reciprocal(self) -> "Unit":
        return ONE / self

    def __str__(self) -> str:
        return self.symbol


ONE = Unit("1", DIMENSIONLESS)

_SI_SYMBOLS = ((1, "kg"), (0, "m"), (2, "s"), (3, "A"), (4, "K"), (5, "mol"), (6, "cd"))


def si_unit(dimension: Dimension) -> Unit:
    """The coherent SI unit for ``dimension``, e.g. ``kg*m/s^2`` for force."""
    numerator, denominator = [], []
    for index, symbol in _SI_SYMBOLS:
        power = dimension.exponents[index]
        if power == 0:
            continue
        target = numerator if power > 0 else denominator
        magnitude = abs(power)
        target.append(symbol if magnitude == 1 else f"{symbol}^{magnitude}")
    if not numerator and not denominator:
        return ONE
    text = "*".join(numerator) or "1"
    if denominator:
        tail = "*".join(denominator)
        text += f"/({tail})" if len(denominator) > 1 else f"/{tail}"
    return Unit(text, dimension)
