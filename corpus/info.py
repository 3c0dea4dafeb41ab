"""``tflm corpus info``: what a case set holds (by subject, operator, omissions, multi-bug cases,
failing tests per case) and, for a built corpus, why mutants were dropped."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from tflm.corpus.store import STORE_DIR, read_meta
from tflm.evaluation.cases import find_cases, load_case


def corpus_info(case_set: Path) -> dict[str, Any]:
    roots = find_cases(case_set)
    by_subject: Counter[str] = Counter()
    by_operator: Counter[str] = Counter()
    omissions = multi = 0
    failing: list[int] = []
    for root in roots:
        case = load_case(root)
        subject = str(case.extra.get("subject") or root.parent.name)
        by_subject[subject] += 1
        kind = case.kind or "unknown"
        for part in kind.split("+"):
            by_operator[part] += 1
        omissions += case.omission
        multi += "+" in kind or len({line.file for line in case.bug_lines}) > 1
        store = case_set / STORE_DIR / f"{root.name}.npz"
        if store.exists():
            failing.append(int(read_meta(store)["failing"]))
    info: dict[str, Any] = {
        "schema": "tflm.corpus-info/1",
        "corpus": str(case_set),
        "cases": len(roots),
        "subjects": len(by_subject),
        "by_subject": dict(sorted(by_subject.items())),
        "by_operator": dict(sorted(by_operator.items())),
        "omissions": omissions,
        "multi_bug": multi,
    }
    if failing:
        info["failing_tests"] = {"min": min(failing), "median": statistics.median(failing), "max": max(failing),
                                 "histogram": _histogram(failing)}
    report = case_set / "build-report.json"
    if report.exists():
        build = json.loads(report.read_text(encoding="utf-8"))
        tried = max(1, int(build.get("tried", 0)))
        info["build"] = {
            "tried": build.get("tried", 0),
            "outcomes": build.get("outcomes", {}),
            "outcome_shares": {k: round(v / tried, 4) for k, v in build.get("outcomes", {}).items()},
            "subject_problems": build.get("problems", []),
            "seconds": build.get("seconds"),
        }
    return info


def _histogram(values: list[int]) -> dict[str, int]:
    edges = [1, 2, 3, 5, 10, 20, 50, 100]
    counts: dict[str, int] = {}
    for value in values:
        label = next((f"<={e}" for e in edges if value <= e), f">{edges[-1]}")
        counts[label] = counts.get(label, 0) + 1
    return {label: counts[label] for label in [*(f"<={e}" for e in edges), f">{edges[-1]}"] if label in counts}
