"""The files of an evaluation run: ``results.json``, ``report.md`` and the figures.

``results.json`` (schema ``tflm.evaluate/1``) is the record: every number in ``report.md`` is
read from the same objects, and :func:`load_results` reads the per-case results back so an
interrupted run can resume. Every file is written to a temporary name in the report directory
and moved into place with :func:`os.replace`, so a reader never sees half a file.

Console output (the rich summary table) belongs to the CLI, not here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tflm.errors import UsageError
from tflm.evaluation.metrics import CaseResult, MethodSummary
from tflm.evaluation.plots import plot_exam_curve, plot_reliability, plot_topk

SCHEMA = "tflm.evaluate/1"
RESULTS_JSON = "results.json"
REPORT_MD = "report.md"
EXAM_PNG = "exam_curve.png"
TOPK_PNG = "topk.png"
RELIABILITY_PNG = "reliability.png"
PLOTTED_METHODS = 8

StrPath = str | os.PathLike[str]

_METRICS_MD = """\
## Metrics

- **Rank**: position of the best-ranked bug line when the lines are sorted by score, highest
  first. Tied lines share the average position of their group (4 lines tied at positions 3 to 6
  all get 4.5). A bug line the method does not rank counts as found after all *n* ranked lines
  (rank *n* + 1). For omission bugs every line listed next to the missing statement counts.
- **Top-k**: cases whose rank is at most *k* (a rank of 4.5 counts for top-5, not top-3).
- **EXAM**: rank / number of ranked lines, capped at 100% (an unranked bug means the whole
  program was examined), averaged over cases. Lower is better.
- **MAP**: mean over cases of the average precision (1 / number of bug lines) * sum of
  *i* / *r_i* over the ranked bug lines in rank order *r_1* <= *r_2* <= ...; unranked bug lines
  add 0. Higher is better.
- **Brier**: mean of (predicted probability - label)^2, label 1 for a bug line and 0 otherwise,
  pooled over every ranked line of every case. Probabilistic methods only; lower is better.
- **ECE**: expected calibration error over 10 equal-width probability bins,
  sum over bins of (lines in bin / all lines) * |mean predicted - observed bug rate|, pooled
  like Brier. Lower is better.
