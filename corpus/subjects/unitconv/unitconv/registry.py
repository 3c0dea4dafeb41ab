"""A registry mapping unit symbols (with SI prefixes) to :class:`Unit` objects."""

from __future__ import annotations

from typing import Iterable

from . import dimensions as dim
from .dimensions import Dimension
from .errors import DuplicateUnitError, UnknownUnitError
from .parsing import parse_quantity, parse_unit
from .quantity import Quantity
from .units import ONE, PREFIXES, Unit

_PREFIXES_LONGEST_FIRST = sorted(PREFIXES, key=len, reverse=True)


class UnitRegistry:
    """Named units; prefixed forms such as ``km`` are resolved on lookup."""

    def __init__(self) -> None:
        self._units: dict[str, Unit] = {}

    def _store(self, symbol: str, unit: Unit) -> None:
        if symbol in self._units:
            raise DuplicateUnitError(f"unit {symbol!r} is already defined")
        self._units[symbol] = unit

    def define(
        self,
        symbol: str,
        dimension: Dimension,
        factor: float = 1.0,
        offset: float = 0.0,
        prefixable: bool = False,
        aliases: Iterable[str] = (),
    ) -> Unit:
        """Register a unit given directly by dimension, SI factor and offset."""
        unit = Unit(symbol, dimension, factor, offset, prefixable)
        for name in (symbol, *aliases):
            self._store(name, unit)
        return unit

    def define_derived(
        self,
        symbol: str,
        expression: str,
        scale: float = 1.0,
        prefixable: bool = False,
        aliases: Iterable[str] = (),
    ) -> Unit:
        """Register ``symbol`` as ``scale`` times the unit expression, e.g. ``N = kg*m/s^2``."""
        base = self.parse_unit(expression)
        return self.define(symbol, base.dimension, base.factor * scale, 0.0, prefixable, aliases)

    def __contains__(self, symbol: str) -> bool:
        try:
            self.get(symbol)
        except UnknownUnitError:
            return False
        return True

    def __len__(self) -> int:
        return len(self._units)

    def symbols(self) -> list[str]:
        return sorted(self._units)

    def get(self, symbol: str) -> Unit:
        """Look up a symbol, trying an exact match before prefix + prefixable unit."""
        if symbol == "1":
            return ONE
        unit = self._units.get(symbol)
        if unit is not None:
            return unit
        for prefix in _PREFIXES_LONGEST_FIRST:
            if symbol.startswith(prefix) and len(symbol) > len(prefix):
                base = self._units.get(symbol[len(prefix):])
                if base is not None and base.prefixable:
                    return base.with_prefix(prefix)
        raise UnknownUnitError(symbol)

    def parse_unit(self, text: str) -> Unit:
        return parse_unit(text, self.get)

    def parse(self, text: str) -> Quantity:
        """Parse a quantity string such as ``"3.5 km/h"``."""
        return parse_quantity(text, self.get)

    def quantity(self, magnitude: float, unit: str | Unit) -> Quantity:
        return Quantity(magnitude, self._resolve(unit))

    def _resolve(self, unit: str | Unit) -> Unit:
        return unit if isinstance(unit, Unit) else self.parse_unit(unit)

    def convert(self, magnitude: float, source: str | Unit, target: str | Unit) -> float:
        """Convert a bare number between two units."""
        return self._resolve(source).convert(magnitude, self._resolve(target))


def default_registry() -> UnitRegistry:
    """A registry with SI base and derived units plus common customary units."""
    reg = UnitRegistry()
    reg.define("m", dim.LENGTH, prefixable=True)
    reg.define("g", dim.MASS, 1e-3, prefixable=True)
    reg.define("s", dim.TIME, prefixable=True)
    reg.define("A", dim.CURRENT, prefixable=True)
    reg.define("K", dim.TEMPERATURE, prefixable=True)
    reg.define("mol", dim.AMOUNT, prefixable=True)
    reg.define("cd", dim.LUMINOSITY, prefixable=True)
    reg.define("degC", dim.TEMPERATURE, 1.0, 273.15, aliases=("°C",))
    reg.define("degF", dim.TEMPERATURE, 5 / 9, 273.15 - 32 * 5 / 9, aliases=("°F",))
    reg.define("percent", dim.DIMENSIONLESS, 0.01, aliases=("%",))
    reg.define_derived("min", "s", 60)
    reg.define_derived("h", "s", 3600, aliases=("hr",))
    reg.define_derived("day", "s", 86400)
    reg.define_derived("in", "m", 0.0254)
    reg.define_derived("ft", "m", 0.3048)
    reg.define_derived("yd", "m", 0.9144)
    reg.define_derived("mi", "m", 1609.344)
    reg.define_derived("lb", "kg", 0.45359237)
    reg.define_derived("oz", "lb", 1 / 16)
    reg.define_derived("Hz", "1/s", prefixable=True)
    reg.define_derived("N", "kg*m/s^2", prefixable=True)
    reg.define_derived("J", "N*m", prefixable=True)
    reg.define_derived("W", "J/s", prefixable=True)
    reg.define_derived("Pa", "N/m^2", prefixable=True)
    reg.define_derived("bar", "Pa", 1e5, prefixable=True)
    reg.define_derived("atm", "Pa", 101325)
    reg.define_derived("L", "m^3", 1e-3, prefixable=True, aliases=("l",))
    reg.define_derived("eV", "J", 1.602176634e-19, prefixable=True)
    return reg
