"""Design-matrix construction from records, with intercept and dummy coding."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from numbers import Real
from typing import Any, Mapping, Sequence

from .errors import DesignError

INTERCEPT = "intercept"


class ColumnKind(Enum):
    NUMERIC = "numeric"
    CATEGORICAL = "categorical"


@dataclass(frozen=True)
class ColumnSpec:
    """One input variable; for categoricals ``levels[0]`` is the reference level."""

    name: str
    kind: ColumnKind
    levels: tuple[str, ...] = ()

    @property
    def output_names(self) -> list[str]:
        if self.kind is ColumnKind.NUMERIC:
            return [self.name]
        return [f"{self.name}[{level}]" for level in self.levels[1:]]

    def encode(self, record: Mapping[str, Any]) -> list[float]:
        if self.name not in record:
            raise DesignError(f"record is missing field {self.name!r}")
        value = record[self.name]
        if self.kind is ColumnKind.NUMERIC:
            if isinstance(value, bool) or not isinstance(value, Real):
                raise DesignError(f"field {self.name!r} must be numeric, got {value!r}")
            return [float(value)]
        label = str(value)
        if label not in self.levels:
            raise DesignError(f"unknown level {label!r} for field {self.name!r}")
        return [1.0 if label == level else 0.0 for level in self.levels[1:]]


@dataclass(frozen=True)
class DesignMatrix:
    """An encoded design matrix that can encode further records the same way."""

    specs: tuple[ColumnSpec, ...]
    intercept: bool
    rows: list[list[float]] = field(repr=False)

    @property
    def column_names(self) -> list[str]:
        names = [INTERCEPT] if self.intercept else []
        for spec in self.specs:
            names.extend(spec.output_names)
        return names

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.column_names)

    def column(self, name: str) -> list[float]:
        try:
            index = self.column_names.index(name)
        except ValueError:
            raise DesignError(f"no column named {name!r}") from None
        return [row[index] for row in self.rows]

    def encode_record(self, record: Mapping[str, Any]) -> list[float]:
        row = [1.0] if self.intercept else []
        for spec in self.specs:
            row.extend(spec.encode(record))
        return row

    def transform(self, records: Sequence[Mapping[str, Any]]) -> list[list[float]]:
        return [self.encode_record(record) for record in records]


class DesignBuilder:
    """Fluent builder: declare variables, then :meth:`build` from training records."""

    def __init__(self, intercept: bool = True) -> None:
        self._intercept = intercept
        self._columns: list[tuple[str, ColumnKind, tuple[str, ...] | None, str | None]] = []

    def _add(self, name: str, kind: ColumnKind, levels, reference) -> "DesignBuilder":
        if not name:
            raise DesignError("column name must not be empty")
        if any(existing == name for existing, *_ in self._columns):
            raise DesignError(f"column {name!r} declared twice")
        self._columns.append((name, kind, levels, reference))
        return self

    def numeric(self, name: str) -> "DesignBuilder":
        return self._add(name, ColumnKind.NUMERIC, None, None)

    def categorical(
        self,
        name: str,
        levels: Sequence[str] | None = None,
        reference: str | None = None,
    ) -> "DesignBuilder":
        fixed = None if levels is None else tuple(str(level) for level in levels)
        if fixed is not None and len(set(fixed)) != len(fixed):
            raise DesignError(f"duplicate levels for {name!r}")
        return self._add(name, ColumnKind.CATEGORICAL, fixed, reference)

    def _resolve_levels(self, name, levels, reference, records) -> tuple[str, ...]:
        if levels is None:
            seen = {str(record[name]) for record in records if name in record}
            levels = tuple(sorted(seen))
        if len(levels) < 2:
            raise DesignError(f"categorical {name!r} needs at least two levels")
        if reference is not None:
            if reference not in levels:
                raise DesignError(f"reference level {reference!r} not among levels of {name!r}")
            levels = (reference,) + tuple(level for level in levels if level != reference)
        return levels

    def build(self, records: Sequence[Mapping[str, Any]]) -> DesignMatrix:
        if not self._columns and not self._intercept:
            raise DesignError("design has no columns")
        if not records:
            raise DesignError("no records to build a design matrix from")
        specs = []
        for name, kind, levels, reference in self._columns:
            if kind is ColumnKind.CATEGORICAL:
                resolved = self._resolve_levels(name, levels, reference, records)
                specs.append(ColumnSpec(name, kind, resolved))
            else:
                specs.append(ColumnSpec(name, kind))
        template = DesignMatrix(tuple(specs), self._intercept, [])
        return DesignMatrix(tuple(specs), self._intercept, template.transform(records))
