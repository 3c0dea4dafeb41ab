"""Histogram binning, counting, cumulative distributions and percentiles.

Bins are defined by a strictly increasing sequence of edges.  With
``Closed.LEFT`` (the default) each bin is ``[lo, hi)`` except the last, which
also includes its upper edge; with ``Closed.RIGHT`` each bin is ``(lo, hi]``
except the first, which also includes its lower edge.  Values outside the
edges are tallied as underflow or overflow rather than dropped silently.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterable, Sequence

__all__ = [
    "Closed",
    "Histogram",
    "HistogramError",
    "count_edges",
    "fixed_width_edges",
    "histogram",
    "sqrt_bins",
    "sturges_bins",
]


class HistogramError(ValueError):
    """Raised for invalid edges, bin specifications or data."""


class Closed(Enum):
    LEFT = "left"
    RIGHT = "right"


def sturges_bins(n: int) -> int:
    """Sturges' rule: ``ceil(log2(n)) + 1`` bins."""
    if n < 1:
        raise HistogramError("Sturges' rule needs at least one observation")
    return math.ceil(math.log2(n)) + 1


def sqrt_bins(n: int) -> int:
    """Square-root rule: ``ceil(sqrt(n))`` bins."""
    if n < 1:
        raise HistogramError("the square-root rule needs at least one observation")
    return math.ceil(math.sqrt(n))


def count_edges(lo: float, hi: float, bins: int) -> list[float]:
    """``bins + 1`` equally spaced edges; a degenerate range is widened by 0.5 each side."""
    if bins < 1:
        raise HistogramError("bins must be at least 1")
    if hi < lo:
        raise HistogramError(f"range is reversed: ({lo}, {hi})")
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    step = (hi - lo) / bins
    return [lo + i * step for i in range(bins)] + [hi]


def _snap(ratio: float) -> float:
    """Round ratios that differ from an integer only by floating-point noise."""
    nearest = round(ratio)
    return nearest if math.isclose(ratio, nearest, rel_tol=1e-9, abs_tol=1e-9) else ratio


def fixed_width_edges(lo: float, hi: float, width: float, anchor: float = 0.0) -> list[float]:
    """Edges spaced ``width`` apart, aligned to ``anchor`` and covering ``[lo, hi]``."""
    if width <= 0:
        raise HistogramError("width must be positive")
    if hi < lo:
        raise HistogramError(f"range is reversed: ({lo}, {hi})")
    first = math.floor(_snap((lo - anchor) / width))
    last = max(math.ceil(_snap((hi - anchor) / width)), first + 1)
    edges = [anchor + k * width for k in range(first, last + 1)]
    edges[0] = min(edges[0], lo)
    edges[-1] = max(edges[-1], hi)
    return edges


def _validate_edges(edges: Sequence[float]) -> tuple[float, ...]:
    values = tuple(float(e) for e in edges)
    if len(values) < 2:
        raise HistogramError("at least two edges are required")
    if any(math.isnan(e) or math.isinf(e) for e in values):
        raise HistogramError("edges must be finite")
    if any(b <= a for a, b in zip(values, values[1:])):
        raise HistogramError("edges must be strictly increasing")
    return values


