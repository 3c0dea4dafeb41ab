"""Quantities: a magnitude paired with a unit, with dimension-checked arithmetic."""

from __future__ import annotations

import math
import operator
from numbers import Real
from typing import Callable

from .errors import DimensionalityError, OffsetUnitError
from .units import ONE, Unit, si_unit


def _is_number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


class Quantity:
    """An immutable physical quantity such as ``3.5 km/h``."""

    __slots__ = ("_magnitude", "_unit")
    __hash__ = None

    def __init__(self, magnitude: float, unit: Unit = ONE) -> None:
        if not _is_number(magnitude):
            raise TypeError(f"magnitude must be a real number, got {magnitude!r}")
        if not isinstance(unit, Unit):
            raise TypeError(f"unit must be a Unit, got {unit!r}")
        self._magnitude = magnitude
        self._unit = unit

    @property
    def magnitude(self) -> float:
        return self._magnitude

    @property
    def unit(self) -> Unit:
        return self._unit

    @property
    def dimension(self):
        return self._unit.dimension

    def to(self, target: Unit) -> "Quantity":
        """The same quantity expressed in ``target``."""
        return Quantity(self._unit.convert(self._magnitude, target), target)

    def to_si(self) -> "Quantity":
        return self.to(si_unit(self.dimension))

    def magnitude_in(self, target: Unit) -> float:
        return self._unit.convert(self._magnitude, target)

    def _coerce(self, other: object) -> "Quantity | None":
        if isinstance(other, Quantity):
            return other
        if _is_number(other):
            return Quantity(other, ONE)
        return None

    def _additive(self, other: object, op: Callable[[float, float], float], name: str) -> "Quantity":
        value = self._coerce(other)
        if value is None:
            return NotImplemented
        if self._unit.has_offset or value._unit.has_offset:
            raise OffsetUnitError(f"cannot {name} quantities in offset units; convert to an absolute scale first")
        if not self._unit.is_compatible(value._unit):
            raise DimensionalityError(
                value._unit.symbol,
                self._unit.symbol,
                value.dimension.describe(),
                self.dimension.describe(),
            )
        return Quantity(op(self._magnitude, value.magnitude_in(self._unit)), self._unit)

    def __add__(self, other: object) -> "Quantity":
        return self._additive(other, operator.add, "add")

    def __radd__(self, other: object) -> "Quantity":
        return self._additive(other, operator.add, "add")

    def __sub__(self, other: object) -> "Quantity":
        return self._additive(other, operator.sub, "subtract")

    def __rsub__(self, other: object) -> "Quantity":
        return -self._additive(other, operator.sub, "subtract")

    def __mul__(self, other: object) -> "Quantity":
        if _is_number(other):
            if self._unit.has_offset:
                raise OffsetUnitError(f"cannot scale a quantity in offset unit {self._unit.symbol!r}")
            return Quantity(self._magnitude * other, self._unit)
        if isinstance(other, Quantity):
            return Quantity(self._magnitude * other._magnitude, self._unit * other._unit)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> "Quantity":
        if _is_number(other):
            if self._unit.has_offset:
                raise OffsetUnitError(f"cannot scale a quantity in offset unit {self._unit.symbol!r}")
            return Quantity(self._magnitude / other, self._unit)
        if isinstance(other, Quantity):
            return Quantity(self._magnitude / other._magnitude, self._unit / other._unit)
        return NotImplemented

    def __rtruediv__(self, other: object) -> "Quantity":
        if _is_number(other):
            return Quantity(other / self._magnitude, self._unit.reciprocal())
        return NotImplemented

    def __pow__(self, power: int) -> "Quantity":
        return Quantity(self._magnitude ** power, self._unit ** power)

    def __neg__(self) -> "Quantity":
        return Quantity(-self._magnitude, self._unit)

    def __abs__(self) -> "Quantity":
        return Quantity(abs(self._magnitude), self._unit)

    def __float__(self) -> float:
        if not self._unit.is_dimensionless:
            raise DimensionalityError(
                self._unit.symbol, "1", self.dimension.describe(), "dimensionless"
            )
        return float(self.magnitude_in(ONE))

    def _compare(self, other: object, op: Callable[[float, float], bool]) -> bool:
        value = self._coerce(other)
        if value is None:
            return NotImplemented
        return op(self._magnitude, value.to(self._unit).magnitude)

    def __eq__(self, other: object) -> bool:
        value = self._coerce(other)
        if value is None:
            return NotImplemented
        if not self._unit.is_compatible(value._unit):
            return False
        return self._magnitude == value.magnitude_in(self._unit)

    def __lt__(self, other: object) -> bool:
        return self._compare(other, operator.lt)

    def __le__(self, other: object) -> bool:
        return self._compare(other, operator.le)

    def __gt__(self, other: object) -> bool:
        return self._compare(other, operator.gt)

    def __ge__(self, other: object) -> bool:
        return self._compare(other, operator.ge)

    def is_close(self, other: "Quantity", rel_tol: float = 1e-9, abs_tol: float = 0.0) -> bool:
        """Approximate equality after converting ``other`` into this quantity's unit."""
        if not self._unit.is_compatible(other._unit):
            return False
        return math.isclose(self._magnitude, other.magnitude_in(self._unit), rel_tol=rel_tol, abs_tol=abs_tol)

    def __repr__(self) -> str:
        return f"Quantity({self._magnitude!r}, {self._unit.symbol!r})"

    def __format__(self, spec: str) -> str:
        number = format(self._magnitude, spec or "g")
        if self._unit.is_dimensionless and self._unit.factor == 1:
            return number
        return f"{number} {self._unit.symbol}"

    def __str__(self) -> str:
        return format(self, "")
