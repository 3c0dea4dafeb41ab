"""SARIF 2.1.0: one result per suspicious line (or scope, or file), for code-scanning viewers.

Which items become results: those scoring at least the method's default minimum (or
``min_score`` when given), then the first ``top`` of them. A result's level follows its score:
``error`` from the method's error threshold, ``warning`` from its warning threshold, ``note``
below. Scores of different methods live on different scales, so the thresholds are per method
(:data:`THRESHOLDS`): absolute for methods whose scores lie in [0, 1] (probabilities for
``tflm``), and fractions of the run's best finite score for unbounded formulas (DStar, Op2,
Wong, ...), where an absolute number would mean nothing from one project to the next.

Locations are relative to the project root (``uriBaseId`` ``PROJECTROOT``, whose absolute URI
is in ``originalUriBaseIds``). The document is strict JSON: an infinite score (DStar) is written
as the string ``"inf"`` in the result's properties.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from tflm import __version__
from tflm.formulas import get_formula
from tflm.localization import Localization, select
from tflm.ranking import RankedItem
from tflm.types import LineId

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
ROOT_BASE_ID = "PROJECTROOT"


@dataclass(frozen=True)
class Thresholds:
    """Score thresholds of one method: results from ``minimum`` (the default ``--min-score``),
    level ``warning`` from ``warning``, ``error`` from ``error``. With ``relative`` the three
    are fractions of the run's best finite score (and a non-positive score is never a result by
    default)."""

    minimum: float
    warning: float
    error: float
    relative: bool = False


# Bounded formulas: 0 means "no failing test ran the line". Tarantula and Barinel put a line run
# by the same share of failing and passing tests at 0.5, so their minimum sits above that.
THRESHOLDS: dict[str, Thresholds] = {
    "tflm": Thresholds(0.05, 0.2, 0.5),
    "tarantula": Thresholds(0.6, 0.75, 0.9),
    "barinel": Thresholds(0.6, 0.75, 0.9),
    "ochiai": Thresholds(0.3, 0.5, 0.8),
    "ochiai2": Thresholds(0.3, 0.5, 0.8),
    "kulczynski2": Thresholds(0.3, 0.5, 0.8),
    "sorensen_dice": Thresholds(0.3, 0.5, 0.8),
    "ample": Thresholds(0.3, 0.5, 0.8),
    "jaccard": Thresholds(0.2, 0.4, 0.7),
    "zoltar": Thresholds(0.2, 0.4, 0.7),
}
RELATIVE = Thresholds(0.5, 0.75, 1.0, relative=True)


def thresholds_for(method: str) -> Thresholds:
    return THRESHOLDS.get(method, RELATIVE)


@dataclass(frozen=True)
class Scale:
    """The thresholds of one run, as absolute scores."""

    minimum: float
    warning: float
    error: float

    def level(self, score: float) -> str:
        if score >= self.error:
            return "error"
        return "warning" if score >= self.warning else "note"


def scale_for(result: Localization, min_score: float | None = None) -> Scale:
    """Absolute thresholds for ``result`` (``min_score`` replaces the default minimum)."""
    spec = thresholds_for(result.method)
    if not spec.relative:
        return Scale(spec.minimum if min_score is None else min_score, spec.warning, spec.error)
    finite = [item.score for item in result.ranking if math.isfinite(item.score)]
    best = max(finite, default=0.0)
    if best <= 0:
        # Nothing scores above zero: only infinite scores (DStar's "every failing test and no
        # passing test") are results by default.
        return Scale(math.inf if min_score is None else min_score, math.inf, math.inf)
    minimum = spec.minimum * best if min_score is None else min_score
    return Scale(minimum, spec.warning * best, spec.error * best)


def _score_value(score: float) -> float | str:
    return score if math.isfinite(score) else ("inf" if score > 0 else "-inf")


def _statement_end(result: Localization, item: RankedItem) -> int:
    source = result.spectrum.sources.get(item.file)
    if source is None:
        return item.line
    end = item.line
    while source.statement_of.get(end + 1) == item.line:
        end += 1
    return end


def _rule(result: Localization) -> dict[str, Any]:
    unit = {"function": "function", "file": "file"}.get(result.granularity, "statement")
    if result.method == "tflm":
        how = "its probability of being the bug under the learned model"
        expression = "P(bug | evidence)"
    else:
        formula = get_formula(result.method)
        how = f"the {formula.name} formula {formula.expression} ({formula.reference})"
        expression = formula.expression
    spec = thresholds_for(result.method)
    where = "of the run's best finite score" if spec.relative else "score"
    return {
        "id": f"tflm.{result.method}.{result.granularity}",
        "name": f"Suspicious{unit.capitalize()}",
        "shortDescription": {"text": f"A {unit} that failing tests run more than passing tests ({result.method})."},
        "fullDescription": {
            "text": f"tflm ranks every executed {unit} of a project with failing tests by {how}, "
                    f"computed from which tests ran it. Level: error from {spec.error:g}, "
                    f"warning from {spec.warning:g}, note from {spec.minimum:g} ({where})."
        },
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["fault-localization", result.method], "expression": expression},
    }


def _counts(result: Localization) -> dict[LineId, tuple[int, int]]:
    counts = result.spectrum.counts()
    return {line: (int(ef), int(ep)) for line, ef, ep in zip(result.spectrum.lines, counts.ef, counts.ep)}


def to_document(result: Localization, top: int | None = None, min_score: float | None = None) -> dict[str, Any]:
    spectrum = result.spectrum
    scale = scale_for(result, min_score)
    items = select(result.ranking, top, scale.minimum)
    tests = spectrum.summary()
    n_failing = spectrum.n_failing
    n_passing = len(spectrum.tests) - n_failing
    counts = _counts(result)
    files = sorted({item.file for item in items})
    artifact_index = {file: i for i, file in enumerate(files)}
    unit = {"function": "function", "file": "file"}.get(result.granularity, "line")
    measure = "probability" if result.method == "tflm" else f"{result.method} score"
    results = []
    for item in items:
        source = spectrum.sources.get(item.file)
        text = source.source_line(item.line).strip() if source else ""
        score_text = "inf" if item.score == math.inf else f"{item.score:.4g}"
        message = f"Suspicious {unit} (rank {item.rank} of {len(result.ranking)}, {measure} {score_text})"
        if result.granularity != "file":
            message += f" in {item.scope}"
        message += "."
        properties: dict[str, Any] = {"rank": item.rank, "score": _score_value(item.score), "scope": item.scope}
        line_counts = counts.get(LineId(item.file, item.line))
        if line_counts is not None:
            ef, ep = line_counts
            message += f" Run by {ef} of {n_failing} failing and {ep} of {n_passing} passing tests."
            properties.update(failingTestsExecuting=ef, passingTestsExecuting=ep)
        region: dict[str, Any] = {"startLine": item.line}
        if result.granularity == "statement":
            end = _statement_end(result, item)
            region["endLine"] = end
            if source is not None:
                region["snippet"] = {"text": "\n".join(source.lines[item.line - 1:end]) + "\n"}
        elif text:
            region["snippet"] = {"text": text + "\n"}
        entry: dict[str, Any] = {
            "ruleId": f"tflm.{result.method}.{result.granularity}",
            "ruleIndex": 0,
            "level": scale.level(item.score),
            "message": {"text": message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": item.file, "uriBaseId": ROOT_BASE_ID, "index": artifact_index[item.file]},
                    "region": region,
                },
                "logicalLocations": [{"fullyQualifiedName": item.scope, "kind": "function" if item.scope != "<module>" else "module"}],
            }],
            "properties": properties,
        }
        if result.method == "tflm" and 0.0 <= item.score <= 1.0:
            entry["rank"] = round(100.0 * item.score, 3)
        results.append(entry)
    notifications = [{"level": "warning", "message": {"text": warning}} for warning in result.warnings]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "tflm",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(result)],
            }
        },
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": {ROOT_BASE_ID: {"uri": result.project.resolve().as_uri().rstrip("/") + "/"}},
        "artifacts": [
            {"location": {"uri": file, "uriBaseId": ROOT_BASE_ID}, "sourceLanguage": "python"} for file in files
        ],
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "method": result.method,
            "granularity": result.granularity,
            "model": result.model,
            "minScore": _score_value(scale.minimum),
            "top": top,
            "ranked": len(result.ranking),
            "tests": tests,
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(result: Localization, top: int | None = None, min_score: float | None = None) -> str:
    return json.dumps(to_document(result, top, min_score), indent=2, allow_nan=False) + "\n"
