"""Features to categorical codes: the model's leaves are categorical distributions over bins.

Why bins and not Gaussian leaves: most features are bounded shares, rank percentiles and gaps
with point masses (every failing test ran the line: share 1; the top-scoring lines: gap 0). A
Gaussian fitted to a point mass collapses and gives unbounded likelihood ratios; a categorical
leaf over bins gives a proper probability with add-alpha smoothing, so no single feature can
dominate a line's posterior without limit.

Bins of one feature are defined by sorted cut values ``c_0 < c_1 < ... < c_{m-1}``: code
``i`` holds the values in ``(c_{i-1}, c_i]`` (code 0: values <= c_0; code m: values > c_{m-1}), so
a value equal to a cut is exact: a feature with at most ``n_bins`` distinct values in training
gets one code per value (a binary feature: codes 0 and 1). Otherwise the cuts are weighted
quantiles of the training values in which the positive rows (bug lines, scopes holding a bug) and
the negative rows weigh half each, so the bins are fine where bugs are, not only where most lines
are. Values outside the training range fall into the first or last code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class Discretizer:
    """Cut values per feature: ``cuts[cut_ptr[j] : cut_ptr[j + 1]]`` are feature j's cuts, and
    ``cards[j] = len(cuts of j) + 1`` its number of codes."""

    names: tuple[str, ...]
    cuts: FloatArray
    cut_ptr: IntArray

    @property
    def cards(self) -> IntArray:
        return np.diff(self.cut_ptr) + 1

    def feature_cuts(self, j: int) -> FloatArray:
        return self.cuts[self.cut_ptr[j] : self.cut_ptr[j + 1]]

    def transform(self, X: npt.ArrayLike) -> IntArray:
        """Codes of ``X`` (n_rows, n_features), same shape; NaN (unknown) becomes -1."""
        values = np.asarray(X, dtype=np.float64)
        if values.ndim != 2 or values.shape[1] != len(self.names):
            raise ValueError(f"expected shape (n_rows, {len(self.names)}); got {values.shape}")
        codes = np.empty(values.shape, dtype=np.int64)
        for j in range(values.shape[1]):
            codes[:, j] = np.searchsorted(self.feature_cuts(j), values[:, j], side="left")
        codes[np.isnan(values)] = -1
        return codes

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {prefix + "names": np.array(self.names, dtype=str), prefix + "cuts": self.cuts,
                prefix + "cut_ptr": self.cut_ptr}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str) -> Discretizer:
        return cls(names=tuple(str(n) for n in arrays[prefix + "names"]),
                   cuts=np.asarray(arrays[prefix + "cuts"], dtype=np.float64),
                   cut_ptr=np.asarray(arrays[prefix + "cut_ptr"], dtype=np.int64))


def fit_discretizer(X: npt.ArrayLike, names: Sequence[str], *, n_bins: int,
                    positive: npt.ArrayLike | None = None) -> Discretizer:
    """Cuts for every column of ``X`` (n_rows, n_features) from its training values.

    ``positive`` (n_rows,) marks the rows whose half of the weight balances the quantiles (see the
    module docstring); without it, or when it marks no row or every row, all rows weigh the same."""
    if n_bins < 2:
        raise ValueError(f"n_bins must be at least 2. Got {n_bins} instead.")
    values = np.asarray(X, dtype=np.float64)
    if values.ndim != 2 or values.shape[1] != len(names) or values.shape[0] == 0:
        raise ValueError(f"expected a non-empty (n_rows, {len(names)}) array; got {values.shape}")
    weights = np.ones(values.shape[0])
    if positive is not None:
        pos = np.asarray(positive, dtype=bool)
        if 0 < pos.sum() < pos.size:
            weights = np.where(pos, 0.5 / pos.sum(), 0.5 / (~pos).sum())
    weights = weights / weights.sum()
    all_cuts: list[FloatArray] = []
    for j in range(values.shape[1]):
        column = values[:, j]
        distinct = np.unique(column)
        if distinct.size <= n_bins:
            cuts = distinct[:-1]
        else:
            cuts = _weighted_quantiles(column, weights, np.arange(1, n_bins) / n_bins)
            cuts = np.unique(cuts[cuts < distinct[-1]])
        all_cuts.append(cuts.astype(np.float64))
    ptr = np.concatenate([[0], np.cumsum([c.size for c in all_cuts])]).astype(np.int64)
    return Discretizer(names=tuple(names), cuts=np.concatenate(all_cuts) if all_cuts else np.zeros(0), cut_ptr=ptr)


def _weighted_quantiles(values: FloatArray, weights: FloatArray, levels: FloatArray) -> FloatArray:
    """The smallest training value whose cumulative weight reaches each level (inverted CDF)."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    index = np.searchsorted(cumulative, levels * cumulative[-1], side="left")
    return np.asarray(values[order][np.minimum(index, values.size - 1)], dtype=np.float64)
