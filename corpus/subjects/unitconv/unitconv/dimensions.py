"""Physical dimensions as vectors of integer exponents over the SI base dimensions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class BaseDimension(Enum):
    LENGTH = "L"
    MASS = "M"
    TIME = "T"
    CURRENT = "I"
    TEMPERATURE = "Θ"
    AMOUNT = "N"
    LUMINOSITY = "J"


_ORDER = list(BaseDimension)


@dataclass(frozen=True)
class Dimension:
    """Exponents of the seven base dimensions, in :class:`BaseDimension` order."""

    exponents: tuple[int, ...] = (0,) * len(_ORDER)

    def __post_init__(self) -> None:
        if len(self.exponents) != len(_ORDER):
            raise ValueError(f"expected {len(_ORDER)} exponents, got {len(self.exponents)}")

    @classmethod
    def of(cls, **powers: int) -> "Dimension":
        """Build from keyword exponents, e.g. ``Dimension.of(length=1, time=-1)``."""
        exponents = [0] * len(_ORDER)
        for name, power in powers.items():
            try:
                base = BaseDimension[name.upper()]
            except KeyError:
                raise ValueError(f"unknown base dimension {name!r}") from None
            exponents[_ORDER.index(base)] = power
        return cls(tuple(exponents))

    @property
    def is_dimensionless(self) -> bool:
        return not any(self.exponents)

    def __mul__(self, other: "Dimension") -> "Dimension":
        return Dimension(tuple(a + b for a, b in zip(self.exponents, other.exponents)))

    def __truediv__(self, other: "Dimension") -> "Dimension":
        return Dimension(tuple(a - b for a, b in zip(self.exponents, other.exponents)))

    def __pow__(self, power: int) -> "Dimension":
        return Dimension(tuple(a * power for a in self.exponents))

    def describe(self) -> str:
        """A common name if there is one, else the exponent formula."""
        return NAMED_DIMENSIONS.get(self, str(self))

    def __str__(self) -> str:
        if self.is_dimensionless:
            return "1"
        parts = []
        for base, power in zip(_ORDER, self.exponents):
            if power == 1:
                parts.append(base.value)
            elif power:
                parts.append(f"{base.value}^{power}")
        return "·".join(parts)


DIMENSIONLESS = Dimension()
LENGTH = Dimension.of(length=1)
MASS = Dimension.of(mass=1)
TIME = Dimension.of(time=1)
CURRENT = Dimension.of(current=1)
TEMPERATURE = Dimension.of(temperature=1)
AMOUNT = Dimension.of(amount=1)
LUMINOSITY = Dimension.of(luminosity=1)

NAMED_DIMENSIONS: dict[Dimension, str] = {
    DIMENSIONLESS: "dimensionless",
    LENGTH: "length",
    MASS: "mass",
    TIME: "time",
    CURRENT: "current",
    TEMPERATURE: "temperature",
    AMOUNT: "amount",
    LUMINOSITY: "luminosity",
    LENGTH ** 2: "area",
    LENGTH ** 3: "volume",
    LENGTH / TIME: "velocity",
    LENGTH / TIME ** 2: "acceleration",
    TIME ** -1: "frequency",
    MASS * LENGTH / TIME ** 2: "force",
    MASS * LENGTH ** 2 / TIME ** 2: "energy",
    MASS * LENGTH ** 2 / TIME ** 3: "power",
    MASS / (LENGTH * TIME ** 2): "pressure",
}