"""


# --- writing ---------------------------------------------------------------------------------


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    # os.open with mode 0o666 lets the umask decide the permissions, like a plain open() would.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _ordered_methods(
    summaries: Sequence[MethodSummary], results: Sequence[CaseResult]
) -> list[str]:
    methods = [s.method for s in summaries]
    for r in results:
        if r.method not in methods:
            methods.append(r.method)
    return methods


def plotted_methods(summaries: Sequence[MethodSummary], limit: int = PLOTTED_METHODS) -> list[MethodSummary]:
    """The methods the figures draw: every probabilistic one, then the others by mean EXAM, at
    most ``limit`` in all (19 curves or bar groups are unreadable; the tables keep every method)."""
    probabilistic = [s for s in summaries if s.brier is not None]
    others = sorted((s for s in summaries if s.brier is None), key=lambda s: (s.mean_exam, -s.top1))
    chosen = {s.method for s in [*probabilistic, *others][:max(limit, len(probabilistic))]}
    return [s for s in summaries if s.method in chosen]


def write_results(
    report_dir: StrPath,
    summaries: Sequence[MethodSummary],
    results: Sequence[CaseResult],
    *,
    title: str,
    meta: Mapping[str, object],
    broken: Sequence[tuple[str, str]],
) -> Path:
    """Write only ``results.json`` (cheap: a CLI may call it after every case to checkpoint).

    The object holds ``schema``, ``title``, ``meta``, ``summaries`` (one object per
    :class:`MethodSummary`), ``cases`` (one per :class:`CaseResult`) and ``broken``
    (``{"case", "reason"}`` for each case that could not be scored). ``meta`` values that are not
    JSON types (paths, dates) are written as strings. Returns the path written.
    """
    directory = Path(report_dir)
    directory.mkdir(parents=True, exist_ok=True)
    document = {
        "schema": SCHEMA,
        "title": title,
        "meta": dict(meta),
        "summaries": [asdict(s) for s in summaries],
        "cases": [asdict(r) for r in results],
        "broken": [{"case": case, "reason": reason} for case, reason in broken],
    }
    text = json.dumps(document, indent=2, allow_nan=False, default=str) + "\n"
    path = directory / RESULTS_JSON
    _write_atomic(path, text.encode("utf-8"))
    return path


def write_report(
    report_dir: StrPath,
    summaries: Sequence[MethodSummary],
    results: Sequence[CaseResult],
    *,
    title: str,
    meta: Mapping[str, object],
    broken: Sequence[tuple[str, str]],
) -> None:
    """Write ``results.json``, the figures and ``report.md`` into ``report_dir`` (made if missing).

    Figures: ``exam_curve.png`` and ``topk.png`` always, ``reliability.png`` only when some method
    has probabilities (a stale one from an earlier run is removed). Without matplotlib (the
    ``plots`` extra) the figures are skipped and ``report.md`` says so. ``results.json`` is
    written first, so the record survives a failure while drawing.
    """
    directory = Path(report_dir)
    results = list(results)
    write_results(directory, summaries, results, title=title, meta=meta, broken=broken)

    figures: list[tuple[str, str]] = []
    have_matplotlib = importlib.util.find_spec("matplotlib") is not None
    reliability_path = directory / RELIABILITY_PNG
    if have_matplotlib:
        plotted = plotted_methods(summaries)
        which = ("" if len(plotted) == len(summaries) else
                 f" ({len(plotted)} of {len(summaries)} methods: the probabilistic ones, then the best by mean EXAM)")
        exams = {s.method: [r.exam for r in results if r.method == s.method] for s in plotted}
        plot_exam_curve(exams, directory / EXAM_PNG)
        figures.append((f"Cumulative EXAM curve{which}", EXAM_PNG))
        plot_topk(plotted, directory / TOPK_PNG)
        figures.append((f"Top-k accuracy{which}", TOPK_PNG))
        # Every plotted method is passed, even without a table, so colours match the other figures.
        tables = {s.method: s.reliability or [] for s in plotted}
        if any(tables.values()):
            plot_reliability(tables, reliability_path)
            figures.append(("Reliability diagram", RELIABILITY_PNG))
    if not any(name == RELIABILITY_PNG for _, name in figures):
        reliability_path.unlink(missing_ok=True)

    text = _render_markdown(
        title, summaries, results, meta, broken, figures, have_matplotlib=have_matplotlib
    )
    _write_atomic(directory / REPORT_MD, text.encode("utf-8"))


# --- markdown --------------------------------------------------------------------------------


def _cell(text: object) -> str:
    """One table cell: a single line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(text: str) -> str:
    return "`" + _cell(text).replace("`", "'") + "`"