@dataclass
class Histogram:
    """Counts of values falling into each bin plus out-of-range tallies."""

    edges: tuple[float, ...]
    closed: Closed = Closed.LEFT
    counts: list[int] = field(default_factory=list)
    underflow: int = 0
    overflow: int = 0

    def __post_init__(self) -> None:
        self.edges = _validate_edges(self.edges)
        if not self.counts:
            self.counts = [0] * self.bin_count
        elif len(self.counts) != self.bin_count:
            raise HistogramError(
                f"expected {self.bin_count} counts for {len(self.edges)} edges, got {len(self.counts)}"
            )

    @property
    def bin_count(self) -> int:
        return len(self.edges) - 1

    @property
    def total(self) -> int:
        """Number of values inside the edges."""
        return sum(self.counts)

    @property
    def widths(self) -> list[float]:
        return [b - a for a, b in zip(self.edges, self.edges[1:])]

    @property
    def centers(self) -> list[float]:
        return [(a + b) / 2 for a, b in zip(self.edges, self.edges[1:])]

    def bin_index(self, value: float) -> int | None:
        """Index of the bin holding ``value``, or ``None`` when it is out of range."""
        lo, hi = self.edges[0], self.edges[-1]
        if value < lo or value > hi:
            return None
        if self.closed is Closed.LEFT:
            if value == hi:
                return self.bin_count - 1
            return bisect.bisect_right(self.edges, value) - 1
        if value == lo:
            return 0
        return bisect.bisect_left(self.edges, value) - 1

    def add(self, value: float, weight: int = 1) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise HistogramError(f"cannot bin non-numeric value {value!r}")
        if math.isnan(value):
            raise HistogramError("cannot bin NaN")
        index = self.bin_index(value)
        if index is not None:
            self.counts[index] += weight
        elif value < self.edges[0]:
            self.underflow += weight
        else:
            self.overflow += weight

    def extend(self, values: Iterable[float]) -> "Histogram":
        for value in values:
            self.add(value)
        return self

    def merge(self, other: "Histogram") -> "Histogram":
        """A new histogram whose counts are the sums of both operands."""
        if self.edges != other.edges or self.closed is not other.closed:
            raise HistogramError("can only merge histograms with identical bins")
        return Histogram(
            self.edges,
            self.closed,
            [a + b for a, b in zip(self.counts, other.counts)],
            self.underflow + other.underflow,
            self.overflow + other.overflow,
        )

    def _require_data(self) -> int:
        total = self.total
        if total == 0:
            raise HistogramError("histogram has no in-range values")
        return total

    def probabilities(self) -> list[float]:
        """Fraction of in-range values in each bin (sums to 1)."""
        total = self._require_data()
        return [c / total for c in self.counts]

    def densities(self) -> list[float]:
        """Probability density per bin: probability divided by bin width (integrates to 1)."""
        total = self._require_data()
        return [c / (total * w) for c, w in zip(self.counts, self.widths)]

    def cumulative_counts(self) -> list[int]:
        running = 0
        result = []
        for c in self.counts:
            running += c
            result.append(running)
        return result

    def cdf(self) -> list[float]:
        """Cumulative fraction at each upper edge."""
        total = self._require_data()
        return [c / total for c in self.cumulative_counts()]

    def cdf_at(self, x: float) -> float:
        """Empirical CDF at ``x`` assuming values are uniform within each bin."""
        total = self._require_data()
        if x <= self.edges[0]:
            return 0.0
        if x >= self.edges[-1]:
            return 1.0
        index = bisect.bisect_right(self.edges, x) - 1
        below = sum(self.counts[:index])
        fraction = (x - self.edges[index]) / self.widths[index]
        return (below + fraction * self.counts[index]) / total

    def percentile(self, q: float) -> float:
        """Inverse of :meth:`cdf_at`: the value below which ``q`` percent of data fall."""
        if not 0 <= q <= 100:
            raise HistogramError(f"percentile must be within [0, 100], got {q}")
        total = self._require_data()
        target = q / 100 * total
        if target == 0:
            first = next(i for i, c in enumerate(self.counts) if c)
            return self.edges[first]
        cumulative = self.cumulative_counts()
        index = bisect.bisect_left(cumulative, target)
        below = cumulative[index] - self.counts[index]
        return self.edges[index] + (target - below) / self.counts[index] * self.widths[index]

    def mode_bin(self) -> tuple[float, float]:
        """Edges of the most populated bin (the first one on ties)."""
        self._require_data()
        index = max(range(self.bin_count), key=lambda i: (self.counts[i], -i))
        return self.edges[index], self.edges[index + 1]

    def render(self, width: int = 20, mark: str = "#") -> str:
        """Text bar chart, one line per bin, longest bar ``width`` characters."""
        if width < 1:
            raise HistogramError("width must be at least 1")
        peak = max(self.counts)
        opening, closing = ("[", ")") if self.closed is Closed.LEFT else ("(", "]")
        labels = [f"{opening}{a:g}, {b:g}{closing}" for a, b in zip(self.edges, self.edges[1:])]
        pad = max(len(label) for label in labels)
        lines = []
        for label, count in zip(labels, self.counts):
            bar = mark * (round(count * width / peak) if peak else 0)
            cells = [label.ljust(pad), bar, str(count)] if bar else [label.ljust(pad), str(count)]
            lines.append(" ".join(cells))
        return "\n".join(lines)


def histogram(
    data: Iterable[float],
    bins: int | str | Sequence[float] = "sturges",
    value_range: tuple[float, float] | None = None,
    width: float | None = None,
    closed: Closed = Closed.LEFT,
) -> Histogram:
    """Bin ``data``.

    ``bins`` is a bin count, ``"sturges"``, ``"sqrt"`` or an explicit edge
    sequence; ``width`` (fixed-width binning) takes precedence over ``bins``.
    ``value_range`` defaults to the data's minimum and maximum.
    """
    values = list(data)
    if isinstance(bins, (list, tuple)):
        return Histogram(tuple(bins), closed).extend(values)
    if value_range is None:
        if not values:
            raise HistogramError("cannot infer a range from empty data")
        value_range = (min(values), max(values))
    lo, hi = value_range
    if width is not None:
        edges = fixed_width_edges(lo, hi, width)
    elif bins == "sturges":
        edges = count_edges(lo, hi, sturges_bins(len(values)))
    elif bins == "sqrt":
        edges = count_edges(lo, hi, sqrt_bins(len(values)))
    elif isinstance(bins, int) and not isinstance(bins, bool):
        edges = count_edges(lo, hi, bins)
    else:
        raise HistogramError(f"unknown bin specification {bins!r}")
    return Histogram(tuple(edges), closed).extend(values)
