"""Physical quantities with dimension tracking, unit conversion and parsing."""

from .dimensions import BaseDimension, Dimension
from .errors import (
    DimensionalityError,
    DuplicateUnitError,
    OffsetUnitError,
    UnitError,
    UnitParseError,
    UnknownUnitError,
)
from .parsing import parse_quantity, parse_unit, tokenize
from .quantity import Quantity
from .registry import UnitRegistry, default_registry
from .units import ONE, PREFIXES, Unit, si_unit
