"""The ``tflm.localize/1`` JSON document (contract in DESIGN.md).

Scores are JSON numbers; DStar's +inf (see :mod:`tflm.formulas`) is written as ``Infinity``,
which Python's ``json`` and most JSON libraries read back as infinity.

``ranking`` holds every executed line (or scope, or file) unless ``top`` or ``min_score`` is
given; ``filters`` says which were, and ``ranked`` how many items there were before filtering.
``warnings`` repeats what the run warned about (e.g. sources changed since recorded coverage).
"""

from __future__ import annotations

import json
from typing import Any

from tflm.localization import Localization, select

SCHEMA = "tflm.localize/1"


def to_document(result: Localization, top: int | None = None, min_score: float | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "method": result.method,
        "project": str(result.project),
        "granularity": result.granularity,
        "tests": result.spectrum.summary(),
        "warnings": list(result.warnings),
        "filters": {"top": top, "min_score": min_score},
        "ranked": len(result.ranking),
        "ranking": [
            {"rank": item.rank, "file": item.file, "line": item.line, "score": item.score, "scope": item.scope}
            for item in select(result.ranking, top, min_score)
        ],
    }


def render(result: Localization, top: int | None = None, min_score: float | None = None) -> str:
    # The contract: the JSON ranking holds every executed line unless a filter is asked for.
    return json.dumps(to_document(result, top, min_score), indent=2) + "\n"
