"""PNG figures of an evaluation: EXAM curve, top-k bars, reliability diagram.

matplotlib is imported inside the functions (it is an optional dependency, and importing this
module must stay cheap). Figures are built with the object-oriented API on an Agg canvas, never
through pyplot, so no global figure state or interactive backend is touched. Every PNG is written
to a temporary file beside ``path`` and moved into place, so a reader never sees half a file.

A method keeps the same colour in every figure when the methods are given in the same order.
"""

from __future__ import annotations

import io
import math
import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tflm.evaluation.metrics import TOP_KS, MethodSummary, ReliabilityBin

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

StrPath = str | os.PathLike[str]

FIGSIZE = (8.0, 5.0)
"""Inches; with DPI this gives 960 x 600 pixel images."""
DPI = 120

# tab10 without grey, so no method looks like the grid or the diagonal.
_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#bcbd22", "#17becf",
)
_LINESTYLES = ("-", "--", ":", "-.")
_HATCHES = ("", "//", "..", "xx")
_INSIDE_LEGEND_MAX = 6
"""Up to this many methods the legend fits inside the axes; beyond it goes below them."""


def _style(index: int) -> tuple[str, str, str]:
    """Colour, line style and bar hatch of the ``index``-th method.

    Once the colours run out the next methods reuse them with another line style and hatch.
    """
    cycle = (index // len(_COLOURS)) % len(_LINESTYLES)
    return _COLOURS[index % len(_COLOURS)], _LINESTYLES[cycle], _HATCHES[cycle]


def _legend_below(fig: Figure, labels: Sequence[str]) -> None:
    """A legend under the axes, with as many columns as fit the figure's width."""
    # About 0.075 in per character at font size 9, plus the handle and padding.
    entry_inches = 0.075 * (max(len(label) for label in labels) + 6)
    ncols = max(1, min(len(labels), int(FIGSIZE[0] * 0.95 // entry_inches)))
    fig.legend(loc="outside lower center", ncols=ncols, fontsize=9)


def _new_figure(
    nrows: int = 1, height_ratios: Sequence[float] | None = None
) -> tuple[Figure, list[Axes]]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(nrows, 1, squeeze=False, gridspec_kw={"height_ratios": height_ratios})
    return fig, [ax for row in axes for ax in row]


def _save(fig: Figure, path: StrPath) -> None:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # os.open with mode 0o666 lets the umask decide the permissions, like a plain open() would.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(buffer.getvalue())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _percent_axis(ax: Axes, axis: str) -> None:
    from matplotlib.ticker import PercentFormatter

    (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(PercentFormatter(xmax=100))


def plot_exam_curve(exams_by_method: Mapping[str, Sequence[float]], path: StrPath) -> None:
    """Cumulative EXAM curve: share of bugs located (y, %) within a share of code examined (x, %).

    A point (x, y) on a method's step line says that for y% of the cases the first bug line is
    reached after examining at most x% of the ranked lines. Higher and further left is better.
    ``exams_by_method`` holds the per-case EXAM values in [0, 1]; methods with no cases are
    skipped. The legend gives each method's mean EXAM.
    """
    fig, (ax,) = _new_figure()
    # Log scale: most bugs are found within the first few per cent of the code, where methods
    # differ; a linear axis squeezes every curve into its left tenth.
    positive = [float(e) for exams in exams_by_method.values() for e in exams if float(e) > 0]
    left = 10.0 ** math.floor(math.log10(100.0 * min(positive))) if positive else 0.1
    for index, (method, exams) in enumerate(exams_by_method.items()):
        if not exams:
            continue
        values = sorted(min(max(float(e), 0.0), 1.0) for e in exams)
        n = len(values)
        xs = [left] + [max(100.0 * e, left) for e in values] + [100.0]
        ys = [0.0] + [100.0 * (i + 1) / n for i in range(n)] + [100.0]
        colour, linestyle, _ = _style(index)
        mean = 100.0 * sum(values) / n
        ax.step(
            xs, ys, where="post", color=colour, linestyle=linestyle, linewidth=2.0,
            label=f"{method} (mean EXAM {mean:.1f}%)",
        )
    ax.set_xscale("log")
    ax.set_xlim(left, 100.0 * 1.05)  # a small margin so the step at 100% is not hidden by the frame
    ax.set_ylim(0, 102)
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}%"))
    _percent_axis(ax, "y")
    ax.set_xlabel("Code examined (share of ranked lines, log scale)")
    ax.set_ylabel("Bugs located (share of cases)")
    ax.set_title("Cumulative EXAM curve (higher and further left is better)")
    ax.grid(True, alpha=0.35)
    labels = ax.get_legend_handles_labels()[1]
    if 0 < len(labels) <= _INSIDE_LEGEND_MAX:
        ax.legend(loc="lower right")  # curves rise early, so the lower right is usually empty
    elif labels:
        _legend_below(fig, labels)
    _save(fig, path)


def plot_topk(summaries: Sequence[MethodSummary], path: StrPath) -> None:
    """Grouped bars: for k in 1, 3, 5, 10, the percentage of cases whose bug is in the top k.

    One group per k, one bar per method, each bar labelled with its percentage.
    """
    fig, (ax,) = _new_figure()
    n_methods = max(len(summaries), 1)
    width = 0.8 / n_methods
    for index, s in enumerate(summaries):
        values = [s.top1_pct, s.top3_pct, s.top5_pct, s.top10_pct]
        xs = [k_index + (index - (n_methods - 1) / 2) * width for k_index in range(len(TOP_KS))]
        colour, _, hatch = _style(index)
        bars = ax.bar(
            xs, values, width=width * 0.92, color=colour, hatch=hatch, edgecolor="white",
            label=f"{s.method} (n={s.n_cases})",
        )
        if n_methods <= 6:  # beyond that the labels overlap; the report table has the numbers
            unit = "%" if n_methods <= 4 else ""
            ax.bar_label(bars, labels=[f"{v:.0f}{unit}" for v in values], padding=2, fontsize=8)
    ax.set_xticks(range(len(TOP_KS)), [f"Top-{k}" for k in TOP_KS])
    ax.set_ylim(0, 105)
    ax.set_yticks(range(0, 101, 20))
    _percent_axis(ax, "y")
    ax.set_ylabel("Cases with a bug line within the top k")
    ax.set_title("Top-k accuracy (tied ranks averaged)")
    ax.grid(True, axis="y", alpha=0.35)
    ax.set_axisbelow(True)
    if summaries:
        # Outside the axes: a legend inside would hide bars that reach 100%.
        _legend_below(fig, [f"{s.method} (n={s.n_cases})" for s in summaries])
    _save(fig, path)


def plot_reliability(
    tables_by_method: Mapping[str, Sequence[ReliabilityBin]], path: StrPath
) -> None:
    """Reliability diagram: observed bug rate against mean predicted probability, per bin.

    The dashed diagonal is perfect calibration. The upper panel marks each non-empty bin with a
    point whose area grows with the log of its line count; the lower panel shows the line counts
    per bin on a log scale (most lines get a probability near 0).
    """
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    fig, (ax, counts_ax) = _new_figure(2, height_ratios=(3.0, 1.2))
    ax.plot(
        [0, 1], [0, 1], linestyle="--", color="grey", linewidth=1.0, label="perfectly calibrated"
    )
    # Keep each method's colour from its position in the mapping, as in the other figures.
    drawn = [(i, m, list(t)) for i, (m, t) in enumerate(tables_by_method.items()) if t]
    share = 0.8 / max(len(drawn), 1)
    largest = 1
    for slot, (index, method, table) in enumerate(drawn):
        colour, linestyle, hatch = _style(index)
        xs = [b.mean_predicted for b in table]
        ys = [b.observed_rate for b in table]
        sizes = [30.0 + 30.0 * math.log10(b.count) for b in table]
        ax.plot(xs, ys, color=colour, linestyle=linestyle, linewidth=1.5, alpha=0.8)
        ax.scatter(
            xs, ys, s=sizes, color=colour, edgecolor="white", linewidth=0.8, zorder=3, label=method
        )
        lefts = [b.lower + (b.upper - b.lower) * (0.1 + slot * share) for b in table]
        widths = [(b.upper - b.lower) * share for b in table]
        counts_ax.bar(
            lefts, [b.count for b in table], width=widths, align="edge", color=colour, hatch=hatch
        )
        largest = max([largest, *(b.count for b in table)])
    # A little margin so points on the edges (rate 0 or 1) are not cut in half.
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.03, 1.03)
    ax.set_ylabel("Observed bug rate")
    ax.set_title("Reliability of predicted bug probabilities (pooled over all lines)")
    ax.grid(True, alpha=0.35)
    ax.tick_params(labelbottom=False)
    ax.legend(
        loc="upper left", fontsize=9, title="point area grows with log(lines)", title_fontsize=8
    )
    counts_ax.set_xlim(-0.02, 1.02)
    counts_ax.set_yscale("log")
    # From 0.5 so a bin of one line still shows a bar; up to at least 10 so there is a decade.
    counts_ax.set_ylim(0.5, max(10.0, largest * 2.0))
    counts_ax.yaxis.set_major_locator(LogLocator(base=10))
    counts_ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}" if v >= 1 else ""))
    counts_ax.yaxis.set_minor_formatter(NullFormatter())
    counts_ax.set_xlabel("Predicted probability of a bug (bin)")
    counts_ax.set_ylabel("Lines")
    counts_ax.grid(True, axis="y", alpha=0.35)
    counts_ax.set_axisbelow(True)
    _save(fig, path)

