"""Exceptions raised by unitconv."""


class UnitError(ValueError):
    """Base class for unitconv errors."""


class UnknownUnitError(UnitError):
    """A unit symbol is not defined in the registry."""

    def __init__(self, symbol: str) -> None:
        self.symbol = symbol
        super().__init__(f"unknown unit {symbol!r}")


class DimensionalityError(UnitError):
    """Two units or quantities have incompatible dimensions."""

    def __init__(self, left: str, right: str, left_dim: str, right_dim: str) -> None:
        self.left = left
        self.right = right
        super().__init__(f"cannot convert {left} ({left_dim}) to {right} ({right_dim})")


class OffsetUnitError(UnitError):
    """Arithmetic was attempted on a unit with an offset, such as degrees Celsius."""


class DuplicateUnitError(UnitError):
    """A symbol was defined twice in the same registry."""


class UnitParseError(UnitError):
    """A unit expression or quantity string is malformed."""