def _short(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _meta_value(value: object) -> str:
    """Strings and paths as they are, anything else as JSON."""
    if isinstance(value, (str, os.PathLike)):
        return str(value)
    return json.dumps(value, default=str)


def _opt(value: float | None, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _render_markdown(
    title: str,
    summaries: Sequence[MethodSummary],
    results: Sequence[CaseResult],
    meta: Mapping[str, object],
    broken: Sequence[tuple[str, str]],
    figures: Sequence[tuple[str, str]],
    *,
    have_matplotlib: bool,
) -> str:
    n_cases = len({r.case for r in results})
    out = [
        f"# {title}",
        "",
        f"{n_cases} cases scored, {len(broken)} broken, {len(summaries)} methods. "
        f"Every number here is also in `{RESULTS_JSON}` (schema `{SCHEMA}`).",
        "",
    ]
    if meta:
        out += ["## Run", ""]
        out += [f"- {_cell(key)}: {_cell(_meta_value(v))}" for key, v in meta.items()]
        out.append("")
    out.append(_METRICS_MD)

    out += ["## Summary", ""]
    header = [
        "Method", "Cases", "Top-1", "Top-3", "Top-5", "Top-10", "Mean EXAM", "Mean rank",
        "Median rank", "MAP", "Brier", "ECE", "Time/case (s)",
    ]
    rows = [
        [
            _code(s.method), str(s.n_cases),
            f"{s.top1} ({s.top1_pct:.1f}%)", f"{s.top3} ({s.top3_pct:.1f}%)",
            f"{s.top5} ({s.top5_pct:.1f}%)", f"{s.top10} ({s.top10_pct:.1f}%)",
            f"{100 * s.mean_exam:.2f}%", f"{s.mean_rank:.2f}", f"{s.median_rank:.1f}",
            f"{s.map:.3f}", _opt(s.brier, ".4f"), _opt(s.ece, ".4f"),
            f"{sum(s.mean_seconds.values()):.2f}",
        ]
        for s in summaries
    ]
    out += _table(header, rows)
    out.append("")

    if figures:
        for caption, name in figures:
            out += [f"![{caption}]({name})", ""]
    elif not have_matplotlib:
        out += ["Figures skipped: matplotlib is not installed (install the `plots` extra).", ""]

    out += [f"## Broken cases ({len(broken)})", ""]
    if broken:
        out.append("These cases could not be scored and are left out of every number above.")
        out.append("")
        out += _table(["Case", "Reason"], [[_code(c), _cell(_short(why))] for c, why in broken])
    else:
        out.append("None: every case was scored.")
    out.append("")

    out += ["## Per case", "",
            "The rank of the best-ranked bug line per case and method, one row per case; EXAM, AP, "
            "Brier, ECE and times of every case and method are in `results.json`.", ""]
    methods = _ordered_methods(summaries, results)
    by_case: dict[str, dict[str, CaseResult]] = {}
    for r in results:
        by_case.setdefault(r.case, {})[r.method] = r
    header = ["Case", "Ranked lines"] + [_code(m) for m in methods]
    rows = [
        [_code(case), str(next(iter(scored.values())).n_ranked)]
        + [f"{scored[m].rank:.1f}" if m in scored else "-" for m in methods]
        for case, scored in sorted(by_case.items())
    ]
    out += _table(header, rows)
    out.append("")
    return "\n".join(out)


# --- reading ---------------------------------------------------------------------------------


def _case_result(raw: Any) -> CaseResult:
    seconds = raw.get("seconds") or {}
    brier, ece = raw.get("brier"), raw.get("ece")
    return CaseResult(
        case=str(raw["case"]),
        method=str(raw["method"]),
        rank=float(raw["rank"]),
        n_ranked=int(raw["n_ranked"]),
        exam=float(raw["exam"]),
        average_precision=float(raw["average_precision"]),
        brier=None if brier is None else float(brier),
        ece=None if ece is None else float(ece),
        seconds={str(k): float(v) for k, v in seconds.items()},
    )


def load_results(report_dir: StrPath) -> list[CaseResult]:
    """The per-case results stored in ``report_dir/results.json``, in the order written.

    Raises :class:`~tflm.errors.UsageError` when the file is missing, not JSON, or not a
    ``tflm.evaluate/1`` document.
    """
    path = Path(report_dir) / RESULTS_JSON
    hint = "Choose a report directory written by 'tflm evaluate', or start a fresh run."
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"No {RESULTS_JSON} found in {report_dir}.", hint=hint) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"Cannot read {path} as JSON: {exc}.", hint=hint) from exc
    schema = document.get("schema") if isinstance(document, dict) else None
    if schema != SCHEMA:
        raise UsageError(
            f"{path} must be a {SCHEMA!r} results file. Got schema {schema!r} instead.", hint=hint
        )
    try:
        return [_case_result(raw) for raw in document["cases"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(
            f"{path} has a malformed case entry ({type(exc).__name__}: {exc}).", hint=hint
        ) from exc
