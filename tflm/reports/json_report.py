"""The ``tflm.localize/1`` JSON document (contract in DESIGN.md).

Scores are JSON numbers; DStar's +inf (see :mod:`tflm.formulas`) is written as ``Infinity``,
which Python's ``json`` and most JSON libraries read back as infinity.
"""

from __future__ import annotations

import json
from typing import Any

from tflm.localization import Localization

SCHEMA = "tflm.localize/1"


def to_document(result: Localization) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "method": result.method,
        "project": str(result.project),
        "granularity": result.granularity,
        "tests": result.spectrum.summary(),
        "ranking": [
            {"rank": item.rank, "file": item.file, "line": item.line, "score": item.score, "scope": item.scope}
            for item in result.ranking
        ],
    }


def render(result: Localization, top: int | None = None) -> str:
    # The contract: the JSON ranking holds every executed line; --top only trims the text view.
    return json.dumps(to_document(result), indent=2) + "\n"
