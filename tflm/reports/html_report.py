"""A self-contained HTML report: the sources tinted by suspiciousness, as in the Tarantula paper.

One file with its CSS and JavaScript inline (from ``tflm/reports/assets``), no network access:

* every source file with executed lines, each executed line tinted on a green-yellow-red hue
  scale by its score (the Tarantula picture: red lines run mostly by failing tests), with its
  score in the gutter and a legend mapping colours back to scores;
* the ranked list (statement, function or file items, filtered by ``top``/``min_score``) linking
  to each line's anchor ``#f<file index>-L<1-based line>``;
* per-function and per-file scores (best line), the failing tests with their messages, and for
  each executed line the tests that ran it (shown when the line is selected; in the ``title``
  tooltip as counts without JavaScript);
* the method (formula and reference) and the model, when there is one.

Colour scale: for methods whose scores lie in [0, 1] the hue is the score itself (0 green,
0.5 yellow, 1 red); for unbounded formulas it is the score's position between the run's lowest
and highest finite scores (an infinite score is red).
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from tflm import __version__
from tflm.formulas import get_formula
from tflm.localization import Localization, select
from tflm.ranking import RankedItem, rank
from tflm.types import LineId, RelPath

MAX_MESSAGE_CHARS = 6000
LEGEND_TICKS = 5
HUE_GREEN = 120.0  # degrees; hue 0 is red


@dataclass(frozen=True)
class ColourScale:
    """Maps a score to t in [0, 1] (0 least, 1 most suspicious) and t to a hue."""

    low: float
    high: float

    def position(self, score: float) -> float:
        if math.isnan(score):
            return 0.0
        if math.isinf(score):
            return 1.0 if score > 0 else 0.0
        if self.high <= self.low:
            return 1.0 if score >= self.high else 0.0
        return min(1.0, max(0.0, (score - self.low) / (self.high - self.low)))

    def hue(self, score: float) -> float:
        return round(HUE_GREEN * (1.0 - self.position(score)), 1)

    def ticks(self) -> list[tuple[float, float]]:
        """(t, score) pairs for the legend."""
        return [(k / (LEGEND_TICKS - 1), self.low + (self.high - self.low) * k / (LEGEND_TICKS - 1))
                for k in range(LEGEND_TICKS)]


def colour_scale(scores: list[float]) -> ColourScale:
    finite = [s for s in scores if math.isfinite(s)]
    if finite and min(finite) >= 0.0 and max(finite) <= 1.0:
        return ColourScale(0.0, 1.0)
    if not finite:
        return ColourScale(0.0, 1.0)
    return ColourScale(min(finite), max(finite))


def _fmt(score: float) -> str:
    if math.isinf(score):
        return "inf" if score > 0 else "-inf"
    return f"{score:.4f}" if abs(score) < 1000 else f"{score:.4g}"


def _asset(name: str) -> str:
    return resources.files("tflm.reports").joinpath("assets", name).read_text(encoding="utf-8")


def _json_for_script(data: Any) -> str:
    # Inside <script>, "</" would end the element; JSON allows "\/" for "/".
    return json.dumps(data, separators=(",", ":"), allow_nan=False).replace("</", "<\\/")


class _Page:
    def __init__(self, result: Localization, top: int | None, min_score: float | None) -> None:
        self.result = result
        self.spectrum = result.spectrum
        self.scores = result.scores()
        self.top = top
        self.min_score = min_score
        self.files: list[RelPath] = sorted({line.file for line in self.spectrum.lines})
        self.file_index = {file: i for i, file in enumerate(self.files)}
        self.line_row = {line: i for i, line in enumerate(self.spectrum.lines)}
        self.scale = colour_scale([float(s) for s in self.scores])
        counts = self.spectrum.counts()
        self.ef = counts.ef
        self.ep = counts.ep
        self.n_failing = self.spectrum.n_failing
        self.n_passing = len(self.spectrum.tests) - self.n_failing
        self.line_rank = {(i.file, i.line): i.rank for i in rank(self.spectrum.lines, self.scores, self.spectrum.sources)}

    def anchor(self, file: RelPath, line: int) -> str:
        return f"f{self.file_index[file]}-L{line}" if file in self.file_index else ""

    # -- parts ----------------------------------------------------------------------------------

    def header(self) -> str:
        r = self.result
        tests = self.spectrum.summary()
        if r.method == "tflm":
            method = "tflm: probability of being the bug under a learned relational sum-product network"
        else:
            formula = get_formula(r.method)
            method = f"{formula.name}: {formula.expression} ({formula.reference})"
        chips = [("total", tests["total"], ""), ("passed", tests["passed"], "ok"), ("failed", tests["failed"], "bad"),
                 ("errors", tests["errors"], "bad" if tests["errors"] else ""), ("skipped", tests["skipped"], "")]
        if tests["timed_out"]:
            chips.append(("timed out", tests["timed_out"], "bad"))
        chip_html = "".join(f'<span class="chip {cls}"><b>{n}</b> {html.escape(label)}</span>' for label, n, cls in chips)
        model = f'<div><span class="k">model</span> {html.escape(r.model)}</div>' if r.model else ""
        warnings = "".join(f'<div class="warning">warning: {html.escape(w)}</div>' for w in r.warnings)
        return (
            f'<header><h1>tflm <span class="project">{html.escape(r.project.name or str(r.project))}</span></h1>'
            f'<div class="meta"><div><span class="k">project</span> <code>{html.escape(str(r.project))}</code></div>'
            f'<div><span class="k">method</span> {html.escape(method)}</div>{model}'
            f'<div><span class="k">granularity</span> {html.escape(r.granularity)}; '
            f'{len(self.spectrum.lines)} executed lines in {len(self.files)} files</div></div>'
            f'<div class="chips">{chip_html}</div>{warnings}{self.legend()}</header>'
        )

    def legend(self) -> str:
        stops = ", ".join(f"hsl({HUE_GREEN * (1 - k / 8):.0f} 80% 80%)" for k in range(9))
        ticks = "".join(f'<span style="left:{100 * t:.0f}%">{s:.3g}</span>' for t, s in self.scale.ticks())
        unit = "probability" if self.result.method == "tflm" else f"{self.result.method} score"
        return (
            f'<div class="legend" aria-label="colour legend"><div class="legend-title">{html.escape(unit)}: '
            f'less suspicious &#8594; more suspicious</div><div class="bar" style="background:linear-gradient(to right, {stops})"></div>'
            f'<div class="ticks">{ticks}</div><div class="legend-note">Tinted: executed lines (Tarantula colouring: '
            f'red lines were run mostly by failing tests). Untinted: not run by any test. '
            f'Select a line to see the tests that ran it.</div></div>'
        )

    def ranking(self) -> str:
        r = self.result
        items = select(r.ranking, self.top, self.min_score)
        unit = {"function": "functions", "file": "files"}.get(r.granularity, "lines")
        shown = f"{len(items)} of {len(r.ranking)}" if len(items) != len(r.ranking) else f"{len(items)}"
        rows = "".join(self._ranked_row(item) for item in items)
        return (f'<section class="panel" id="ranking"><h2>Most suspicious {unit} <small>({shown})</small></h2>'
                f'<ol class="ranking">{rows}</ol></section>')

    def _ranked_row(self, item: RankedItem) -> str:
        hue = self.scale.hue(item.score)
        label = item.file if self.result.granularity == "file" else f"{item.file}:{item.line}"
        return (f'<li><a href="#{self.anchor(item.file, item.line)}" data-rank="{item.rank}">'
                f'<span class="rk">{item.rank}</span><span class="sw" style="--h:{hue}"></span>'
                f'<span class="loc">{html.escape(label)}</span><span class="sc">{_fmt(item.score)}</span>'
                f'<span class="scope">{html.escape(item.scope)}</span></a></li>')

    def scopes(self, granularity: str, title: str) -> str:
        items = rank(self.spectrum.lines, self.scores, self.spectrum.sources, granularity)
        rows = "".join(
            f'<tr><td class="num">{i.rank}</td><td><span class="sw" style="--h:{self.scale.hue(i.score)}"></span>'
            f'<a href="#{self.anchor(i.file, i.line)}">{html.escape(i.file if granularity == "file" else i.scope)}</a>'
            f'{"" if granularity == "file" else f" <small>{html.escape(i.file)}</small>"}</td>'
            f'<td class="num">{_fmt(i.score)}</td></tr>'
            for i in items
        )
        return (f'<details class="panel" id="{granularity}-scores"><summary>{title} ({len(items)})</summary>'
                f'<table class="scores"><thead><tr><th>#</th><th>name</th><th>best line</th></tr></thead>'
                f'<tbody>{rows}</tbody></table></details>')

    def failures(self) -> str:
        failing = sorted((o for o in self.spectrum.outcomes.values() if o.failing), key=lambda o: o.nodeid)
        parts = []
        for outcome in failing:
            reason = "timed out" if outcome.timed_out else "crashed" if outcome.crashed else outcome.exc_type or outcome.status
            message = outcome.message or "(no message)"
            if len(message) > MAX_MESSAGE_CHARS:
                message = message[: MAX_MESSAGE_CHARS // 2] + "\n...\n" + message[-MAX_MESSAGE_CHARS // 2:]
            frames = "".join(
                f'<li><a href="#{self.anchor(frame.file, frame.line)}">{html.escape(str(frame))}</a></li>'
                for frame in outcome.traceback if frame.file in self.file_index
            )
            frames_html = f'<div class="frames">in sources: <ul>{frames}</ul></div>' if frames else ""
            parts.append(f'<details class="failure"><summary><code>{html.escape(outcome.nodeid)}</code> '
                         f'<span class="reason">{html.escape(reason)}</span></summary>{frames_html}'
                         f'<pre>{html.escape(message)}</pre></details>')
        return (f'<details class="panel" id="failures" open><summary>Failing tests ({len(failing)})</summary>'
                f'{"".join(parts)}</details>')

    def sources(self) -> str:
        best = {i.file: i.score for i in rank(self.spectrum.lines, self.scores, self.spectrum.sources, "file")}
        return "".join(self._file(file, best.get(file, 0.0)) for file in self.files)

    def _file(self, file: RelPath, best: float) -> str:
        source = self.spectrum.sources.get(file)
        text_lines = source.lines if source else []
        fid = self.file_index[file]
        rows = []
        for number, text in enumerate(text_lines, start=1):
            row = self.line_row.get(LineId(file, number))
            code = html.escape(text) or " "
            if row is None:
                rows.append(f'<div class="ln" id="f{fid}-L{number}"><a class="no" href="#f{fid}-L{number}">{number}</a>'
                            f'<span class="s"></span><code>{code}</code></div>')
                continue
            score = float(self.scores[row])
            ef, ep = int(self.ef[row]), int(self.ep[row])
            title = (f"rank {self.line_rank[(file, number)]} · score {_fmt(score)} · run by {ef}/{self.n_failing} failing"
                     f" and {ep}/{self.n_passing} passing tests")
            rows.append(f'<div class="ln hit" id="f{fid}-L{number}" data-row="{row}" style="--h:{self.scale.hue(score)}" '
                        f'title="{html.escape(title)}"><a class="no" href="#f{fid}-L{number}">{number}</a>'
                        f'<span class="s">{_fmt(score)}</span><code>{code}</code></div>')
        return (f'<section class="file" id="f{fid}"><h2><span class="sw" style="--h:{self.scale.hue(best)}"></span>'
                f'{html.escape(file)} <small>best {_fmt(best)}</small></h2><div class="code">{"".join(rows)}</div></section>')

    def data(self) -> str:
        spectrum = self.spectrum
        matrix = spectrum.matrix.tocsr()
        lines = []
        for i, line in enumerate(spectrum.lines):
            tests = matrix.indices[matrix.indptr[i]:matrix.indptr[i + 1]].tolist()
            lines.append({"a": self.anchor(line.file, line.line), "loc": str(line), "t": tests})
        failing = [bool(spectrum.outcomes[t].failing) for t in spectrum.tests]
        return _json_for_script({"tests": spectrum.tests, "failing": failing, "lines": lines})

    def render(self) -> str:
        r = self.result
        title = f"tflm {r.method}: {r.project.name or r.project}"
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="tflm {__version__}"><title>{html.escape(title)}</title>'
            f"<style>{_asset('report.css')}</style></head><body>"
            f"{self.header()}<div class=\"layout\"><nav class=\"side\">{self.ranking()}"
            f"{self.failures()}{self.scopes('function', 'Functions by best line')}{self.scopes('file', 'Files by best line')}"
            f"</nav><main>{self.sources()}</main></div>"
            '<aside id="tests-panel" hidden><button type="button" class="close" aria-label="close">&#215;</button>'
            '<h3></h3><div class="body"></div></aside>'
            f'<script type="application/json" id="tflm-data">{self.data()}</script>'
            f"<script>{_asset('report.js')}</script></body></html>\n"
        )


def render(result: Localization, top: int | None = None, min_score: float | None = None) -> str:
    return _Page(result, top, min_score).render()
