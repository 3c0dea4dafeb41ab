"""Multiple linear regression solved through the normal equations."""

from __future__ import annotations

import math
from typing import Any, Mapping, Sequence

from .design import INTERCEPT, DesignMatrix
from .errors import DimensionMismatchError, InsufficientDataError, NotFittedError
from .matops import check_rectangular, gram, invert, matvec, transpose


class LinearRegression:
    """Ordinary least squares: ``beta = (X'X)^-1 X'y``."""

    def __init__(self, fit_intercept: bool = True) -> None:
        self.fit_intercept = fit_intercept
        self._beta: list[float] | None = None
        self._names: list[str] = []
        self._design: DesignMatrix | None = None
        self._xtx_inv: list[list[float]] = []
        self._x: list[list[float]] = []
        self._y: list[float] = []

    def _augment(self, rows: Sequence[Sequence[float]]) -> list[list[float]]:
        prefix = [1.0] if self.fit_intercept else []
        return [prefix + [float(v) for v in row] for row in rows]

    def fit(
        self,
        rows: Sequence[Sequence[float]],
        y: Sequence[float],
        names: Sequence[str] | None = None,
    ) -> "LinearRegression":
        width = check_rectangular(rows)
        if len(rows) != len(y):
            raise DimensionMismatchError(f"X has {len(rows)} rows but y has {len(y)} values")
        if names is None:
            names = [f"x{i + 1}" for i in range(width)]
        elif len(names) != width:
            raise DimensionMismatchError(f"{len(names)} names given for {width} columns")
        design = self._augment(rows)
        parameters = len(design[0])
        if len(design) < parameters:
            raise InsufficientDataError(
                f"{len(design)} observations cannot identify {parameters} parameters"
            )
        xtx_inv = invert(gram(design))
        xty = matvec(transpose(design), y)
        self._beta = matvec(xtx_inv, xty)
        self._xtx_inv = xtx_inv
        self._x = design
        self._y = [float(v) for v in y]
        self._names = ([INTERCEPT] if self.fit_intercept else []) + list(names)
        return self

    def fit_design(self, design: DesignMatrix, y: Sequence[float]) -> "LinearRegression":
        """Fit on an encoded design; its intercept column replaces ``fit_intercept``."""
        self.fit_intercept = False
        self.fit(design.rows, y, names=design.column_names)
        self._design = design
        return self

    def _require_fit(self) -> list[float]:
        if self._beta is None:
            raise NotFittedError("call fit() before using the model")
        return self._beta

    @property
    def coefficients(self) -> dict[str, float]:
        beta = self._require_fit()
        return dict(zip(self._names, beta))

    @property
    def intercept(self) -> float:
        beta = self._require_fit()
        if INTERCEPT not in self._names:
            return 0.0
        return beta[self._names.index(INTERCEPT)]

    def predict(self, rows: Sequence[Sequence[float]]) -> list[float]:
        beta = self._require_fit()
        design = self._augment(rows)
        if any(len(row) != len(beta) for row in design):
            raise DimensionMismatchError(
                f"expected rows with {len(beta) - int(self.fit_intercept)} values"
            )
        return matvec(design, beta)

    def predict_records(self, records: Sequence[Mapping[str, Any]]) -> list[float]:
        self._require_fit()
        if self._design is None:
            raise NotFittedError("predict_records needs a model fitted with fit_design()")
        return self.predict(self._design.transform(records))

    @property
    def n_observations(self) -> int:
        self._require_fit()
        return len(self._y)

    @property
    def n_parameters(self) -> int:
        return len(self._require_fit())

    @property
    def degrees_of_freedom(self) -> int:
        return self.n_observations - self.n_parameters

    @property
    def fitted_values(self) -> list[float]:
        return matvec(self._x, self._require_fit())

    @property
    def residuals(self) -> list[float]:
        return [y - f for y, f in zip(self._y, self.fitted_values)]

    @property
    def sse(self) -> float:
        return math.fsum(r * r for r in self.residuals)

    @property
    def sst(self) -> float:
        """Total sum of squares, centred only when the model has an intercept."""
        self._require_fit()
        has_intercept = INTERCEPT in self._names
        center = math.fsum(self._y) / len(self._y) if has_intercept else 0.0
        return math.fsum((y - center) ** 2 for y in self._y)

    @property
    def r_squared(self) -> float:
        total = self.sst
        if total == 0:
            return 1.0
        return 1.0 - self.sse / total

    @property
    def adjusted_r_squared(self) -> float:
        dof = self._positive_dof()
        baseline = self.n_observations - (1 if INTERCEPT in self._names else 0)
        return 1.0 - (1.0 - self.r_squared) * baseline / dof

    def _positive_dof(self) -> int:
        dof = self.degrees_of_freedom
        if dof <= 0:
            raise InsufficientDataError("no residual degrees of freedom left")
        return dof

    @property
    def residual_variance(self) -> float:
        return self.sse / self._positive_dof()

    @property
    def standard_errors(self) -> dict[str, float]:
        sigma2 = self.residual_variance
        return {
            name: math.sqrt(sigma2 * self._xtx_inv[i][i]) for i, name in enumerate(self._names)
        }

    @property
    def t_statistics(self) -> dict[str, float]:
        errors = self.standard_errors
        result = {}
        for name, value in self.coefficients.items():
            if errors[name] > 0:
                result[name] = value / errors[name]
            elif value == 0:
                result[name] = math.nan
            else:
                result[name] = math.copysign(math.inf, value)
        return result

    def summary(self, digits: int = 4) -> str:
        """A coefficient table: name, estimate, std. error, t value."""
        errors = self.standard_errors
        tvalues = self.t_statistics
        width = max(len(name) for name in self._names)
        header = f"{'term'.ljust(width)}  {'estimate':>12}  {'std.err':>12}  {'t':>10}"
        lines = [header]
        for name, value in self.coefficients.items():
            lines.append(
                f"{name.ljust(width)}  {value:>12.{digits}f}  {errors[name]:>12.{digits}f}"
                f"  {tvalues[name]:>10.{digits}f}"
            )
        lines.append(f"R-squared: {self.r_squared:.{digits}f}  adjusted: {self.adjusted_r_squared:.{digits}f}")
        return "\n".join(lines)
